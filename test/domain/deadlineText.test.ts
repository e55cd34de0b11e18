import { deadlineText as withNoBreakSpaces } from '../../bot/domain/deadlineText';

const now = new Date('2026-10-01T08:00:00Z');

/** The expectations below are easier to read with plain spaces; one test checks the real ones. */
function deadlineText(...args: Parameters<typeof withNoBreakSpaces>): string {
  return withNoBreakSpaces(...args).replace(/\u00a0/g, ' ');
}

describe('deadlineText', () => {
  it('writes the deadline the Swedish way, in Stockholm time', () => {
    // 15:00 UTC is 17:00 in Swedish summer time (CEST, UTC+2).
    expect(deadlineText(new Date('2026-10-16T15:00:00Z'), { locale: 'sv', now })).toBe(
      'senast fredag 16 oktober kl. 17.00',
    );
  });

  it('writes it in English with a colon', () => {
    expect(deadlineText(new Date('2026-10-16T15:00:00Z'), { locale: 'en', now })).toBe(
      'by Friday 16 October at 17:00',
    );
  });

  it('keeps "16 oktober" and "kl. 17.00" on one line each', () => {
    expect(withNoBreakSpaces(new Date('2026-10-16T15:00:00Z'), { locale: 'sv', now })).toBe(
      'senast fredag 16\u00a0oktober kl.\u00a017.00',
    );
    expect(withNoBreakSpaces(new Date('2027-01-15T08:00:00Z'), { locale: 'en', now })).toBe(
      'by Friday 15\u00a0January 2027 at\u00a009:00',
    );
  });

  it('adds the year when the deadline falls in another year than now', () => {
    // 08:00 UTC is 09:00 in Swedish winter time (CET, UTC+1).
    const deadline = new Date('2027-01-15T08:00:00Z');

    expect(deadlineText(deadline, { locale: 'sv', now })).toBe('senast fredag 15 januari 2027 kl. 09.00');
    expect(deadlineText(deadline, { locale: 'en', now })).toBe('by Friday 15 January 2027 at 09:00');
  });

  it('compares years in Stockholm, not in UTC', () => {
    const deadline = new Date('2027-01-15T08:00:00Z');

    // 23:30 UTC on New Year's Eve is already 00:30 on 1 January in Stockholm.
    expect(deadlineText(deadline, { locale: 'sv', now: new Date('2026-12-31T23:30:00Z') })).toBe(
      'senast fredag 15 januari kl. 09.00',
    );
    // 22:30 UTC is 23:30 on New Year's Eve in Stockholm: still the old year.
    expect(deadlineText(deadline, { locale: 'sv', now: new Date('2026-12-31T22:30:00Z') })).toBe(
      'senast fredag 15 januari 2027 kl. 09.00',
    );
  });

  it('shows a deadline in the past year with its year too', () => {
    expect(deadlineText(new Date('2025-10-16T15:00:00Z'), { locale: 'sv', now })).toBe(
      'senast torsdag 16 oktober 2025 kl. 17.00',
    );
  });

  it('moves to the next day at midnight in Stockholm, not at midnight UTC', () => {
    // 22:00 UTC on 16 October is 00:00 on Saturday 17 October in Stockholm.
    expect(deadlineText(new Date('2026-10-16T22:00:00Z'), { locale: 'sv', now })).toBe(
      'senast lördag 17 oktober kl. 00.00',
    );
    expect(deadlineText(new Date('2026-10-16T21:59:00Z'), { locale: 'en', now })).toBe(
      'by Friday 16 October at 23:59',
    );
  });

  describe('around the change to summer time (last Sunday of March, 02:00 → 03:00)', () => {
    const inMarch = new Date('2026-03-01T08:00:00Z');

    it.each([
      ['2026-03-28T16:00:00Z', 'senast lördag 28 mars kl. 17.00'],
      ['2026-03-29T00:59:00Z', 'senast söndag 29 mars kl. 01.59'],
      ['2026-03-29T01:00:00Z', 'senast söndag 29 mars kl. 03.00'],
      ['2026-03-30T15:00:00Z', 'senast måndag 30 mars kl. 17.00'],
    ])('%s is %s', (utc, expected) => {
      expect(deadlineText(new Date(utc), { locale: 'sv', now: inMarch })).toBe(expected);
    });
  });

  describe('around the change to winter time (last Sunday of October, 03:00 → 02:00)', () => {
    it.each([
      ['2026-10-24T15:00:00Z', 'senast lördag 24 oktober kl. 17.00'],
      // The hour 02.00–03.00 happens twice; both instants read as Swedes' clocks showed them.
      ['2026-10-25T00:30:00Z', 'senast söndag 25 oktober kl. 02.30'],
      ['2026-10-25T01:30:00Z', 'senast söndag 25 oktober kl. 02.30'],
      ['2026-10-26T16:00:00Z', 'senast måndag 26 oktober kl. 17.00'],
    ])('%s is %s', (utc, expected) => {
      expect(deadlineText(new Date(utc), { locale: 'sv', now })).toBe(expected);
    });
  });
});
