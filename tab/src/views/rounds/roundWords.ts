import type { RoundSummary } from '../../api/types';
import type { Format } from '../../format/useFormat';
import type { Texts } from '../../i18n';

/** The round's deadline (or closing) in words: "Svarstiden går ut fredag 16 oktober kl. 17.00 (om 3 dagar)". */
export function deadlineInWords(round: RoundSummary, t: Texts, format: Format): string {
  if (round.state === 'closed' && round.closedAt) return t.rounds.closedAt(format.dateTime(round.closedAt));
  if (!round.deadline) return t.rounds.noDeadline;
  const when = format.dateTime(round.deadline);
  const relative = format.relative(round.deadline);
  return new Date(round.deadline) > format.now
    ? t.rounds.deadlineAhead(when, relative)
    : t.rounds.deadlinePassed(when, relative);
}

export function stateAppearance(state: RoundSummary['state']): {
  color: 'success' | 'informative' | 'warning';
} {
  if (state === 'open') return { color: 'success' };
  if (state === 'draft') return { color: 'warning' };
  return { color: 'informative' };
}
