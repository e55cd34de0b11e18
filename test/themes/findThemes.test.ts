import { swedishLexicon } from '../../bot/jobs/swedishLexicon';
import { findThemes as findThemesWithout } from '../../bot/themes/findThemes';
import { detectLanguage } from '../../bot/themes/language';
import { findNames } from '../../bot/themes/names';
import { tokenize } from '../../bot/themes/tokenize';
import type { ThemeInput, ThemeOptions, ThemeResult } from '../../bot/themes/types';
import { labelledSet } from '../support/labelledSets';

/** The engine as the service runs it, with the Swedish word list. */
const findThemes = (inputs: readonly ThemeInput[], options: ThemeOptions = {}) =>
  findThemesWithout(inputs, { lexicon: swedishLexicon(), ...options });

const devSet = labelledSet('lessons-sv.jsonl');

const small: ThemeInput[] = [
  'Digitala möten har fungerat mycket bra, vi fortsätter med Teams.',
  'Distansarbete blev möjligt på kort tid och vi vill behålla det.',
  'Videobesök och digitala möten i psykiatrin har blivit en del av vardagen.',
  'Vi har infört digitala vårdbesök och distansarbete för administrationen.',
  'Teams-möten istället för resor, digitala möten sparar tid.',
  'Tillgång till skyddsutrustning var ett stort problem i början.',
  'Brist på skyddsutrustning och munskydd, vi byggde ett centralt lager.',
  'Lagerhållning av skyddsutrustning måste säkras inför framtiden.',
  'Skyddsutrustning och visir tog slut, leverantörerna kunde inte leverera.',
  'Samverkan med kommunerna har blivit mycket bättre.',
  'Vi har stärkt samverkan över förvaltningsgränserna och med kommunerna.',
  'Regional samverkan med länsstyrelsen och kommunerna gav en gemensam lägesbild.',
  'Samverkan med kommunerna kring provtagning i hemmet.',
  '1. Digitala möten sparar restid\n2. Vi behöver ett större lager av skyddsutrustning',
  'Lunchen i personalmatsalen var god.',
].map((text, index) => ({
  id: `s${index + 1}`,
  text,
  group: index % 2 === 0 ? 'Psykiatri Halland' : 'Regionservice',
}));

function themeOf(result: ThemeResult, id: string) {
  const themeId = result.assignments[id];
  return result.themes.find((theme) => theme.id === themeId);
}

