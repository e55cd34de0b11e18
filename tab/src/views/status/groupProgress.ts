import type { GroupStatusView } from '../../api/types';

/** Whether the group owes nothing: every question answered (by everyone asked, when individual). */
export function isComplete(group: GroupStatusView, questionCount: number): boolean {
  if (group.people) {
    return group.people.length > 0 && group.people.every((p) => p.answeredQuestions.length >= questionCount);
  }
  return group.answeredPerQuestion.length >= questionCount && group.answeredPerQuestion.every((n) => n > 0);
}
