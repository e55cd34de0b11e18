/**
 * Dates and times as people in Sweden read them: always Europe/Stockholm, whatever the browser's
 * zone; Swedish writes "kl. 17.00" with a full stop. `now` is a parameter so nothing here reads
 * the clock.
 */
export const stockholm = 'Europe/Stockholm';

export type DateLanguage = 'sv' | 'en';

const localeOf: Record<DateLanguage, string> = { sv: 'sv-SE', en: 'en-GB' };

/** "fredag 16 oktober kl. 17.00" (the year only when it is not this year's). */
export function formatDateTime(iso: string, language: DateLanguage, now: Date): string {
  const date = new Date(iso);
  const sameYear = stockholmParts(date).year === stockholmParts(now).year;
  const parts = new Intl.DateTimeFormat(localeOf[language], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: sameYear ? undefined : 'numeric',
    timeZone: stockholm,
  }).format(date);
  const time = formatTime(date, language);
  return language === 'sv' ? `${parts} kl. ${time}` : `${parts} at ${time}`;
}

function formatTime(date: Date, language: DateLanguage): string {
  const time = new Intl.DateTimeFormat(localeOf[language], {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: stockholm,
  }).format(date);
  return language === 'sv' ? time.replace(':', '.') : time;
}

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "om 3 dagar", "för 2 dagar sedan"; under a minute "nyss"/"just now" via the seconds unit. */
export function formatRelative(iso: string, language: DateLanguage, now: Date): string {
  const seconds = (new Date(iso).getTime() - now.getTime()) / 1000;
  const format = new Intl.RelativeTimeFormat(localeOf[language], { numeric: 'always' });
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return new Intl.RelativeTimeFormat(localeOf[language], { numeric: 'auto' }).format(0, 'second');
}

type WallClock = { year: number; month: number; day: number; hour: number; minute: number };

function stockholmParts(date: Date): WallClock {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: stockholm,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
  };
}

/** The date and time inputs' values ("2020-10-16", "17:00") for an instant, in Stockholm time. */
export function toStockholmInputs(iso: string): { date: string; time: string } {
  const p = stockholmParts(new Date(iso));
  const pad = (n: number) => String(n).padStart(2, '0');
  return { date: `${p.year}-${pad(p.month)}-${pad(p.day)}`, time: `${pad(p.hour)}:${pad(p.minute)}` };
}

/**
 * The instant (ISO, UTC) at which Stockholm's clocks show `date` `time`, or null when the inputs
 * are not a date and a time. In the spring gap the hour that does not exist moves forward.
 */
export function fromStockholmInputs(date: string, time: string): string | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})/.exec(time);
  if (!d || !t) return null;
  const wall = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  if (Number.isNaN(wall)) return null;
  let instant = wall - offsetAt(wall);
  instant = wall - offsetAt(instant);
  return new Date(instant).toISOString();
}

/** Stockholm's offset from UTC, in ms, at an instant. */
function offsetAt(instant: number): number {
  const p = stockholmParts(new Date(instant));
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  return asUtc - Math.floor(instant / 60_000) * 60_000;
}
