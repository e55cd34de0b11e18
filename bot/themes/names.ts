/**
 * Names in a round: places, organisations and products ("Halmstad", "Norrmarks sjukhus",
 * "Medora"). Every author uses the region's names whatever they write about, so a name says
 * little about a theme and glues unrelated answers together, and no heading should be one.
 *
 * A word is a name when the word list knows it only with a capital, or when the round writes it
 * with a capital inside sentences and never in lower case. Acronyms ("IT", "IVA") are not counted:
 * many are words of the trade.
 */
import type { Lexicon } from './lexicon';
import { tokenize } from './tokenize';
import type { Language } from './types';

// A capital after these only marks the start of a sentence, a line or a list item.
const sentenceStart = /(?:^|[.!?:;"”»(\n•\-–—*]|\d[.)])\s*$/u;

export function findNames(
  texts: readonly { text: string; language: Language }[],
  lexicon?: Lexicon,
): Set<string> {
  const capitalisedInside = new Map<string, number>();
  const lowerCase = new Set<string>();
  const swedish = new Set<string>();
  for (const { text, language } of texts) {
    for (const token of tokenize(text)) {
      if (language === 'sv') swedish.add(token.word);
      const written = text.slice(token.start, token.end);
      if (!/^\p{Lu}/u.test(written)) {
        lowerCase.add(token.word);
        continue;
      }
      if (/^\p{Lu}{2,}/u.test(written)) continue;
      if (sentenceStart.test(text.slice(Math.max(0, token.start - 4), token.start))) continue;
      capitalisedInside.set(token.word, (capitalisedInside.get(token.word) ?? 0) + 1);
    }
  }
  const names = new Set<string>();
  for (const word of capitalisedInside.keys()) if (!lowerCase.has(word)) names.add(word);
  // The word list is Swedish: "Key" or "Line" in an English answer is no name.
  if (lexicon) for (const word of swedish) if (lexicon.isName(word)) names.add(word);
  return names;
}
