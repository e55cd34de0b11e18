import { InvalidStateError, ValidationError } from './errors';
import type { Round, RoundContentInput } from './round';
import { roundContent } from './round';
import type { RoundTarget } from './target';

/**
 * What may happen to a round, and when: a draft is edited, deleted or opened; an open round has
 * its deadline extended or is closed. Each function returns the new round or throws, never mutates.
 */

/** A deadline must leave the groups time to answer: at least this long after opening. */
export const minimumAnswerTimeMs = 60 * 60 * 1000;

export function editDraft(round: Round, content: RoundContentInput, now: Date): Round {
  requireState(round, 'draft', 'edit');
  return { ...round, ...roundContent(content), updatedAt: now };
}

export function setDraftDeadline(round: Round, deadline: Date | null, now: Date): Round {
  requireState(round, 'draft', 'edit');
  if (deadline) requireFutureDeadline(deadline, now);
  return { ...round, deadline, updatedAt: now };
}

export function assertDeletable(round: Round): void {
  requireState(round, 'draft', 'delete');
}

/** Checks everything a launch needs: a future deadline and at least one group, each reachable. */
export function openRound(round: Round, targets: readonly RoundTarget[], now: Date): Round {
  requireState(round, 'draft', 'open');
  if (!round.deadline) throw new ValidationError('The round has no deadline', 'deadline', 'required');
  requireFutureDeadline(round.deadline, now);
  if (targets.length === 0) throw new ValidationError('Choose at least one group', 'groups', 'required');
  for (const target of targets) {
    if (target.mode === 'individual' && target.members.length === 0) {
      throw new ValidationError(
        `Group ${target.groupId} answers individually but has no members`,
        'members',
        'required',
        {
          groupId: target.groupId,
        },
      );
    }
  }
  return { ...round, state: 'open', openedAt: now, updatedAt: now };
}

export function extendDeadline(round: Round, deadline: Date, now: Date): Round {
  requireState(round, 'open', 'extend');
  if (round.deadline && deadline.getTime() <= round.deadline.getTime()) {
    throw new ValidationError('The new deadline must be later than the current one', 'deadline', 'notLater');
  }
  requireFutureDeadline(deadline, now);
  return { ...round, deadline, updatedAt: now };
}

export function closeRound(round: Round, now: Date): Round {
  requireState(round, 'open', 'close');
  return { ...round, state: 'closed', closedAt: now, updatedAt: now };
}

function requireFutureDeadline(deadline: Date, now: Date): void {
  if (deadline.getTime() < now.getTime() + minimumAnswerTimeMs) {
    throw new ValidationError('The deadline must be at least an hour from now', 'deadline', 'tooSoon');
  }
}

function requireState(round: Round, state: Round['state'], action: string): void {
  // Someone else may have moved the round on (opened or closed it) since this user's card was drawn.
  if (round.state !== state) throw new InvalidStateError('round', round.state, action);
}
