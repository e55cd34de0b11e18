import Personnummer from 'personnummer';

/**
 * Candidates for Swedish personal identity and coordination numbers: 10 or 12 digits, with or
 * without the separator (- or +, the latter for people over 100) or a space. Each candidate is then
 * checked for a real date (coordination numbers add 60 to the day) and the Luhn check digit by the
 * `personnummer` library, so "2026-10-16 1700" or an order number is left alone.
 */
const candidate = /(?<![\d+-])(?:\d{2})?\d{6}[-+ ]?\d{4}(?![\d])/g;

/** Replaces every personal identity number in the text; says how many were removed. */
export function redactPersonalNumbers(text: string, replacement: string): { text: string; removed: number } {
  let removed = 0;
  const redacted = text.replace(candidate, (match) => {
    const compact = match.replace(' ', '');
    if (!Personnummer.valid(compact, { allowCoordinationNumber: true, allowInterimNumber: false }))
      return match;
    removed += 1;
    return replacement;
  });
  return { text: redacted, removed };
}
