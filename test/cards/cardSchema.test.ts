import { groupsCard } from '../../bot/cards/groupsCard';
import { helpCard } from '../../bot/cards/helpCard';
import { promptCard } from '../../bot/cards/promptCard';
import type { AnswerMode } from '../../bot/domain/group';
import type { Locale } from '../../bot/domain/locale';
import { roundContent } from '../../bot/domain/round';
import { defaultRoundTemplate } from '../../bot/domain/roundTemplate';
import { sampleTeam } from '../support/sampleTeam';
import { cardSchemaProblems } from './cardSchema';

const cases: [Locale, AnswerMode][] = [
  ['sv', 'together'],
  ['sv', 'individual'],
  ['en', 'together'],
  ['en', 'individual'],
];

describe('the cards are valid Adaptive Cards 1.5', () => {
  it.each(cases)('prompt card (%s, %s)', (locale, mode) => {
    const card = promptCard(
      { ...roundContent(defaultRoundTemplate(locale)), deadline: new Date('2026-10-16T15:00:00Z') },
      { locale, mode, groupName: 'Psykiatri Halland', now: new Date('2026-10-01T08:00:00Z') },
    );

    expect(cardSchemaProblems(card)).toEqual([]);
  });

  it('prompt card without the optional parts', () => {
    const card = promptCard(
      {
        ...roundContent({
          title: 'Kort',
          purpose: '',
          questions: ['En fråga?'],
          reflectionHint: '',
          outOfScope: [],
        }),
        deadline: new Date('2027-01-15T08:00:00Z'),
      },
      { locale: 'sv', mode: 'together', groupName: 'RLG', now: new Date('2026-10-01T08:00:00Z') },
    );

    expect(cardSchemaProblems(card)).toEqual([]);
  });

  it.each(['sv', 'en'] as const)('help card (%s)', (locale) => {
    expect(cardSchemaProblems(helpCard(locale))).toEqual([]);
  });

  it('groups card, with and without teams', () => {
    expect(cardSchemaProblems(groupsCard([sampleTeam()], 'sv'))).toEqual([]);
    expect(cardSchemaProblems(groupsCard([], 'en'))).toEqual([]);
  });
});

describe('cardSchemaProblems', () => {
  const valid = {
    type: 'AdaptiveCard',
    version: '1.5',
    body: [{ type: 'TextBlock', text: 'Hej', wrap: true }],
  };

  it('accepts a minimal card', () => {
    expect(cardSchemaProblems(valid)).toEqual([]);
  });

  it('accepts a property written with its default value', () => {
    expect(
      cardSchemaProblems({ ...valid, body: [{ type: 'TextBlock', text: 'Hej', spacing: 'Default' }] }),
    ).toEqual([]);
  });

  it.each([
    ['a misspelt property', { type: 'TextBlock', text: 'Hej', wieght: 'Bolder' }, /\/body\/0\/wieght/],
    ['a value outside an enum', { type: 'TextBlock', text: 'Hej', color: '#FF0000' }, /color/],
    ['an unknown element', { type: 'Marquee', text: 'Hej' }, /Unknown element type "Marquee"/],
    ['an element newer than 1.5', { type: 'Carousel', pages: [] }, /Carousel/],
  ])('rejects %s', (_name, element, problem) => {
    expect(cardSchemaProblems({ ...valid, body: [element] }).join('\n')).toMatch(problem);
  });

  it('rejects a version Teams does not render', () => {
    expect(cardSchemaProblems({ ...valid, version: '1.6' })).toContainEqual(
      expect.stringMatching(/version must be 1\.0–1\.5/),
    );
  });

  it('rejects a property newer than the card’s own version', () => {
    const card = { ...valid, version: '1.2', body: [{ type: 'TextBlock', text: 'Hej', style: 'heading' }] };

    expect(cardSchemaProblems(card).join('\n')).toMatch(/"style" is supported in version 1\.5/);
  });

  it('rejects a toggle that points at no element', () => {
    const card = {
      ...valid,
      actions: [{ type: 'Action.ToggleVisibility', title: 'Visa', targetElements: ['missing'] }],
    };

    expect(cardSchemaProblems(card)).toEqual(['toggle target "missing" is not in the card']);
  });

  it('rejects an unknown action and a duplicate id', () => {
    const card = {
      ...valid,
      body: [
        { type: 'TextBlock', id: 'a', text: 'Hej' },
        { type: 'TextBlock', id: 'a', text: 'Då' },
      ],
      actions: [{ type: 'Action.Teleport', title: 'Go' }],
    };
    const problems = cardSchemaProblems(card).join('\n');

    expect(problems).toMatch(/Unknown action type "Action.Teleport"/);
    expect(problems).toMatch(/Duplicate id "a"/i);
  });

  it('checks an action’s fallback as an action of its own', () => {
    const execute = { type: 'Action.Execute', title: 'Spara', verb: 'save' };
    const good = {
      ...valid,
      actions: [{ ...execute, fallback: { type: 'Action.Submit', title: 'Spara', data: { verb: 'save' } } }],
    };
    const bad = {
      ...valid,
      actions: [{ ...execute, fallback: { type: 'Action.Submit', title: 'Spara', colour: 'red' } }],
    };

    expect(cardSchemaProblems(good)).toEqual([]);
    expect(cardSchemaProblems(bad)).toEqual([
      '/actions/0/fallback/colour: unknown property, ignored by the parser',
    ]);
  });
});
