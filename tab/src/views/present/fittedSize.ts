/** A text's widths at its base font size, and the room its box gives it, in CSS pixels. */
export type TypeMeasure = {
  base: number;
  room: number;
  /** The widest run the browser will not break unless it hyphenates: a word, soft hyphens ignored. */
  widestWord: number;
  /** The widest piece between soft hyphens, with the hyphen shown at a break. */
  widestPart: number;
};

/**
 * How far type may shrink, as fractions of its base size: whole words shrink down to `words`;
 * below that a compound breaks at its soft hyphens, and its parts shrink down to `parts`.
 */
export type TypeFloors = { words: number; parts: number };

/**
 * The font size at which the text's words fit its box. Large type should rather shrink a little
 * than break a word, and break a compound where a reader would (at a soft hyphen) rather than
 * shrink until it is unreadable; what still does not fit at the floor breaks anywhere.
 */
export function fittedSize({ base, room, widestWord, widestPart }: TypeMeasure, floors: TypeFloors): number {
  if (room <= 0 || widestWord <= room) return base;
  const wholeWords = (base * room) / widestWord;
  if (wholeWords >= base * floors.words) return roundDown(wholeWords);
  const parts = (base * room) / Math.max(widestPart, 1);
  return roundDown(Math.max(base * floors.parts, Math.min(base * floors.words, parts)));
}

function roundDown(size: number): number {
  return Math.floor(size * 10) / 10;
}
