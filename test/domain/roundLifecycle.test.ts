import { InvalidStateError, ValidationError } from '../../bot/domain/errors';
import { createRoundDraft, type Round } from '../../bot/domain/round';
import {
  assertDeletable,
  closeRound,
  editDraft,
  extendDeadline,
  openRound,
  setDraftDeadline,
} from '../../bot/domain/roundLifecycle';
import { defaultRoundTemplate } from '../../bot/domain/roundTemplate';
import type { RoundTarget } from '../../bot/domain/target';

const now = new Date('2026-10-01T08:00:00Z');
const inTwoWeeks = new Date('2026-10-16T15:00:00Z');
const together: RoundTarget = { roundId: 'r1', groupId: 'g1', mode: 'together', members: [] };

function draft(): Round {
  return createRoundDraft(defaultRoundTemplate('sv'), {
    id: 'r1',
    locale: 'sv',
    createdBy: { id: 'oid-karin', name: 'Karin' },
    now,
  });
}

function opened(): Round {
  return openRound(setDraftDeadline(draft(), inTwoWeeks, now), [together], now);
}

describe('the round lifecycle', () => {
  it('opens a draft with a future deadline and a group', () => {
    const round = opened();

    expect(round).toMatchObject({ state: 'open', openedAt: now, deadline: inTwoWeeks });
  });

  it('edits a draft, keeping the texts valid', () => {
    const later = new Date('2026-10-01T09:00:00Z');

    const edited = editDraft(draft(), { ...defaultRoundTemplate('sv'), title: 'Ny titel' }, later);

    expect(edited).toMatchObject({ title: 'Ny titel', updatedAt: later, state: 'draft' });
    expect(() => editDraft(draft(), { ...defaultRoundTemplate('sv'), questions: [] }, later)).toThrow(
      ValidationError,
    );
  });

  it.each([
    ['without a deadline', draft(), [together], 'deadline'],
    ['without groups', setDraftDeadline(draft(), inTwoWeeks, now), [], 'groups'],
    [
      'with an individual group that has no members',
      setDraftDeadline(draft(), inTwoWeeks, now),
      [{ ...together, mode: 'individual' as const }],
      'members',
    ],
  ])('refuses to open a round %s', (_name, round, targets, field) => {
    expect(() => openRound(round, targets, now)).toThrow(expect.objectContaining({ field }));
  });

  it('refuses a deadline in the past or less than an hour away', () => {
    expect(() => setDraftDeadline(draft(), new Date('2026-09-30T08:00:00Z'), now)).toThrow(ValidationError);
    expect(() => setDraftDeadline(draft(), new Date('2026-10-01T08:30:00Z'), now)).toThrow(ValidationError);
  });

  it('refuses to open a round whose deadline has passed since it was set', () => {
    const round = setDraftDeadline(draft(), new Date('2026-10-01T10:00:00Z'), now);

    expect(() => openRound(round, [together], new Date('2026-10-01T11:00:00Z'))).toThrow(ValidationError);
  });

  it('extends an open round’s deadline only to a later time', () => {
    const later = new Date('2026-10-23T15:00:00Z');

    expect(extendDeadline(opened(), later, now).deadline).toBe(later);
    expect(() => extendDeadline(opened(), new Date('2026-10-10T15:00:00Z'), now)).toThrow(ValidationError);
  });

  it('closes an open round early', () => {
    const closing = new Date('2026-10-05T08:00:00Z');

    expect(closeRound(opened(), closing)).toMatchObject({ state: 'closed', closedAt: closing });
  });

  it('allows each step only in its state', () => {
    const closed = closeRound(opened(), now);

    expect(() => assertDeletable(opened())).toThrow(InvalidStateError);
    expect(() => editDraft(opened(), defaultRoundTemplate('sv'), now)).toThrow(InvalidStateError);
    expect(() => openRound(opened(), [together], now)).toThrow(InvalidStateError);
    expect(() => extendDeadline(draft(), inTwoWeeks, now)).toThrow(InvalidStateError);
    expect(() => closeRound(closed, now)).toThrow(InvalidStateError);
    expect(() => assertDeletable(draft())).not.toThrow();
  });
});
