/**
 * Search in answers as a Swedish reader expects it: case and diacritics do not matter
 * ("samverkan" finds "Samverkan", "beslutsvagar" finds "beslutsvägar", as people type without
 * å/ä/ö on a foreign keyboard), and every word of the query must occur, in any order.
 */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('sv');
}

/** At most this many words; a longer query is cut, not refused. */
const maxWords = 10;

export function queryWords(query: string): string[] {
  return foldForSearch(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
    .slice(0, maxWords);
}

export function matchesQuery(text: string, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const folded = foldedAnswer(text);
  return words.every((word) => folded.includes(word));
}

/**
 * Folding is most of a search's work (every answer of the round, each time); an answer's text is
 * folded once and remembered, up to a bound that covers the largest rounds.
 */
const folded = new Map<string, string>();
const maxRemembered = 50_000;

function foldedAnswer(text: string): string {
  const known = folded.get(text);
  if (known !== undefined) return known;
  if (folded.size >= maxRemembered) folded.clear();
  const result = foldForSearch(text);
  folded.set(text, result);
  return result;
}
