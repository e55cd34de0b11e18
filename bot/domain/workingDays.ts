import Holidays from 'date-holidays';

/**
 * Swedish working days: Monday to Friday, except public holidays and the days that are not
 * holidays in law but are in practice (midsommarafton, julafton, nyårsafton), which the holiday
 * library lists as bank holidays.
 */
const holidays = new Holidays('SE');
const byYear = new Map<number, Set<string>>();

function holidaysOf(year: number): Set<string> {
  let days = byYear.get(year);
  if (!days) {
    days = new Set(
      holidays
        .getHolidays(year)
        .filter((holiday) => holiday.type === 'public' || holiday.type === 'bank')
        .map((holiday) => holiday.date.slice(0, 10)),
    );
    byYear.set(year, days);
  }
  return days;
}

/** Whether a calendar date ("2026-10-16") is a working day in Sweden. */
export function isWorkingDay(date: string): boolean {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !holidaysOf(year).has(date);
}

/** The date `count` working days before `date` (not counting `date` itself). */
export function workingDaysBefore(date: string, count: number): string {
  let cursor = date;
  let left = count;
  while (left > 0) {
    cursor = addDays(cursor, -1);
    if (isWorkingDay(cursor)) left -= 1;
  }
  return cursor;
}

export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}
