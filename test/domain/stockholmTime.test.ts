import { ValidationError } from '../../bot/domain/errors';
import { fromStockholmWallTime, toStockholmWallTime } from '../../bot/domain/stockholmTime';

describe('Stockholm wall-clock time', () => {
  it.each([
    ['2026-10-16', '17:00', '2026-10-16T15:00:00.000Z'],
    ['2026-01-15', '09:00', '2026-01-15T08:00:00.000Z'],
    ['2026-03-29', '03:00', '2026-03-29T01:00:00.000Z'],
    ['2026-03-28', '23:30', '2026-03-28T22:30:00.000Z'],
    ['2026-10-25', '01:30', '2026-10-24T23:30:00.000Z'],
    ['2026-10-25', '03:00', '2026-10-25T02:00:00.000Z'],
    ['2026-12-31', '23:59', '2026-12-31T22:59:00.000Z'],
    ['2026-06-19', '8.15', '2026-06-19T06:15:00.000Z'],
  ])('reads %s %s in Sweden as %s', (date, time, iso) => {
    expect(fromStockholmWallTime(date, time).toISOString()).toBe(iso);
  });

  it('moves a time that does not exist on the spring-forward night an hour on', () => {
    expect(fromStockholmWallTime('2026-03-29', '02:30').toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });

  it.each([
    ['2026-02-30', '10:00'],
    ['16/10/2026', '10:00'],
    ['2026-10-16', '25:00'],
    ['2026-10-16', 'tio'],
  ])('refuses %s %s', (date, time) => {
    expect(() => fromStockholmWallTime(date, time)).toThrow(ValidationError);
  });

  it('reads an instant back as the date and time a Swedish form shows', () => {
    expect(toStockholmWallTime(new Date('2026-10-16T15:00:00Z'))).toEqual({
      date: '2026-10-16',
      time: '17:00',
    });
    expect(toStockholmWallTime(new Date('2026-12-31T23:30:00Z'))).toEqual({
      date: '2027-01-01',
      time: '00:30',
    });
  });
});
