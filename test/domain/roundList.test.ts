import { isListed, staleDraftAgeMs } from '../../bot/domain/roundList';

describe('which rounds are listed', () => {
  const now = new Date('2026-12-04T12:00:00Z');
  const ago = (ms: number) => new Date(now.getTime() - ms);

  it('lists every round sent, however old', () => {
    expect(isListed({ state: 'open', updatedAt: ago(400 * 86_400_000) }, now)).toBe(true);
    expect(isListed({ state: 'closed', updatedAt: ago(400 * 86_400_000) }, now)).toBe(true);
  });

  it('lists a draft worked on within 30 days, and leaves out one untouched for longer', () => {
    expect(isListed({ state: 'draft', updatedAt: ago(staleDraftAgeMs - 1) }, now)).toBe(true);
    expect(isListed({ state: 'draft', updatedAt: ago(staleDraftAgeMs) }, now)).toBe(false);
  });
});
