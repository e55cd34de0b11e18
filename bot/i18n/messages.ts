import type { Locale } from '../domain/locale';
import en from '../locales/en.json';
import sv from '../locales/sv.json';

/** The Swedish file is the source of truth; every other locale must have the same shape. */
export type Messages = typeof sv;

const catalog: Record<Locale, Messages> = { sv, en };

export function messagesFor(locale: Locale): Messages {
  return catalog[locale];
}

/** Fills `{name}` placeholders; a placeholder without a value is left visible rather than blanked. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** "A, B och C" — a list as it reads in running text. */
export function joinList(items: readonly string[], locale: Locale): string {
  const and = messagesFor(locale).list.and;
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}
