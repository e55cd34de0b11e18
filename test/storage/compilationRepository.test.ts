import { createHash } from 'node:crypto';
import { type CompilationRecord, newCompilationRecord } from '../../bot/domain/compilationRecord';
import type { CompiledThemes } from '../../bot/domain/compileThemes';
import { ConflictError } from '../../bot/domain/errors';
import { CompilationHistoryRepository } from '../../bot/storage/compilationHistoryRepository';
import { CompilationRepository } from '../../bot/storage/compilationRepository';
import { packText } from '../../bot/storage/packedText';
import { createTestStorage } from '../support/storage';

const karin = { id: 'oid-karin', name: 'Karin Lindqvist' };
const anna = { id: 'oid-anna', name: 'Anna Berg' };

/** Answer ids as the service makes them: a channel id and a source key with a person's object id. */
const answerId = (i: number) => {
  const oid = createHash('sha256').update(String(i)).digest('hex').slice(0, 32);
  return `19:${(i % 40).toString(16).padStart(32, 'a')}@thread.tacv2|card:${oid}:${1 + (i % 4)}`;
};

/** A compilation of a 5,000-answer round: every answer anchored, and the published view as large. */
function largeRecord(): CompilationRecord {
  const ids = Array.from({ length: 5000 }, (_, i) => answerId(i));
  const themes = Array.from({ length: 12 }, (_, t) => ({
    id: `c${t + 1}`,
    anchor: ids.filter((_, i) => i % 13 === t),
    label: `Tema ${t + 1} – åäö`,
    engineLabel: `Motor ${t + 1}`,
    conclusion: 'Slutsats. '.repeat(200),
    lesson: t % 2 === 0,
    pinned: t === 3 ? 1 : null,
    quotes: ids.slice(t, t + 3),
    hiddenQuotes: [],
  }));
  const published: CompiledThemes = {
    themes: themes.map((theme) => ({
      id: theme.id,
      label: theme.label,
      terms: ['beslut', 'samverkan'],
      size: theme.anchor.length,
      groups: { g: theme.anchor.length },
      members: theme.anchor,
      mentions: theme.anchor.length,
      quotes: theme.quotes.map((id) => ({
        id,
        text: 'Ett citat som är ganska långt, med å, ä och ö. '.repeat(10),
      })),
      conclusion: theme.conclusion,
      lesson: theme.lesson,
      pinned: theme.pinned,
      curated: true,
    })),
    other: ids.filter((_, i) => i % 13 === 12),
    unseen: [],
  };
  return {
    ...newCompilationRecord('round-1', 'question|2'),
    compilation: { themes, other: published.other, nextId: 13 },
    state: 'published',
    edited: { by: karin, at: new Date('2026-10-20T09:00:00Z') },
    published: { by: karin, at: new Date('2026-10-20T09:05:00Z'), themes: published },
  };
}

describe('CompilationRepository', () => {
  it('keeps a 5,000-answer compilation and its published themes whole, within one entity', async () => {
    const repository = new CompilationRepository(await createTestStorage());
    const record = largeRecord();
    await repository.save(record, null);

    // Packed, it still takes more than one property: the chunks are put together again.
    expect(packText('overlay', JSON.stringify(record.compilation)).overlayChunks).toBeGreaterThan(1);
    const read = await repository.get('round-1', 'question|2');
    expect(read?.value).toEqual(record);
    expect(await repository.get('round-1', 'question|1')).toBeUndefined();
    expect((await repository.forRound('round-1')).map((stored) => stored.value.scope)).toEqual([
      'question|2',
    ]);

    await repository.deleteRound('round-1');
    expect(await repository.forRound('round-1')).toEqual([]);
  });

  it('refuses an edit based on a stale version and keeps the one that came first', async () => {
    const repository = new CompilationRepository(await createTestStorage());
    const first = newCompilationRecord('round-2', 'round');
    const etag = await repository.save(first, null);
    await expect(repository.save(first, null)).rejects.toBeInstanceOf(ConflictError);

    const byKarin = { ...first, edited: { by: karin, at: new Date('2026-10-21T08:00:00Z') } };
    const byAnna = { ...first, edited: { by: anna, at: new Date('2026-10-21T08:00:01Z') } };
    const newer = await repository.save(byKarin, etag);
    await expect(repository.save(byAnna, etag)).rejects.toBeInstanceOf(ConflictError);

    const stored = await repository.get('round-2', 'round');
    expect(stored?.value.edited?.by).toEqual(karin);
    expect(stored?.etag).toBe(newer);
  });
});

describe('CompilationHistoryRepository', () => {
  it('keeps every change in order, two in the same millisecond too', async () => {
    const history = new CompilationHistoryRepository(await createTestStorage());
    const at = new Date('2026-10-22T10:00:00Z');
    await history.append({
      roundId: 'round-3',
      scope: 'round',
      at,
      by: karin,
      change: { kind: 'rename', themeId: 'c1', label: 'Ledarskap' },
    });
    await history.append({
      roundId: 'round-3',
      scope: 'question|1',
      at,
      by: anna,
      change: { kind: 'move', answerIds: [answerId(1), answerId(2)], to: { kind: 'other' } },
    });
    await history.append({
      roundId: 'round-3',
      scope: 'round',
      at: new Date('2026-10-22T10:01:00Z'),
      by: karin,
      change: { kind: 'publish' },
    });
    await history.append({ roundId: 'round-4', scope: 'round', at, by: karin, change: { kind: 'publish' } });

    const changes = await history.forRound('round-3');
    expect(changes).toHaveLength(3);
    expect(changes.map((c) => c.change.kind).slice(2)).toEqual(['publish']);
    expect(new Set(changes.slice(0, 2).map((c) => c.by.name))).toEqual(new Set([karin.name, anna.name]));
    expect(changes.find((c) => c.change.kind === 'move')?.change).toEqual({
      kind: 'move',
      answerIds: [answerId(1), answerId(2)],
      to: { kind: 'other' },
    });
  });
});
