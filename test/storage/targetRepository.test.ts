import type { RoundTarget } from '../../bot/domain/target';
import { GroupRepository } from '../../bot/storage/groupRepository';
import { TargetRepository } from '../../bot/storage/targetRepository';
import { ThreadRepository } from '../../bot/storage/threadRepository';
import { createTestStorage } from '../support/storage';

describe('TargetRepository', () => {
  it('keeps a round’s groups in the chosen order with their members, and replaces them whole', async () => {
    const targets = new TargetRepository(await createTestStorage());
    const chosen: RoundTarget[] = [
      { roundId: 'r1', groupId: '19:b@thread', mode: 'together', members: [] },
      {
        roundId: 'r1',
        groupId: '19:a@thread',
        mode: 'individual',
        members: [
          { id: 'oid-bo', name: 'Bo', userId: '29:bo' },
          { id: 'oid-anna', name: 'Anna', userId: '29:anna' },
        ],
      },
    ];

    await targets.replace('r1', chosen);
    expect(await targets.list('r1')).toEqual([
      chosen[0],
      { ...chosen[1], members: [chosen[1]?.members[1], chosen[1]?.members[0]] },
    ]);

    await targets.replace('r1', [{ roundId: 'r1', groupId: '19:a@thread', mode: 'together', members: [] }]);
    expect(await targets.list('r1')).toEqual([
      { roundId: 'r1', groupId: '19:a@thread', mode: 'together', members: [] },
    ]);
  });
});

describe('GroupRepository', () => {
  it('stores a coordinator’s name for a group, and forgets it when cleared', async () => {
    const groups = new GroupRepository(await createTestStorage());

    await groups.rename('19:a@thread', '  Psykiatri Halland ');
    expect(await groups.names()).toEqual(new Map([['19:a@thread', 'Psykiatri Halland']]));

    await groups.rename('19:a@thread', '');
    expect(await groups.names()).toEqual(new Map());
  });

  it('refuses a name over 100 characters and keeps the old one', async () => {
    const groups = new GroupRepository(await createTestStorage());
    await groups.rename('g', 'RLG');

    await expect(groups.rename('g', 'x'.repeat(101))).rejects.toThrow(/at most 100/);
    expect((await groups.names()).get('g')).toBe('RLG');
  });
});

describe('ThreadRepository', () => {
  it('finds the round and group of a prompt’s thread, and every round of a 1:1 chat', async () => {
    const threads = new ThreadRepository(await createTestStorage());
    await threads.link({
      conversationId: '19:a@thread;messageid=17',
      roundId: 'r1',
      groupId: '19:a@thread',
      kind: 'channel',
    });
    await threads.link({
      conversationId: 'a:chat-bo',
      roundId: 'r1',
      groupId: 'g',
      kind: 'person',
      personId: 'oid-bo',
    });
    await threads.link({
      conversationId: 'a:chat-bo',
      roundId: 'r2',
      groupId: 'g',
      kind: 'person',
      personId: 'oid-bo',
    });

    expect(await threads.find('19:a@thread;messageid=17', 'r1')).toMatchObject({
      groupId: '19:a@thread',
      kind: 'channel',
    });
    expect((await threads.linksOf('a:chat-bo')).map((link) => link.roundId)).toEqual(['r1', 'r2']);
    expect(await threads.find('unknown', 'r1')).toBeUndefined();
  });
});
