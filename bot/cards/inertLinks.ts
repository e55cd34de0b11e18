/**
 * For the few places where user text must stay in a TextBlock (a heading, which screen readers
 * announce as one; a TextRun cannot be a heading): a word joiner between `]` and `(` keeps
 * Markdown's link syntax from forming, whatever the client's Markdown reader, and shows nothing.
 * Everywhere else user text goes into a TextRun, which reads no Markdown at all.
 */
export function inertLinks(text: string): string {
  return text.replace(/\]\s*\(/g, (found) => `]\u2060${found.slice(1)}`);
}