describe('the theme engine', () => {
  it('gives the same themes in the same order every time', () => {
    expect(findThemes(devSet)).toEqual(findThemes(devSet));
    expect(findThemes(small, { k: 3 })).toEqual(findThemes(small, { k: 3 }));
  });

  it('assigns every answer once, and the themes agree with the assignments', () => {
    const result = findThemes(devSet);
    expect(Object.keys(result.assignments).sort()).toEqual(devSet.map((answer) => answer.id).sort());
    expect(result.themes.map((theme) => theme.id)).toEqual(result.themes.map((_, index) => `t${index + 1}`));
    for (const theme of result.themes) {
      expect(theme.members).toEqual(
        devSet.filter((a) => result.assignments[a.id] === theme.id).map((a) => a.id),
      );
      expect(theme.size).toBe(theme.members.length);
      expect(Object.values(theme.groups).reduce((sum, count) => sum + count, 0)).toBe(theme.size);
      expect(theme.mentions).toBeGreaterThanOrEqual(theme.size);
    }
    const sizes = result.themes.map((theme) => theme.size);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(result.themes.length).toBeGreaterThanOrEqual(5);
    expect(result.themes.length).toBeLessThanOrEqual(14);
  });

  it('groups answers that speak of the same thing, and leaves an unrelated one in Övrigt', () => {
    const result = findThemes(small);
    const digital = themeOf(result, 's1');
    const supplies = themeOf(result, 's6');
    const collaboration = themeOf(result, 's10');
    expect(new Set([digital?.id, supplies?.id, collaboration?.id]).size).toBe(3);
    for (const id of ['s2', 's3', 's4', 's5']) expect(themeOf(result, id)?.id).toBe(digital?.id);
    for (const id of ['s7', 's8', 's9']) expect(themeOf(result, id)?.id).toBe(supplies?.id);
    for (const id of ['s11', 's12', 's13']) expect(themeOf(result, id)?.id).toBe(collaboration?.id);
    expect(result.assignments.s15).toBeNull();
  });

  it('lets an answer with several points feed several themes', () => {
    const result = findThemes(small);
    const mixed = themeOf(result, 's14');
    expect([themeOf(result, 's1')?.id, themeOf(result, 's6')?.id]).toContain(mixed?.id);
    // Its other point counts as a mention of the other theme without making the answer a member.
    const other = [themeOf(result, 's1'), themeOf(result, 's6')].find((theme) => theme?.id !== mixed?.id);
    expect(other?.mentions).toBe((other?.size ?? 0) + 1);
  });

  it('labels themes with 1–5 words people wrote, and quotes points verbatim', () => {
    const result = findThemes(devSet);
    const corpus = devSet.map((answer) => answer.text.toLowerCase()).join('\n');
    for (const theme of result.themes) {
      const words = theme.label.split(/\s+/);
      expect(words.length).toBeGreaterThanOrEqual(1);
      expect(words.length).toBeLessThanOrEqual(5);
      for (const word of words.filter((word) => word !== 'och')) expect(corpus).toContain(word.toLowerCase());
      expect(theme.terms.length).toBeGreaterThan(0);
      expect(theme.quotes.length).toBeGreaterThanOrEqual(1);
      expect(theme.quotes.length).toBeLessThanOrEqual(3);
      for (const quote of theme.quotes) {
        const answer = devSet.find((a) => a.id === quote.id);
        expect(answer?.text.replace(/\s+/g, ' ')).toContain(quote.text);
      }
    }
  });

  it('labels themes as headings: a noun phrase in base form, no names, no verbs, no lone adjective', () => {
    const lexicon = swedishLexicon();
    const outage = labelledSet('outage-sv.jsonl');
    const heatwave = labelledSet('heatwave-sv.jsonl');
    const scopes = [devSet, outage, heatwave].flatMap((set) => [
      set,
      ...[1, 2, 3, 4].map((q) => set.filter((answer) => answer.question === q)),
    ]);
    for (const scope of scopes) {
      const names = findNames(
        scope.map((answer) => ({ text: answer.text, language: 'sv' as const })),
        lexicon,
      );
      for (const theme of findThemes(scope).themes) {
        expect(theme.label.trim()).not.toBe('');
        const words = theme.label.split(/\s+/);
        expect(words.every((word) => !names.has(word.toLowerCase()))).toBe(true);
        const phrases = theme.label.split(' och ');
        expect(phrases.length).toBeLessThanOrEqual(2);
        for (const phrase of phrases) {
          const last = (phrase.split(' ').pop() as string).toLowerCase();
          const head = last.slice(last.lastIndexOf('-') + 1);
          const known = lexicon.headword(head);
          if (known) expect([theme.label, known.kind]).toEqual([theme.label, 'noun']);
          // A lone noun stands in the form a heading uses: "Vårdskuld", not "Vårdskulden".
          if (known && !phrase.includes(' '))
            expect([theme.label, known.heading]).toEqual([theme.label, head]);
        }
      }
    }
  });

  it('quotes distinct answers in the language of the round, never a lead-in line', () => {
    const outage = labelledSet('outage-sv.jsonl');
    for (const set of [devSet, outage]) {
      const english = new Set(
        set
          .filter((answer) => detectLanguage(tokenize(answer.text), 'sv') === 'en')
          .map((answer) => answer.id),
      );
      expect(english.size).toBeGreaterThan(5);
      for (const theme of findThemes(set).themes) {
        expect(english.has(theme.quotes[0]?.id as string)).toBe(false);
        const texts = theme.quotes.map((quote) => quote.text.toLowerCase());
        expect(new Set(texts).size).toBe(texts.length);
        for (const text of texts) expect(text).not.toMatch(/:\s*$/);
      }
    }
  });

  it('names the themes a reader expects in the development set', () => {
    const words = findThemes(devSet)
      .themes.map((theme) => `${theme.label} ${theme.terms.join(' ')}`.toLowerCase())
      .join(' | ');
    // Protective equipment, collaboration, digital work, decisions, staff and patients, each in
    // one of the words people use for it.
    for (const concept of [
      /skyddsutrustning/,
      /samverkan/,
      /digitala/,
      /beslut/,
      /personal|bemanning|sjuksköterskor|undersköterskor|kompetens/,
      /patienter/,
    ]) {
      expect(words).toMatch(concept);
    }
  });

  it('keeps to a fixed number of themes when asked', () => {
    expect(findThemes(devSet, { k: 4 }).themes.length).toBeLessThanOrEqual(4);
    expect(findThemes(small, { k: 1 }).themes.length).toBe(1);
  });

  it('fills seeded themes first, under the name the coordinator gave', () => {
    const result = findThemes(small, { seeds: ['Förstärkt samverkan med kommunerna', 'Skyddsutrustning'] });
    const seeded = result.themes.filter((theme) => theme.seed !== undefined);
    expect(seeded.map((theme) => theme.label).sort()).toEqual([
      'Förstärkt samverkan med kommunerna',
      'Skyddsutrustning',
    ]);
    expect(themeOf(result, 's11')?.seed).toBe('Förstärkt samverkan med kommunerna');
    expect(themeOf(result, 's7')?.seed).toBe('Skyddsutrustning');
  });

  it('reads English answers as English', () => {
    const english = [
      'Digital meetings saved us hours of travel every week.',
      'We moved all our management meetings online and kept digital meetings after.',
      'Video visits and digital meetings became normal for patients.',
      'Protective equipment ran out in the first weeks.',
      'We built a central stock of protective equipment and gloves.',
      'Shortage of masks and protective equipment was the hardest part.',
    ].map((text, index) => ({ id: `e${index + 1}`, text }));
    const result = findThemes(english, { language: 'en' });
    expect(themeOf(result, 'e1')?.id).toBe(themeOf(result, 'e2')?.id);
    expect(themeOf(result, 'e4')?.id).toBe(themeOf(result, 'e6')?.id);
    expect(themeOf(result, 'e1')?.id).not.toBe(themeOf(result, 'e4')?.id);
  });

  it('answers empty and tiny rounds without themes it cannot support', () => {
    expect(findThemes([])).toEqual({ themes: [], assignments: {} });
    const one = findThemes([{ id: 'x', text: 'Tydligare beslutsvägar' }]);
    expect(one.assignments).toEqual({ x: null });
    expect(
      findThemes([
        { id: 'a', text: '' },
        { id: 'b', text: '!!!' },
      ]).assignments,
    ).toEqual({ a: null, b: null });
  });

  it('reports progress through its stages', () => {
    const stages: string[] = [];
    findThemes(small, { onProgress: (_done, _total, stage) => stages.push(stage) });
    expect(stages).toEqual(['points', 'words', 'lsa', 'clusters', 'themes', 'done']);
  });
});
