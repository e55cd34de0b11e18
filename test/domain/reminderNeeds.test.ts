import { needKey, reminderNeeds } from '../../bot/domain/reminderNeeds';
import type { Response } from '../../bot/domain/response';
import type { RoundTarget } from '../../bot/domain/target';

function answer(groupId: string, author: string, questionNumber: number | null, withdrawn = false): Response {
  const at = new Date('2026-10-05T10:00:00Z');
  return {
    roundId: 'r1',
    groupId,
    questionNumber,
    author: { id: author, name: author },
    text: 'svar',
    source: 'thread',
    sourceKey: `msg:${author}:${questionNumber}`,
    createdAt: at,
    updatedAt: at,
    withdrawnAt: withdrawn ? at : null,
  };
}

const targets: RoundTarget[] = [
  { roundId: 'r1', groupId: 'together', mode: 'together', members: [] },
  { roundId: 'r1', groupId: 'done', mode: 'together', members: [] },
  {
    roundId: 'r1',
    groupId: 'alone',
    mode: 'individual',
    members: [
      { id: 'anna', name: 'Anna', userId: '29:anna' },
      { id: 'bo', name: 'Bo', userId: '29:bo' },
    ],
  },
];

describe('reminderNeeds', () => {
  const responses = [
    answer('together', 'x', 1),
    answer('together', 'y', 2),
    answer('together', 'y', 3, true),
    ...[1, 2, 3, 4].map((q) => answer('done', 'z', q)),
    ...[1, 2, 3, 4].map((q) => answer('alone', 'anna', q)),
    answer('alone', 'bo', 1),
    answer('alone', 'bo', null),
  ];

  it('names what is missing, and leaves out everyone who has answered everything', () => {
    expect(reminderNeeds(4, targets, responses)).toEqual([
      { kind: 'group', groupId: 'together', missing: [3, 4] },
      { kind: 'member', groupId: 'alone', member: targets[2]?.members[1], missing: [2, 3, 4] },
    ]);
  });

  it('can be limited to one group', () => {
    expect(reminderNeeds(4, targets, responses, 'together').map(needKey)).toEqual(['channel|together']);
  });
});
