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
  const folded = foldForSearch(text);
  return words.every((word) => folded.includes(word));
}
