/**
 * An answer split into points, so one answer can feed several themes. Managers list their lessons
 * as numbered parts ("1. …", "2) …", "Fråga 3: …"), bullets ("- …", "• …") or plain sentences;
 * Teams turns a typed "1." into a list that arrives as one line per item.
 */
export type Point = { answer: number; text: string };

const listMarker =
  /^\s*(?:(?:fråga|question|q)\s*\d{1,2}\s*[.:)\-–—]?|\d{1,2}\s*(?:[.:](?!\d)|\)|[-–—](?=\s))|[-*•·–—▪►➢✓]|[a-z]\))\s*/iu;
// "… möten 2. Tydliga beslut …" written on one line still starts a new item at "2.".
const inlineItem = /\s+(?=\d{1,2}[.)]\s+\p{Lu})/u;
// A sentence ends at . ! ? ; before a capital, a digit or a quote; "t.ex. att" goes on.
const sentenceEnd = /(?<=[.!?;…])\s+(?=[\p{Lu}\d"'”»(])/u;
const shortSentenceWords = 3;

export function splitPoints(text: string, answer: number): Point[] {
  const points: Point[] = [];
  for (const block of blocks(text)) {
    for (const sentence of sentences(block)) points.push({ answer, text: sentence });
  }
  return points;
}

/** Lines, with list markers gone; a line that only continues the one before joins it. */
function blocks(text: string): string[] {
  const result: string[] = [];
  let continuing = false;
  for (const rawLine of text.replace(/\r\n?/g, '\n').split('\n')) {
    for (const [index, piece] of rawLine.split(inlineItem).entries()) {
      const marker = listMarker.exec(piece);
      const line = (marker ? piece.slice(marker[0].length) : piece).replace(/\s+/g, ' ').trim();
      if (line === '') {
        continuing = false;
        continue;
      }
      const previous = result.length - 1;
      if (continuing && !marker && index === 0 && /^\p{Ll}/u.test(line) && previous >= 0) {
        result[previous] = `${result[previous]} ${line}`;
      } else {
        result.push(line);
      }
      continuing = !/[.!?:;…]$/u.test(line);
    }
  }
  return result;
}

/** Sentences of one block; a very short one ("Kommunikation.") goes with the sentence after it. */
function sentences(block: string): string[] {
  const parts = block
    .split(sentenceEnd)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const merged: string[] = [];
  let pending = '';
  for (const part of parts) {
    const joined = pending === '' ? part : `${pending} ${part}`;
    if (wordCount(joined) < shortSentenceWords) pending = joined;
    else {
      merged.push(joined);
      pending = '';
    }
  }
  if (pending !== '') {
    const last = merged.length - 1;
    if (last >= 0) merged[last] = `${merged[last]} ${pending}`;
    else merged.push(pending);
  }
  return merged;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;
}
