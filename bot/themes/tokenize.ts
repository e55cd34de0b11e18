/**
 * Words of a point with where they stand, so a phrase can later be quoted as it was written
 * ("IT-stöd", "Digitala möten"). Text is NFC-normalised first: a Mac and a phone may send "ö" as
 * one character or as "o" plus a combining diaeresis, and both must be the same word.
 */
export type Token = {
  /** Lower-case, normalised. */
  word: string;
  start: number;
  end: number;
};

const wordPattern = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const hasLetter = /\p{L}/u;

export function normalizeText(text: string): string {
  return text.normalize('NFC');
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(wordPattern)) {
    const raw = match[0];
    if (!hasLetter.test(raw)) continue;
    const start = match.index ?? 0;
    tokens.push({ word: raw.toLowerCase().replace(/['’]/g, ''), start, end: start + raw.length });
  }
  return tokens;
}
