import { questionsAnswered } from '../domain/answerProgress';
import type { GroupDeliverySummary } from '../domain/delivery';
import type { Response } from '../domain/response';
import type { RoundStatus } from '../domain/roundProgress';
import type { RoundTarget } from '../domain/target';
import type { DeliveryState, GroupStatusView, RoundStatusView } from './contract';
import { roundSummary } from './roundSummary';
import { viewVersion } from './viewVersion';

export type StatusViewInput = {
  status: RoundStatus;
  targets: readonly RoundTarget[];
  /** The round's answers that are not withdrawn. */
  live: readonly Response[];
  /** The groups the caller may see: the round's progress counts these. */
  visible: ReadonlySet<string>;
  /** The groups shown: those visible, or the one asked for. */
  shown: ReadonlySet<string>;
  /**
   * Set for a member: they see their group's progress, but of the people in it only themselves;
   * who else has not answered yet is for the coordinator to know.
   */
  onlyPerson?: string;
};

/** The status of a round for the tab: per group, delivery, answers per question and people. */
export function statusView(input: StatusViewInput): RoundStatusView {
  const { status, targets, live, shown, onlyPerson } = input;
  const questions = status.round.questions;
  const groups = status.groups.filter((group) => shown.has(group.groupId));
  const visible = status.groups.filter((group) => input.visible.has(group.groupId));
  const views = groups.map((group): GroupStatusView => {
    const own = live.filter((response) => response.groupId === group.groupId);
    const members = targets.find((target) => target.groupId === group.groupId)?.members ?? [];
    return {
      groupId: group.groupId,
      name: group.name,
      mode: group.mode,
      delivery: deliveryOf(group.delivery),
      answeredPerQuestion: questions.map(
        (question) => own.filter((response) => response.questionNumber === question.number).length,
      ),
      lastAnswerAt: latest(own),
      people:
        group.mode === 'individual'
          ? members
              .filter((member) => onlyPerson === undefined || sameId(member.id, onlyPerson))
              .map((member) => ({
                id: member.id,
                name: member.name,
                answeredQuestions: [
                  ...questionsAnswered(own.filter((response) => sameId(response.author.id, member.id))),
                ].sort((a, b) => a - b),
              }))
          : null,
    };
  });
  const round = roundSummary(status.round, visible, onlyPerson !== undefined);
  return { round, groups: views, version: viewVersion({ round, views }) };
}

/** One word for a group's prompts: any failure shows first, then any still on the way. */
function deliveryOf(summary: GroupDeliverySummary): GroupStatusView['delivery'] {
  const state: DeliveryState =
    summary.failed > 0 ? 'failed' : summary.pending > 0 ? 'pending' : summary.sent > 0 ? 'sent' : 'none';
  return { state, reason: summary.failures[0]?.reason ?? null };
}

function latest(responses: readonly Response[]): string | null {
  // reduce, not Math.max(...): a large group's answers would overflow the argument list.
  const last = responses.reduce((max, response) => Math.max(max, response.updatedAt.getTime()), -1);
  return last >= 0 ? new Date(last).toISOString() : null;
}

function sameId(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
