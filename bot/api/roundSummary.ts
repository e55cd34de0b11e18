import type { Round } from '../domain/round';
import type { GroupProgress } from '../domain/roundProgress';
import { sampleRoundId } from '../domain/sampleRound';
import type { RoundHeader, RoundSummary } from './contract';

/** A round as the tab lists it, with progress over the groups the caller may see. */
export function roundSummary(
  round: Round,
  groups: readonly GroupProgress[],
  forMember: boolean,
): RoundSummary {
  return { ...roundHeader(round), progress: progressOf(groups, forMember) };
}

/** A round as a view names it: what needs no answers read. */
export function roundHeader(round: Round): RoundHeader {
  return {
    id: round.id,
    title: round.title,
    state: round.state,
    deadline: round.deadline?.toISOString() ?? null,
    openedAt: round.openedAt?.toISOString() ?? null,
    closedAt: round.closedAt?.toISOString() ?? null,
    demo: round.id === sampleRoundId,
    questions: round.questions.map(({ number, text }) => ({ number, text })),
  };
}

/**
 * A group counts as answered once it has done all it was asked: together, every question has an
 * answer; individually, every member has answered every question. A member following their own
 * group answering individually sees people instead, since one group is one bar of 0 or 1.
 */
function progressOf(groups: readonly GroupProgress[], forMember: boolean): RoundSummary['progress'] {
  if (forMember && groups.length > 0 && groups.every((group) => group.mode === 'individual')) {
    return {
      answered: sum(groups.map((group) => group.answered)),
      targeted: sum(groups.map((group) => group.answerable)),
      unit: 'people',
    };
  }
  return {
    answered: groups.filter((group) => group.answerable > 0 && group.answered >= group.answerable).length,
    targeted: groups.length,
    unit: 'groups',
  };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
