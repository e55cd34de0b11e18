import { type InstalledTeam, recordTeamSeen } from '../../bot/domain/team';
import { sampleTeam } from '../support/sampleTeam';

const { installedAt: _i, updatedAt: _u, removedAt: _r, ...seen }: InstalledTeam = sampleTeam();

describe('recordTeamSeen', () => {
  const installedAt = new Date('2026-09-01T08:00:00Z');
  const now = new Date('2026-10-01T08:00:00Z');

  it('marks a first sighting as installed now', () => {
    expect(recordTeamSeen(undefined, seen, now)).toMatchObject({
      installedAt: now,
      updatedAt: now,
      removedAt: null,
    });
  });

  it('keeps the install date when an installed team changes', () => {
    const existing: InstalledTeam = { ...seen, installedAt, updatedAt: installedAt, removedAt: null };

    expect(recordTeamSeen(existing, { ...seen, name: 'Regionservice (RS)' }, now)).toMatchObject({
      name: 'Regionservice (RS)',
      installedAt,
      updatedAt: now,
    });
  });

  it('counts a team that was removed and added again as newly installed', () => {
    const removed: InstalledTeam = { ...seen, installedAt, updatedAt: installedAt, removedAt: installedAt };

    expect(recordTeamSeen(removed, seen, now)).toMatchObject({ installedAt: now, removedAt: null });
  });
});
