import { ValidationError } from './errors';
import { fromStockholmWallTime, stockholmParts, toStockholmWallTime } from './stockholmTime';
import { isWorkingDay, workingDaysBefore } from './workingDays';

/**
 * When a round's reminders go out: so many working days before the deadline, at a time of day
 * (Swedish time). By default three working days before and on the last working day before, at 09.00.
 */
export type ReminderPolicy = { daysBefore: number[]; time: string };

export const defaultReminderPolicy: ReminderPolicy = { daysBefore: [3, 1], time: '09:00' };

/** Working hours, in which a reminder that could not go at its time may still go. */
const workingHours = { from: 8, until: 17 } as const;

/**
 * The moments reminders are due for a deadline: each rule as a date and time, in order, after the
 * round opened and before the deadline. A moment already past when the round opened is dropped,
 * not sent late in a burst.
 */
export function reminderSlots(deadline: Date, openedAt: Date, policy: ReminderPolicy): Date[] {
  const deadlineDate = toStockholmWallTime(deadline).date;
  const moments = new Map<number, Date>();
  for (const days of policy.daysBefore) {
    if (!Number.isInteger(days) || days < 1) continue;
    const moment = fromStockholmWallTime(workingDaysBefore(deadlineDate, days), policy.time);
    if (moment.getTime() > openedAt.getTime() && moment.getTime() < deadline.getTime()) {
      moments.set(moment.getTime(), moment);
    }
  }
  return [...moments.values()].sort((a, b) => a.getTime() - b.getTime());
}

/**
 * The slots that should go out now: their moment has come, the deadline has not, and it is a
 * working day in working hours, so a reminder held up (the service was down at 09.00) still goes
 * out the same day, but never at night or on a holiday.
 */
export function dueSlots(deadline: Date, openedAt: Date, policy: ReminderPolicy, now: Date): Date[] {
  if (now.getTime() >= deadline.getTime() || !inWorkingHours(now)) return [];
  return reminderSlots(deadline, openedAt, policy).filter((slot) => slot.getTime() <= now.getTime());
}

export function inWorkingHours(now: Date): boolean {
  const { hour } = stockholmParts(now);
  return (
    isWorkingDay(toStockholmWallTime(now).date) && hour >= workingHours.from && hour < workingHours.until
  );
}

/** The days a coordinator can choose between. */
export const reminderDayChoices = [5, 3, 2, 1] as const;

/** Checks a policy from the editor: known days (none means no reminders) and a time of day. */
export function reminderPolicy(daysBefore: readonly number[], time: string): ReminderPolicy {
  const days = [...new Set(daysBefore)].sort((a, b) => b - a);
  if (days.some((day) => !(reminderDayChoices as readonly number[]).includes(day))) {
    throw new ValidationError('Unknown reminder day', 'reminders', 'invalid');
  }
  const match = /^(\d{1,2})[:.](\d{2})$/.exec(time.trim());
  if (!match || Number(match[1]) > 23 || Number(match[2]) > 59) {
    throw new ValidationError('The reminder time must be written HH:MM', 'reminders', 'invalid');
  }
  return { daysBefore: days, time: `${match[1]?.padStart(2, '0')}:${match[2]}` };
}
