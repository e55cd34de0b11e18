import type { Caller } from '../../bot/domain/caller';
import { ForbiddenError, ValidationError } from '../../bot/domain/errors';
import {
  compilationDraft,
  compilationHistory,
  editCompilation,
  publishCompilation,
  StaleCompilationError,
} from '../../bot/usecases/compilationEditing';
import { createRoundStores, type RoundStores } from '../../bot/usecases/roundServices';
import { createTestStorage } from '../support/storage';
import { themedRound } from '../support/themedRound';

const coordinator: Caller = { tenantId: 't', objectId: 'oid-karin', roles: ['coordinator'] };
const leader: Caller = { tenantId: 't', objectId: 'oid-lars', roles: ['leadership'] };
const member: Caller = { tenantId: 't', objectId: 'oid-erik', roles: [] };
const karin = { id: 'oid-karin', name: 'Karin Lindqvist' };
const anna = { id: 'oid-anna', name: 'Anna Berg' };
const now = new Date('2026-10-20T09:00:00Z');

/** A closed round with 120 of the lessons set's answers and its round-wide themes stored. */
async function roundWithThemes(): Promise<{ stores: RoundStores; roundId: string }> {
  const stores = createRoundStores(await createTestStorage());
  await themedRound(stores, 'round-c');
  return { stores, roundId: 'round-c' };
}

