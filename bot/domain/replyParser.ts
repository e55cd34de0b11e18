/**
 * A reply split into the questions it answers. Managers number their answers in many ways:
 * "1. …", "1) …", "Fråga 2: …", "2 – …", "Q3: …", "Question 4 - …", each part on a line of its own
 * (Teams turns a typed "1." into a numbered list, which arrives as such lines), or all on one line
 * ("Svar: 1. … 2. … 3. …", as Teams' and the Playground's composers often send it). A number that
 * is no question of the round ("2026 var ett tufft år") is ordinary text.
 */
export type ReplyPart = { questionNumber: number | null; text: string };

export type ParsedReply =
  | {
      kind: 'numbered';
      parts: ReplyPart[];
      /** Words before the first number that only introduce the answers ("Här är våra svar:"). */
      leadIn?: string;
    }
  | { kind: 'unnumbered'; parts: [ReplyPart] }
  | { kind: 'empty'; parts: [] };

// A number followed by "." or ":" only counts when no digit follows ("1.5 miljoner", "10:30").
const marker =
  /^\s*(?:(?:fråga|fr\.?|question|q)\s*(\d{1,2})(?!\d)\s*(?:[.:](?!\d)|[)\-–—])?|(\d{1,2})\s*(?:[.:](?!\d)|\)|[-–—](?=\s)))\s*/iu;

/**
 * A number inside a line that may start a part: "2." / "2:" / "2)" or "Fråga 2:", after a space
 * and with a space after it (so not "1.5", "10:30" or "se fråga 2 ovan"). A lone letter before the
 * number ("… enligt q 2.") stays with the text before it, as it would on a line of its own.
 */
const inlineMarker = /(?<=^|\s)(?:(?:fråga|question)\s*(\d{1,2})\s*[.:)]|(\d{1,2})[.:)])(?=\s)/giu;

export function parseReply(text: string, questionCount: number): ParsedReply {
  const lines = splitInlineMarkers(text.replace(/\r\n?/g, '\n'), questionCount).split('\n');
  const parts: ReplyPart[] = [];
  let current: ReplyPart = { questionNumber: null, text: '' };
  let numbered = false;

  for (const line of lines) {
    const match = marker.exec(line);
    const number = match ? Number(match[1] ?? match[2]) : Number.NaN;
    if (match && number >= 1 && number <= questionCount) {
      parts.push(current);
      current = { questionNumber: number, text: line.slice(match[0].length) };
      numbered = true;
    } else {
      current.text = current.text === '' ? line : `${current.text}\n${line}`;
    }
  }
  parts.push(current);

  // A marker with nothing after it ("3." left empty) answers nothing.
  const kept = parts.map((part) => ({ ...part, text: tidy(part.text) })).filter((part) => part.text !== '');
  if (kept.length === 0) return { kind: 'empty', parts: [] };
  if (!numbered)
    return {
      kind: 'unnumbered',
      parts: [{ questionNumber: null, text: kept.map((p) => p.text).join('\n') }],
    };
  const [first, ...rest] = kept;
  if (first && first.questionNumber === null && isLeadIn(first.text) && rest.length > 0) {
    return { kind: 'numbered', parts: rest, leadIn: first.text };
  }
  return { kind: 'numbered', parts: kept };
}

/**
 * Numbers written inside lines become line starts where they run on from the one before: 1 then 2,
 * 2 then 3, … (a line-initial number counts as one of the run). A lone "1." inside a sentence, or
 * numbers out of order ("vecka 3. Sedan 1."), stay text.
 */
function splitInlineMarkers(text: string, questionCount: number): string {
  type Found = { index: number; number: number; lineStart: boolean };
  const found: Found[] = [];
  let lineOffset = 0;
  for (const line of text.split('\n')) {
    const atStart = marker.exec(line);
    const startNumber = atStart ? Number(atStart[1] ?? atStart[2]) : Number.NaN;
    if (atStart) found.push({ index: lineOffset, number: startNumber, lineStart: true });
    for (const match of line.matchAll(inlineMarker)) {
      const index = lineOffset + (match.index ?? 0);
      if (atStart && (match.index ?? 0) < atStart[0].length) continue;
      found.push({ index, number: Number(match[1] ?? match[2]), lineStart: false });
    }
    lineOffset += line.length + 1;
  }
  // The run: each marker continues it when its number is one more than the last one kept.
  const chain: Found[] = [];
  for (const candidate of found) {
    if (candidate.number < 1 || candidate.number > questionCount) continue;
    const last = chain[chain.length - 1];
    if (candidate.lineStart) chain.push(candidate);
    else if (last ? candidate.number === last.number + 1 : candidate.number === 1) chain.push(candidate);
  }
  // An inline number splits only where the run holds its neighbour: a lone "1." is a word.
  const splits = chain.filter(
    (item, position) =>
      !item.lineStart &&
      (chain[position + 1]?.number === item.number + 1 || chain[position - 1]?.number === item.number - 1),
  );
  let result = text;
  for (const split of [...splits].reverse()) {
    result = `${result.slice(0, split.index).trimEnd()}\n${result.slice(split.index)}`;
  }
  return result;
}

/** Leading words that only introduce the answers: they end with a colon, or say nothing more. */
function isLeadIn(text: string): boolean {
  if (text.includes('\n')) return false;
  if (/:\s*$/.test(text)) return true;
  const words = text
    .toLowerCase()
    .split(/[\s,.!–-]+/u)
    .filter(Boolean);
  return words.length <= 8 && words.every((word) => leadInWords.has(word) || /grupp(en|ens)$/.test(word));
}

const leadInWords = new Set([
  ...['här', 'är', 'kommer', 'vårt', 'våra', 'vår', 'svar', 'svaren', 'gemensamma', 'gemensamt'],
  ...['nedan', 'hej', 'hejsan', 'från', 'oss', 'i', 'på', 'frågorna', 'följande', 'ledningen', 'alla'],
  ...['here', 'are', 'is', 'our', 'answer', 'answers', 'below', 'hi', 'hello', 'from', 'the', 'team'],
]);

/** Blank lines at the ends and runs of spaces go; line breaks inside the text stay. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trimEnd())
    .join('\n')
    .replace(/^\s*\n/, '')
    .replace(/\n\s*$/, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
