import {
  defaultReminderPolicy,
  dueSlots,
  inWorkingHours,
  reminderSlots,
} from '../../bot/domain/reminderPolicy';
import { fromStockholmWallTime } from '../../bot/domain/stockholmTime';
import { isWorkingDay, workingDaysBefore } from '../../bot/domain/workingDays';

const at = (date: string, time: string) => fromStockholmWallTime(date, time);
const iso = (dates: Date[]) => dates.map((date) => date.toISOString());

describe('Swedish working days', () => {
  it.each([
    ['2026-10-16', true],
    ['2026-10-17', false],
    ['2026-10-18', false],
    ['2026-06-19', false],
    ['2026-05-14', false],
    ['2026-12-24', false],
    ['2026-12-31', false],
    ['2026-01-06', false],
    ['2026-04-03', false],
    ['2026-12-23', true],
  ])('%s is a working day: %s', (date, working) => {
    expect(isWorkingDay(date)).toBe(working);
  });

  it('counts back over weekends and holidays', () => {
    expect(workingDaysBefore('2026-10-16', 3)).toBe('2026-10-13');
    expect(workingDaysBefore('2026-10-19', 1)).toBe('2026-10-16');
    // Midsommarafton (Fri 19 June) and the weekend: the working day before Monday 22 June is Thursday 18.
    expect(workingDaysBefore('2026-06-22', 1)).toBe('2026-06-18');
    // Kristi himmelsfärdsdag (Thu 14 May 2026).
    expect(workingDaysBefore('2026-05-15', 1)).toBe('2026-05-13');
  });
});

describe('reminder slots', () => {
  const opened = at('2026-10-01', '10:00');

  it('by default: three working days before and on the last working day before, at 09.00', () => {
    expect(iso(reminderSlots(at('2026-10-16', '17:00'), opened, defaultReminderPolicy))).toEqual([
      at('2026-10-13', '09:00').toISOString(),
      at('2026-10-15', '09:00').toISOString(),
    ]);
  });

  it('skips weekends and holidays: a deadline on the Monday after midsommar', () => {
    const slots = reminderSlots(at('2026-06-22', '12:00'), at('2026-06-01', '08:00'), defaultReminderPolicy);

    expect(iso(slots)).toEqual([
      at('2026-06-16', '09:00').toISOString(),
      at('2026-06-18', '09:00').toISOString(),
    ]);
  });

  it('follows daylight saving time: 09.00 Swedish time on both sides of the change', () => {
    const slots = reminderSlots(at('2026-10-28', '12:00'), opened, defaultReminderPolicy);

    expect(iso(slots)).toEqual(['2026-10-23T07:00:00.000Z', '2026-10-27T08:00:00.000Z']);
  });

  it('drops a slot that had passed when the round opened, rather than sending it late', () => {
    const slots = reminderSlots(at('2026-10-16', '17:00'), at('2026-10-14', '10:00'), defaultReminderPolicy);

    expect(iso(slots)).toEqual([at('2026-10-15', '09:00').toISOString()]);
  });

  it('handles a deadline early in the morning: the day before still gets its reminder', () => {
    expect(iso(reminderSlots(at('2026-10-16', '07:30'), opened, defaultReminderPolicy))).toEqual([
      at('2026-10-13', '09:00').toISOString(),
      at('2026-10-15', '09:00').toISOString(),
    ]);
  });

  it('moves with the deadline when it is extended', () => {
    const extended = reminderSlots(at('2026-10-23', '17:00'), opened, defaultReminderPolicy);

    expect(iso(extended)).toEqual([
      at('2026-10-20', '09:00').toISOString(),
      at('2026-10-22', '09:00').toISOString(),
    ]);
  });

  it('ignores rules that make no sense and merges rules that fall on the same moment', () => {
    const policy = { daysBefore: [0, -2, 1, 1], time: '13:15' };

    expect(iso(reminderSlots(at('2026-10-16', '17:00'), opened, policy))).toEqual([
      at('2026-10-15', '13:15').toISOString(),
    ]);
  });
});

describe('due slots', () => {
  const deadline = at('2026-10-16', '17:00');
  const opened = at('2026-10-01', '10:00');

  it('are the slots whose time has come, before the deadline', () => {
    expect(iso(dueSlots(deadline, opened, defaultReminderPolicy, at('2026-10-13', '08:59')))).toEqual([]);
    expect(iso(dueSlots(deadline, opened, defaultReminderPolicy, at('2026-10-13', '09:00')))).toEqual([
      at('2026-10-13', '09:00').toISOString(),
    ]);
    expect(dueSlots(deadline, opened, defaultReminderPolicy, at('2026-10-16', '17:00'))).toEqual([]);
  });

  it('wait for working hours when held up: not at night, not at the weekend', () => {
    expect(dueSlots(deadline, opened, defaultReminderPolicy, at('2026-10-13', '22:00'))).toEqual([]);
    expect(iso(dueSlots(deadline, opened, defaultReminderPolicy, at('2026-10-14', '08:00')))).toEqual([
      at('2026-10-13', '09:00').toISOString(),
    ]);
    expect(inWorkingHours(at('2026-10-17', '10:00'))).toBe(false);
  });
});
