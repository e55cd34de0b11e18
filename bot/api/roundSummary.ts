import type { Round } from '../domain/round';
import { type GroupProgress, roundProgress } from '../domain/roundProgress';
import { sampleRoundId } from '../domain/sampleRound';
import type { RoundHeader, RoundSummary } from './contract';

/** A round as the tab lists it, with progress over the groups the caller may see. */
export function roundSummary(
  round: Round,
  groups: readonly GroupProgress[],
  forMember: boolean,
): RoundSummary {
  return { ...roundHeader(round), progress: roundProgress(groups, forMember) };
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
