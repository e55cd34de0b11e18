import { ConflictError, NotFoundError } from '../../bot/domain/errors';
import { createRoundDraft } from '../../bot/domain/round';
import { defaultRoundTemplate } from '../../bot/domain/roundTemplate';
import { RoundRepository } from '../../bot/storage/roundRepository';
import type { TableStorage } from '../../bot/storage/tableStorage';
import { createTestStorage } from '../support/storage';

const coordinator = { id: 'oid-coordinator', name: 'Karin Samordnare' };

function draft(id: string, now: Date) {
  return createRoundDraft(defaultRoundTemplate('sv'), { id, locale: 'sv', createdBy: coordinator, now });
}

describe('RoundRepository', () => {
  let rounds: RoundRepository;
  let storage: TableStorage;

  beforeEach(async () => {
    storage = await createTestStorage();
    rounds = new RoundRepository(storage);
  });

  it('stores a round and reads back the same round', async () => {
    const round = draft('r1', new Date('2026-10-01T08:00:00Z'));

    await rounds.create(round);

    expect((await rounds.get('r1')).value).toEqual(round);
  });

  it('keeps the anonymity threshold, and gives rounds stored before it the default of 3', async () => {
    await rounds.create({ ...draft('r1', new Date('2026-10-01T08:00:00Z')), anonymityThreshold: 5 });
    expect((await rounds.get('r1')).value.anonymityThreshold).toBe(5);

    const table = storage.table('Rounds');
    const {
      etag: _etag,
      timestamp: _timestamp,
      anonymityThreshold: _dropped,
      ...older
    } = await table.getEntity<Record<string, unknown>>('round', 'r1');
    await table.upsertEntity(older as { partitionKey: string; rowKey: string }, 'Replace');

    expect((await rounds.get('r1')).value.anonymityThreshold).toBe(3);
  });

  it('refuses to create a second round with the same id', async () => {
    const round = draft('r1', new Date('2026-10-01T08:00:00Z'));
    await rounds.create(round);

    await expect(rounds.create({ ...round, title: 'Annan' })).rejects.toBeInstanceOf(ConflictError);
    expect((await rounds.get('r1')).value.title).toBe(round.title);
  });

  it('detects a concurrent edit by ETag and keeps the first writer', async () => {
    await rounds.create(draft('r1', new Date('2026-10-01T08:00:00Z')));
    const first = await rounds.get('r1');
    const second = await rounds.get('r1');

    await rounds.update({ ...first.value, title: 'Först' }, first.etag);

    await expect(rounds.update({ ...second.value, title: 'Sist' }, second.etag)).rejects.toBeInstanceOf(
      ConflictError,
    );
    expect((await rounds.get('r1')).value.title).toBe('Först');
  });

  it('answers NotFoundError for a round that does not exist', async () => {
    await expect(rounds.get('nope')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('lists rounds newest first', async () => {
    await rounds.create(draft('old', new Date('2026-09-01T08:00:00Z')));
    await rounds.create(draft('new', new Date('2026-10-01T08:00:00Z')));

    expect((await rounds.list()).map((round) => round.value.id)).toEqual(['new', 'old']);
  });

  it('makes ids that differ and sort by time', () => {
    const earlier = RoundRepository.newId(new Date('2026-01-01T00:00:00Z'));
    const later = RoundRepository.newId(new Date('2026-06-01T00:00:00Z'));
    const same = RoundRepository.newId(new Date('2026-06-01T00:00:00Z'));

    expect(earlier < later).toBe(true);
    expect(later).not.toBe(same);
  });
});
