import { ConflictError } from '../../bot/domain/errors';
import { type Response, responseSourceKey } from '../../bot/domain/response';
import { ResponseRepository } from '../../bot/storage/responseRepository';
import { createTestStorage } from '../support/storage';

function response(overrides: Partial<Response> = {}): Response {
  return {
    roundId: 'r1',
    groupId: 'g-psykiatri',
    questionNumber: 1,
    author: { id: 'oid-anna', name: 'Anna Chef' },
    text: 'Vi lärde oss att fatta beslut snabbare.',
    source: 'thread',
    sourceKey: responseSourceKey({ kind: 'card', personId: 'oid-anna', questionNumber: 1 }),
    createdAt: new Date('2026-10-05T09:00:00Z'),
    updatedAt: new Date('2026-10-05T09:00:00Z'),
    withdrawnAt: null,
    ...overrides,
  };
}

describe('ResponseRepository', () => {
  let responses: ResponseRepository;

  beforeEach(async () => {
    responses = new ResponseRepository(await createTestStorage());
  });

  it('stores a card answer once even when the same submit arrives twice', async () => {
    const first = await responses.record(response());
    const again = await responses.record(response({ text: 'Omleverans med annan text' }));

    expect(first.created).toBe(true);
    expect(again.created).toBe(false);
    expect(again.stored.value.text).toBe('Vi lärde oss att fatta beslut snabbare.');
    expect(await responses.forRound('r1')).toHaveLength(1);
  });

  it('finds a round’s responses per group and in all', async () => {
    await responses.record(response());
    await responses.record(response({ groupId: 'g-rlg' }));
    await responses.record(response({ roundId: 'r2' }));

    expect((await responses.forGroup('r1', 'g-psykiatri')).map((r) => r.value.groupId)).toEqual([
      'g-psykiatri',
    ]);
    expect(await responses.forRound('r1')).toHaveLength(2);
  });

  it('keeps a general remark (no question) apart from numbered answers', async () => {
    await responses.record(
      response({
        questionNumber: null,
        sourceKey: responseSourceKey({ kind: 'card', personId: 'oid-anna', questionNumber: null }),
      }),
    );

    const [stored] = await responses.forRound('r1');
    expect(stored?.value.questionNumber).toBeNull();
  });

  it('replaces a contribution only when the ETag still matches', async () => {
    const key = responseSourceKey({ kind: 'card', personId: 'oid-anna', questionNumber: 2 });
    const { stored } = await responses.record(response({ source: 'card', sourceKey: key }));
    const edited = { ...stored.value, text: 'Ändrat svar', updatedAt: new Date('2026-10-05T10:00:00Z') };

    await responses.replace(edited, stored.etag);

    await expect(
      responses.replace({ ...stored.value, text: 'Gammal kopia' }, stored.etag),
    ).rejects.toBeInstanceOf(ConflictError);
    expect((await responses.forRound('r1'))[0]?.value.text).toBe('Ändrat svar');
  });
});

describe('ResponseRepository, a round’s recent answers', () => {
  it('shares one read between callers, shows its own writes at once and another writer’s within the age', async () => {
    const storage = await createTestStorage();
    const responses = new ResponseRepository(storage);
    const elsewhere = new ResponseRepository(storage);
    await responses.record(response());

    const [one, two] = await Promise.all([responses.forRoundRecent('r1'), responses.forRoundRecent('r1')]);
    expect(one).toBe(two);
    expect(one).toHaveLength(1);

    // Written here: seen by the next read, however recent the last.
    await responses.record(response({ groupId: 'g-rlg' }));
    expect(await responses.forRoundRecent('r1')).toHaveLength(2);

    // Written by another instance of the service: seen once the rows are older than asked for.
    await elsewhere.record(response({ groupId: 'g-hr' }));
    expect(await responses.forRoundRecent('r1', 60_000)).toHaveLength(2);
    expect(await responses.forRoundRecent('r1', 0)).toHaveLength(3);
  });
});

