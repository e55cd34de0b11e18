import { ValidationError } from './errors';

/** Every date and time a user reads or writes is Swedish wall-clock time. */
export const stockholm = 'Europe/Stockholm';

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: stockholm,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** The wall-clock reading in Stockholm of an instant. */
export function stockholmParts(instant: Date): {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
} {
  const parts = Object.fromEntries(partsFormat.formatToParts(instant).map((part) => [part.type, part.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
  };
}

/** "2026-10-16" and "17:00" as read by someone in Sweden → the instant. */
export function fromStockholmWallTime(date: string, time: string): Date {
  const dateMatch = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  const timeMatch = /^(\d{1,2})[:.](\d{2})$/.exec(time.trim());
  if (!dateMatch) throw new ValidationError('The date must be written YYYY-MM-DD', 'deadline', 'invalid');
  if (!timeMatch) throw new ValidationError('The time must be written HH:MM', 'deadline', 'invalid');
  const [year, month, day] = dateMatch.slice(1).map(Number) as [number, number, number];
  const [hour, minute] = timeMatch.slice(1).map(Number) as [number, number];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(asUtc);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) {
    throw new ValidationError('There is no such date or time', 'deadline', 'invalid');
  }
  // The offset is found by reading the guess back in Stockholm; a second pass settles the hour
  // around a daylight-saving change. A time that does not exist (02.30 on the spring-forward night)
  // lands an hour later, as a clock would show it.
  let instant = asUtc - offsetMs(new Date(asUtc));
  instant = asUtc - offsetMs(new Date(instant));
  return new Date(instant);
}

function offsetMs(instant: Date): number {
  const p = stockholmParts(instant);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  return wall - Math.floor(instant.getTime() / 60000) * 60000;
}

/** An instant as the "YYYY-MM-DD" and "HH:MM" a Swedish form would show. */
export function toStockholmWallTime(instant: Date): { date: string; time: string } {
  const p = stockholmParts(instant);
  const pad = (value: number) => String(value).padStart(2, '0');
  return { date: `${p.year}-${pad(p.month)}-${pad(p.day)}`, time: `${pad(p.hour)}:${pad(p.minute)}` };
}

/** The time of day as a Swede writes it ("14.05"), or with a colon in English ("14:05"). */
export function clockTime(instant: Date, locale: 'sv' | 'en'): string {
  const { time } = toStockholmWallTime(instant);
  return locale === 'sv' ? time.replace(':', '.') : time;
}
