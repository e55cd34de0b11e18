import { responseSourceKey } from '../../bot/domain/response';

describe('responseSourceKey', () => {
  it('identifies a message part by activity id and part', () => {
    expect(responseSourceKey({ kind: 'message', activityId: '1700', part: 2 })).toBe('msg:1700:2');
  });

  it('identifies a card answer by person and question, so a resubmit replaces it', () => {
    const first = responseSourceKey({ kind: 'card', personId: 'oid-a', questionNumber: 3 });
    const again = responseSourceKey({ kind: 'card', personId: 'oid-a', questionNumber: 3 });

    expect(first).toBe(again);
    expect(responseSourceKey({ kind: 'card', personId: 'oid-a', questionNumber: null })).toBe(
      'card:oid-a:general',
    );
  });
});