describe('ResponseRepository, messages', () => {
  let responses: ResponseRepository;

  beforeEach(async () => {
    responses = new ResponseRepository(await createTestStorage());
  });

  function parts(activityId: string, count: number, textLength = 20): Response[] {
    return Array.from({ length: count }, (_, index) =>
      response({
        questionNumber: (index % 4) + 1,
        text: `${index}`.padEnd(textLength, 'x'),
        sourceKey: responseSourceKey({ kind: 'message', activityId, part: index + 1 }),
      }),
    );
  }

  it('stores a message’s parts in one row, once, and reads them back as contributions', async () => {
    const message = parts('1700', 3);

    expect(await responses.recordMessage('1700', message)).toBe(true);
    expect(await responses.recordMessage('1700', parts('1700', 2))).toBe(false);

    expect((await responses.forRound('r1')).map((stored) => stored.value)).toEqual(message);
    expect((await responses.message('r1', 'g-psykiatri', '1700'))?.parts).toEqual(message);
  });

  it('holds the largest message allowed: 20 parts of 4,000 characters', async () => {
    const message = parts('1701', 20, 4000);

    await responses.recordMessage('1701', message);

    expect((await responses.forGroup('r1', 'g-psykiatri')).map((stored) => stored.value.text.length)).toEqual(
      Array(20).fill(4000),
    );
  });

  it('replaces a message only while its ETag matches', async () => {
    await responses.recordMessage('1702', parts('1702', 2));
    const stored = await responses.message('r1', 'g-psykiatri', '1702');
    const edited = (stored?.parts ?? []).map((part) => ({ ...part, text: 'ändrat' }));

    await responses.replaceMessage('1702', edited, stored?.etag ?? '');

    await expect(
      responses.replaceMessage('1702', stored?.parts ?? [], stored?.etag ?? ''),
    ).rejects.toBeInstanceOf(ConflictError);
    expect((await responses.message('r1', 'g-psykiatri', '1702'))?.parts.map((p) => p.text)).toEqual([
      'ändrat',
      'ändrat',
    ]);
  });
});

describe('ResponseRepository, many messages at once', () => {
  it('stores messages that arrive together once each, even with a redelivery among them', async () => {
    const responses = new ResponseRepository(await createTestStorage());
    const message = (activityId: string) => [
      response({
        sourceKey: responseSourceKey({ kind: 'message', activityId, part: 1 }),
        text: `svar ${activityId}`,
      }),
    ];
    await responses.recordMessage('a5', message('a5'));

    const results = await Promise.all(
      Array.from({ length: 30 }, (_, index) => responses.recordMessage(`a${index}`, message(`a${index}`))),
    );

    expect(results.filter((created) => !created)).toHaveLength(1);
    expect(results[5]).toBe(false);
    const stored = (await responses.forRound('r1')).map((entry) => entry.value.text).sort();
    expect(stored).toHaveLength(30);
    expect(new Set(stored).size).toBe(30);
  });

  it('loses no one’s answer when copies of one message land in the same batch', async () => {
    const responses = new ResponseRepository(await createTestStorage());
    const message = (activityId: string) => [
      response({
        sourceKey: responseSourceKey({ kind: 'message', activityId, part: 1 }),
        text: `svar ${activityId}`,
      }),
    ];
    // Ten copies of one message (Teams redelivering it), interleaved with forty other answers.
    const ids = Array.from({ length: 50 }, (_, index) => (index % 5 === 0 ? 'kopia' : `a${index}`));

    const results = await Promise.all(ids.map((id) => responses.recordMessage(id, message(id))));

    const copies = results.filter((_, index) => ids[index] === 'kopia');
    expect(copies.filter((created) => created)).toHaveLength(1);
    expect(results.filter((_, index) => ids[index] !== 'kopia').every((created) => created)).toBe(true);
    const stored = (await responses.forRound('r1')).map((entry) => entry.value.text);
    expect(stored).toHaveLength(41);
    expect(new Set(stored).size).toBe(41);
  });
});
