/**
 * Snowball stemming (Swedish and English), so "möten", "mötet" and "mötena" count as one word.
 * A round repeats the same few thousand words many times, so each word is stemmed once.
 */
import { newStemmer, type Stemmer } from 'snowball-stemmers';
import type { Language } from './types';

const algorithms: Record<Language, string> = { sv: 'swedish', en: 'english' };

export type StemCache = { stem(word: string, language: Language): string };

export function createStemCache(): StemCache {
  const stemmers = new Map<Language, Stemmer>();
  const known = new Map<string, string>();
  return {
    stem(word, language) {
      const key = `${language}:${word}`;
      const cached = known.get(key);
      if (cached !== undefined) return cached;
      let stemmer = stemmers.get(language);
      if (!stemmer) {
        stemmer = newStemmer(algorithms[language]);
        stemmers.set(language, stemmer);
      }
      const stem = stemmer.stem(word);
      known.set(key, stem);
      return stem;
    },
  };
}
