import { type StoredThemes, ThemeRepository } from '../../bot/storage/themeRepository';
import { createTestStorage } from '../support/storage';

function stored(roundId: string, scope: string): StoredThemes {
  return {
    roundId,
    scope,
    engineVersion: 'test',
    inputHash: `hash of ${scope}`,
    answerCount: 1,
    computedAt: new Date('2026-10-06T10:00:00Z'),
    result: JSON.stringify({ themes: [], scope }),
  };
}

describe('ThemeRepository', () => {
  it('reads a round in parts: its round-wide scopes, or one group’s, never a neighbour’s', async () => {
    const themes = new ThemeRepository(await createTestStorage());
    const scopes = [
      'round',
      'question|1',
      'question|2',
      'group|19:g1@thread',
      'group|19:g1@thread|question|1',
      // Ids sharing a prefix, and an id with the separator in it, stay apart.
      'group|19:g1@thread2',
      'group|19:g1@thread2|question|1',
      'group|a|b',
    ];
    for (const scope of scopes) await themes.save(stored('r1', scope));
    await themes.save(stored('r2', 'round'));

    const names = (list: StoredThemes[]) => list.map((entry) => entry.scope).sort();
    expect(names(await themes.forPart('r1', { kind: 'round' }))).toEqual([
      'question|1',
      'question|2',
      'round',
    ]);
    expect(names(await themes.forPart('r1', { kind: 'group', groupId: '19:g1@thread' }))).toEqual([
      'group|19:g1@thread',
      'group|19:g1@thread|question|1',
    ]);
    expect(names(await themes.forPart('r1', { kind: 'group', groupId: 'a|b' }))).toEqual(['group|a|b']);
    expect(names(await themes.forPart('r1', { kind: 'group', groupId: 'a' }))).toEqual([]);
    const [one] = await themes.forPart('r1', { kind: 'group', groupId: '19:g1@thread2' });
    expect(one?.result).toBe(stored('r1', 'group|19:g1@thread2').result);
    expect(await themes.forRound('r1')).toHaveLength(scopes.length);
  });
});
