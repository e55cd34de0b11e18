import { membersWhoAnsweredAll, questionsAnswered } from '../../bot/domain/answerProgress';
import type { Response } from '../../bot/domain/response';

function answer(author: string, questionNumber: number | null, withdrawn = false): Response {
  const at = new Date('2026-10-05T10:00:00Z');
  return {
    roundId: 'r1',
    groupId: 'g1',
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

describe('answer progress', () => {
  it('counts a question as answered by any live contribution to it, not general remarks', () => {
    const responses = [answer('a', 1), answer('b', 1), answer('a', 3, true), answer('b', null)];

    expect([...questionsAnswered(responses)]).toEqual([1]);
  });

  it('counts a member once they have answered every question', () => {
    const responses = [
      answer('a', 1),
      answer('a', 2),
      answer('b', 1),
      answer('b', 2, true),
      answer('c', null),
    ];

    expect([...membersWhoAnsweredAll(responses, 2)]).toEqual(['a']);
  });
});
