import { format, messagesFor } from '../i18n/messages';
import type { Locale } from './locale';
import { stockholm } from './stockholmTime';

/** The Intl locale for each app locale: en-GB writes "16 October", as Swedish readers expect. */
const intlLocales: Record<Locale, string> = { sv: 'sv-SE', en: 'en-GB' };

type DateParts = Record<'weekday' | 'day' | 'month' | 'year' | 'hour' | 'minute', string>;

/**
 * A deadline in words: "senast fredag 16 oktober kl. 17.00" or "by Friday 16 October at 17:00",
 * with the year only when it is not the year of `now`. Intl gives the names and the Stockholm
 * wall-clock time (summer time included); the locale file gives the word order and punctuation,
 * because Swedish writes "kl. 17.00" where ICU writes "17:00". The locale file also puts no-break
 * spaces in "16 oktober" and "kl. 17.00", so a narrow card never wraps a line inside them.
 */
export function deadlineText(deadline: Date, options: { locale: Locale; now: Date }): string {
  return format(messagesFor(options.locale).prompt.deadline, { dateTime: dateTimeText(deadline, options) });
}

/** A moment in words without the "senast": "fredag 16 oktober kl. 17.00" (the year when not this year). */
export function dateTimeText(instant: Date, options: { locale: Locale; now: Date }): string {
  const parts = dateWords(instant, options.locale);
  const texts = messagesFor(options.locale).prompt;
  const sameYear = parts.year === dateWords(options.now, options.locale).year;
  return format(sameYear ? texts.dateTime : texts.dateTimeWithYear, parts);
}

function dateWords(date: Date, locale: Locale): DateParts {
  const formatter = new Intl.DateTimeFormat(intlLocales[locale], {
    timeZone: stockholm,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    // h23, not hour12: false, which some ICU versions turn into "24:00" at midnight.
    hourCycle: 'h23',
  });
  const parts: DateParts = { weekday: '', day: '', month: '', year: '', hour: '', minute: '' };
  for (const part of formatter.formatToParts(date)) {
    if (part.type in parts) parts[part.type as keyof DateParts] = part.value;
  }
  return parts;
}
