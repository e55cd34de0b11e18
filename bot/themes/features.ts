/**
 * Points turned into bags of stems: stopwords dropped, each word stemmed in its point's language,
 * and Swedish compounds also counted by their parts. Words are kept as ids, not strings, so a
 * round of 100,000 answers fits in a few typed arrays.
 */
import { createCompoundSplitter } from './compounds';
import { createGlossary } from './glossary';
import { detectLanguage } from './language';
import type { Lexicon } from './lexicon';
import { findNames } from './names';
import type { Point } from './splitPoints';
import { createStemCache } from './stem';
import { isStopword } from './stopwords';
import { tokenize } from './tokenize';
import type { Language } from './types';

/** Part of a compound counts half: it links related words without outweighing the whole word. */
const compoundPartWeight = 0.5;
const mostlySwedish = 0.8;

export type PointFeatures = {
  /** Feature names (stems), indexed by feature id. */
  names: string[];
  /** For each point, its features as [id, weight] pairs: starts[p]..starts[p+1] in ids/weights. */
  starts: Int32Array;
  ids: Int32Array;
  weights: Float32Array;
  /** Each point's language. */
  languages: Language[];
};

/** Without a `lexicon`, compounds are split by the round's own words alone. */
export function extractFeatures(
  points: readonly Point[],
  answerLanguages: readonly Language[],
  lexicon?: Lexicon,
): PointFeatures {
  const stemmer = createStemCache();
  const glossary = createGlossary((word) => stemmer.stem(word, 'en'));
  const wordIds = new Map<string, number>();
  const words: { word: string; language: Language; stem: string }[] = [];
  const pointWordStarts = new Int32Array(points.length + 1);
  const pointWords: number[] = [];
  const languages: Language[] = [];
  const swedishStemCounts = new Map<string, number>();

  const pointLanguages = points.map((point) =>
    detectLanguage(tokenize(point.text), answerLanguages[point.answer] ?? 'sv'),
  );
  const swedishShare =
    pointLanguages.filter((language) => language === 'sv').length / Math.max(1, points.length);
  // Names of the region, its places and its organisations ("Västerby", "Region Norrmark") are used
  // by every author whatever they write about: they glue unrelated answers into one theme.
  const namesInRound = findNames(
    points.map((point, index) => ({ text: point.text, language: pointLanguages[index] as Language })),
    lexicon,
  );
  for (const [index, point] of points.entries()) {
    const tokens = tokenize(point.text);
    const language = pointLanguages[index] as Language;
    languages.push(language);
    for (const token of tokens) {
      if (isStopword(token.word, language) || !/\p{L}{2}/u.test(token.word)) continue;
      if (namesInRound.has(token.word)) continue;
      // An English word of the trade counts as its Swedish counterpart.
      const swedish = language === 'en' ? glossary.get(stemmer.stem(token.word, 'en')) : undefined;
      // In a round written mostly in Swedish, an English word with no counterpart links English
      // answers by their language only, and would make a theme of them whatever they say.
      if (language === 'en' && !swedish && swedishShare >= mostlySwedish) continue;
      const word = swedish ?? token.word;
      const wordLanguage: Language = swedish ? 'sv' : language;
      const key = `${wordLanguage}:${word}`;
      let id = wordIds.get(key);
      if (id === undefined) {
        id = words.length;
        wordIds.set(key, id);
        words.push({ word, language: wordLanguage, stem: stemmer.stem(word, wordLanguage) });
      }
      pointWords.push(id);
      const entry = words[id];
      if (entry && entry.language === 'sv')
        swedishStemCounts.set(entry.stem, (swedishStemCounts.get(entry.stem) ?? 0) + 1);
    }
    pointWordStarts[index + 1] = pointWords.length;
  }

  const splitCompound = createCompoundSplitter(
    swedishStemCounts,
    (word) => stemmer.stem(word, 'sv'),
    (word) => isStopword(word, 'sv'),
    pointWords.length > 20000 ? 2 : 1,
  );
  const featureIds = new Map<string, number>();
  const names: string[] = [];
  const featureOf = (name: string) => {
    let id = featureIds.get(name);
    if (id === undefined) {
      id = names.length;
      featureIds.set(name, id);
      names.push(name);
    }
    return id;
  };
  const wordFeatures = words.map(({ word, language, stem }) => {
    // The word list knows compounds whose parts the round never uses alone; the round's own
    // words split the rest (new coinages, names of local things).
    const listed =
      language === 'sv' && lexicon ? lexicon.compoundParts(word).map((part) => stemmer.stem(part, 'sv')) : [];
    const parts = language === 'sv' ? (listed.length > 0 ? listed : splitCompound(word)) : [];
    return [
      { id: featureOf(stem), weight: 1 },
      ...parts
        .filter((part) => part !== stem && compoundPartWeight > 0)
        .map((part) => ({ id: featureOf(part), weight: compoundPartWeight })),
    ];
  });

  const starts = new Int32Array(points.length + 1);
  const ids: number[] = [];
  const weights: number[] = [];
  const counts = new Map<number, number>();
  for (let p = 0; p < points.length; p++) {
    counts.clear();
    for (let i = pointWordStarts[p] as number; i < (pointWordStarts[p + 1] as number); i++) {
      for (const { id, weight } of wordFeatures[pointWords[i] as number] ?? []) {
        counts.set(id, (counts.get(id) ?? 0) + weight);
      }
    }
    const sorted = [...counts.entries()].sort((a, b) => a[0] - b[0]);
    for (const [id, weight] of sorted) {
      ids.push(id);
      weights.push(weight);
    }
    starts[p + 1] = ids.length;
  }
  return { names, starts, ids: Int32Array.from(ids), weights: Float32Array.from(weights), languages };
}
