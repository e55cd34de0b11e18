import { type ThemeSummary, themesCard } from '../../bot/cards/themesCard';
import { cardSchemaProblems } from './cardSchema';

const names: Record<string, string> = {
  g1: 'Psykiatri Halland',
  g2: 'Regionservice',
  g3: 'HR-staben',
  g4: 'RLG',
};
const result: ThemeSummary = {
  themes: [
    {
      label: 'Digitala möten och distansarbete',
      size: 12,
      groups: { g1: 2, g2: 6, g3: 3, g4: 1 },
      quotes: [{ id: 'a1', text: 'Digitala möten sparar restid.' }],
    },
    { label: 'Skyddsutrustning', size: 3, groups: { g2: 3 }, quotes: [] },
  ],
  assignments: { a1: 't1', a2: 't1', a3: null },
};

describe('themesCard', () => {
  const card = themesCard([{ title: 'Samlade lärdomar', result, groupName: (id) => names[id] ?? id }], 'sv');
  const text = JSON.stringify(card);

  it('is a valid Adaptive Card 1.5', () => {
    expect(cardSchemaProblems(card)).toEqual([]);
    expect(text).not.toContain('${');
  });

  it('names each theme with its size, the groups that carry it most and a quote', () => {
    expect(text).toContain('Digitala möten och distansarbete (12)');
    expect(text).toContain(
      'Mest från Regionservice (6), HR-staben (3), Psykiatri Halland (2) och 1 grupp till',
    );
    expect(text).toContain('”Digitala möten sparar restid.”');
    expect(text).toContain('Mest från Regionservice (3)');
  });

  it('counts the answers and what fits no theme', () => {
    expect(text).toContain('3 svar');
    expect(text).toContain('Övrigt: 1 svar passar inget tema.');
  });

  it('says so when there is nothing to sum up', () => {
    expect(JSON.stringify(themesCard([], 'en'))).toContain('There are no answers to summarise yet.');
  });
});