describe('compilation editing, stored in Azurite', () => {
  it('keeps a correction, records who made it, and refuses an edit based on a stale version', async () => {
    const { stores, roundId } = await roundWithThemes();
    const start = await compilationDraft(stores, coordinator, roundId, 'round');
    expect(start.etag).toBeNull();
    const first = start.shown.themes[0];
    if (!first) throw new Error('no themes');

    const renamed = await editCompilation(
      stores,
      coordinator,
      karin,
      { roundId, scope: 'round', etag: null },
      { kind: 'rename', themeId: first.id, label: 'Ledarskap i kris' },
      now,
    );
    expect(renamed.shown.themes.map((t) => t.label)).toContain('Ledarskap i kris');

    // Anna worked on the version before Karin's rename.
    const stale = editCompilation(
      stores,
      coordinator,
      anna,
      { roundId, scope: 'round', etag: null },
      { kind: 'rename', themeId: first.id, label: 'Annas namn' },
      now,
    );
    await expect(stale).rejects.toBeInstanceOf(StaleCompilationError);
    const refusal = (await stale.catch((error: unknown) => error)) as StaleCompilationError;
    expect(refusal.current.shown.themes.map((t) => t.label)).toContain('Ledarskap i kris');

    const read = await compilationDraft(stores, coordinator, roundId, 'round');
    expect(read.shown.themes.map((t) => t.label)).toContain('Ledarskap i kris');
    expect(read.shown.themes.map((t) => t.label)).not.toContain('Annas namn');
    expect(read.record.edited).toEqual({ by: karin, at: now });
    const history = await stores.compilationHistory.forRound(roundId);
    expect(history.map((h) => [h.by.name, h.change.kind])).toEqual([['Karin Lindqvist', 'rename']]);
  });

  it('lets only one of two simultaneous edits on the same version through', async () => {
    const { stores, roundId } = await roundWithThemes();
    const { shown } = await compilationDraft(stores, coordinator, roundId, 'round');
    const themeId = shown.themes[0]?.id as string;
    const results = await Promise.allSettled(
      ['Från Karin', 'Från Anna'].map((label, i) =>
        editCompilation(
          stores,
          coordinator,
          i === 0 ? karin : anna,
          { roundId, scope: 'round', etag: null },
          { kind: 'rename', themeId, label },
          now,
        ),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected');
    expect(rejected?.status === 'rejected' && rejected.reason).toBeInstanceOf(StaleCompilationError);
    expect(await stores.compilationHistory.forRound(roundId)).toHaveLength(1);
  });

  it('freezes what leadership sees at publish, while later edits stay a draft', async () => {
    const { stores, roundId } = await roundWithThemes();
    const start = await compilationDraft(stores, coordinator, roundId, 'round');
    const themeId = start.shown.themes[0]?.id as string;
    const named = await editCompilation(
      stores,
      coordinator,
      karin,
      { roundId, scope: 'round', etag: null },
      { kind: 'rename', themeId, label: 'Publicerat namn' },
      now,
    );
    const published = await publishCompilation(
      stores,
      coordinator,
      karin,
      { roundId, scope: 'round', etag: named.etag },
      new Date('2026-10-20T09:30:00Z'),
    );
    expect(published.record.state).toBe('published');

    const curatedId = published.shown.themes.find((t) => t.label === 'Publicerat namn')?.id as string;
    const later = await editCompilation(
      stores,
      coordinator,
      karin,
      { roundId, scope: 'round', etag: published.etag },
      { kind: 'rename', themeId: curatedId, label: 'Utkastnamn' },
      new Date('2026-10-21T09:00:00Z'),
    );
    expect(later.record.state).toBe('draft');
    expect(later.record.published?.themes.themes.map((t) => t.label)).toContain('Publicerat namn');
    expect(later.record.published?.themes.themes.map((t) => t.label)).not.toContain('Utkastnamn');
    expect((await stores.compilationHistory.forRound(roundId)).map((h) => h.change.kind)).toEqual([
      'rename',
      'publish',
      'rename',
    ]);
  });

  it('refuses members, leadership, unknown scopes and bad edits, storing nothing', async () => {
    const { stores, roundId } = await roundWithThemes();
    const { shown } = await compilationDraft(stores, coordinator, roundId, 'round');
    const themeId = shown.themes[0]?.id as string;
    const target = { roundId, scope: 'round', etag: null };
    const rename = { kind: 'rename' as const, themeId, label: 'X' };

    for (const caller of [member, leader]) {
      await expect(compilationDraft(stores, caller, roundId, 'round')).rejects.toBeInstanceOf(ForbiddenError);
      await expect(editCompilation(stores, caller, karin, target, rename, now)).rejects.toBeInstanceOf(
        ForbiddenError,
      );
      await expect(publishCompilation(stores, caller, karin, target, now)).rejects.toBeInstanceOf(
        ForbiddenError,
      );
    }
    for (const scope of ['group|19:x', 'question|9', 'question|0', 'round|x']) {
      await expect(
        editCompilation(stores, coordinator, karin, { ...target, scope }, rename, now),
      ).rejects.toBeInstanceOf(ValidationError);
    }
    await expect(
      editCompilation(stores, coordinator, karin, target, { ...rename, label: 'x'.repeat(81) }, now),
    ).rejects.toBeInstanceOf(ValidationError);

    expect(await stores.compilations.forRound(roundId)).toEqual([]);
    expect(await stores.compilationHistory.forRound(roundId)).toEqual([]);
  });

  it('keeps every change in the history when writing its line fails, and writes it with the next', async () => {
    const { stores, roundId } = await roundWithThemes();
    const start = await compilationDraft(stores, coordinator, roundId, 'round');
    const [first, second] = start.shown.themes;
    if (!first || !second) throw new Error('too few themes');
    const failing: RoundStores = {
      ...stores,
      compilationHistory: Object.assign(Object.create(stores.compilationHistory), {
        append: () => Promise.reject(new Error('storage stalled')),
      }),
    };
    const renamed = await editCompilation(
      failing,
      coordinator,
      karin,
      { roundId, scope: 'round', etag: null },
      { kind: 'rename', themeId: first.id, label: 'Trots avbrottet' },
      now,
    );
    expect(renamed.shown.themes.map((t) => t.label)).toContain('Trots avbrottet');
    // Nothing reached the history table, yet the history shows the change.
    expect(await stores.compilationHistory.forRound(roundId)).toEqual([]);
    expect((await compilationHistory(stores, coordinator, roundId)).map((c) => c.change.kind)).toEqual([
      'rename',
    ]);

    const later = new Date(now.getTime() + 60_000);
    await editCompilation(
      stores,
      coordinator,
      anna,
      { roundId, scope: 'round', etag: renamed.etag },
      { kind: 'markLesson', themeId: renamed.shown.themes[1]?.id ?? '', lesson: true },
      later,
    );
    const stored = await stores.compilationHistory.forRound(roundId);
    expect(stored.map((c) => [c.change.kind, c.by.name])).toEqual([
      ['rename', 'Karin Lindqvist'],
      ['markLesson', 'Anna Berg'],
    ]);
    expect(await compilationHistory(stores, coordinator, roundId)).toHaveLength(2);
  });
});
