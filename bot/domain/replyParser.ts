/**
 * A reply split into the questions it answers. Managers number their answers in many ways:
 * "1. …", "1) …", "Fråga 2: …", "2 – …", "Q3: …", "Question 4 - …", each part on a line of its own
 * (Teams turns a typed "1." into a numbered list, which arrives as such lines). A number that is no
 * question of the round ("2026 var ett tufft år") is ordinary text.
 */
export type ReplyPart = { questionNumber: number | null; text: string };

export type ParsedReply =
  | { kind: 'numbered'; parts: ReplyPart[] }
  | { kind: 'unnumbered'; parts: [ReplyPart] }
  | { kind: 'empty'; parts: [] };

// A number followed by "." or ":" only counts when no digit follows ("1.5 miljoner", "10:30").
const marker =
  /^\s*(?:(?:fråga|fr\.?|question|q)\s*(\d{1,2})(?!\d)\s*(?:[.:](?!\d)|[)\-–—])?|(\d{1,2})\s*(?:[.:](?!\d)|\)|[-–—](?=\s)))\s*/iu;

export function parseReply(text: string, questionCount: number): ParsedReply {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
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
  return { kind: 'numbered', parts: kept };
}

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
