/**
 * Candidate phrases of a point for a theme's label: one to three words that begin and end with a
 * content word ("distansarbete", "digitala möten", "arbete på distans"), keyed by their stems so
 * "digitala möten" and "digitalt möte" count as one, remembered in the forms people wrote.
 */
import type { StemCache } from './stem';
import { isStopword } from './stopwords';
import { type Token, tokenize } from './tokenize';
import type { Language } from './types';

// Small words that may stand inside a three-word phrase: "arbete på distans", "lesson of trust".
const joiners: Record<Language, Set<string>> = {
  sv: new Set(['på', 'av', 'för', 'med', 'i', 'till', 'om', 'mellan', 'över']),
  en: new Set(['of', 'on', 'for', 'with', 'in', 'to', 'between', 'from']),
};
const minContentLength = 3;
const infinitiveMarkers = new Set(['att', 'to']);

export type PhraseCounts = {
  /** Points counted. */
  points: number;
  /** Per stem key: in how many points, its words, and each written form with its count. */
  phrases: Map<string, PhraseEntry>;
};

export type PhraseEntry = {
  count: number;
  words: number;
  forms: Map<string, number>;
  stems: string[];
  /** Times the phrase followed "att" or "to": a verb, which cannot name a theme on its own. */
  afterInfinitive: number;
};

export function emptyPhraseCounts(): PhraseCounts {
  return { points: 0, phrases: new Map() };
}

/** Adds one point's phrases (each once, however often the point repeats it); gives their keys. */
export function countPhrases(
  counts: PhraseCounts,
  text: string,
  language: Language,
  stems: StemCache,
): Set<string> {
  const tokens = tokenize(text);
  // The front of a suspended compound ("hälso-" in "hälso- och sjukvård") is no word of its own.
  const content = tokens.map(
    (token) => isContent(token, language) && !/^-\s/u.test(text.slice(token.end, token.end + 2)),
  );
  const seen = new Set<string>();
  counts.points++;
  for (let start = 0; start < tokens.length; start++) {
    if (!content[start]) continue;
    for (let length = 1; length <= 3 && start + length <= tokens.length; length++) {
      const end = start + length - 1;
      if (!content[end]) continue;
      if (length === 3 && !joiners[language].has((tokens[start + 1] as Token).word)) continue;
      const words = tokens.slice(start, end + 1);
      // Words separated by punctuation ("möten. Distans") are no phrase.
      if (
        words.some(
          (token, i) => i > 0 && !/^[\s-]*$/u.test(text.slice((words[i - 1] as Token).end, token.start)),
        )
      )
        continue;
      const phraseStems = words.map((token, i) =>
        length === 3 && i === 1 ? token.word : stems.stem(token.word, language),
      );
      const key = phraseStems.join(' ');
      if (seen.has(key)) continue;
      seen.add(key);
      const form = surface(text, words);
      let entry = counts.phrases.get(key);
      if (!entry) {
        entry = { count: 0, words: length, forms: new Map(), stems: phraseStems, afterInfinitive: 0 };
        counts.phrases.set(key, entry);
      }
      entry.count++;
      if (start > 0 && infinitiveMarkers.has((tokens[start - 1] as Token).word)) entry.afterInfinitive++;
      entry.forms.set(form, (entry.forms.get(form) ?? 0) + 1);
    }
  }
  return seen;
}

function isContent(token: Token, language: Language): boolean {
  return (
    token.word.length >= minContentLength && /\p{L}/u.test(token.word) && !isStopword(token.word, language)
  );
}

/**
 * The words as written, lower-cased where the capital only marks a sentence's start; acronyms
 * ("RLG", "IT-stöd") and names written capitalised mid-sentence ("Teams", "Halmstad") keep theirs.
 */
function surface(text: string, words: Token[]): string {
  const first = words[0] as Token;
  const last = words[words.length - 1] as Token;
  const keepsCase = (offset: number) =>
    offset > 0 && !/(^|[.!?:;"”»(\n–—-])\s*$/u.test(text.slice(Math.max(0, offset - 3), offset));
  let offset = first.start;
  return text
    .slice(first.start, last.end)
    .split(/([\s-]+)/)
    .map((word) => {
      const at = offset;
      offset += word.length;
      if (/^\p{Lu}{2,}$/u.test(word)) return word;
      if (/^\p{Lu}/u.test(word) && keepsCase(at)) return word;
      return word.toLowerCase();
    })
    .join('')
    .replace(/\s+/g, ' ');
}
