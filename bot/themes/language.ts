/**
 * Whether a point is Swedish or English, from the small words only one of the languages uses.
 * Most answers are Swedish; an English one must still be stemmed and filtered as English.
 */
import type { Token } from './tokenize';
import type { Language } from './types';

const swedish = new Set(
  'och att det som är vi har på med för inte av den till ett om jag ska kan man var också mer när vår våra efter eller än där'.split(
    ' ',
  ),
);
const english = new Set(
  'the and of to is are we have with for not that this it was were be our can more when after or than there what which'.split(
    ' ',
  ),
);

/** The language the words show, or `fallback` when they do not tell. */
export function detectLanguage(tokens: readonly Token[], fallback: Language): Language {
  let sv = 0;
  let en = 0;
  for (const { word } of tokens) {
    if (swedish.has(word)) sv++;
    if (english.has(word)) en++;
  }
  if (en > sv) return 'en';
  if (sv > en) return 'sv';
  return fallback;
}
