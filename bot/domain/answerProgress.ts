import type { Response } from './response';

/**
 * How far answers have come. Together, a group has answered a question once anyone in it has
 * written something to it; individually, a member has answered once they have written to every
 * question. Withdrawn contributions and general remarks ("Allmänt") answer no question.
 */
export function questionsAnswered(responses: readonly Response[]): Set<number> {
  return new Set(
    responses
      .filter((response) => response.withdrawnAt === null && response.questionNumber !== null)
      .map((response) => response.questionNumber as number),
  );
}

/** The members (by id) who have answered every one of `questionCount` questions. */
export function membersWhoAnsweredAll(responses: readonly Response[], questionCount: number): Set<string> {
  const byAuthor = new Map<string, Response[]>();
  for (const response of responses) {
    byAuthor.set(response.author.id, [...(byAuthor.get(response.author.id) ?? []), response]);
  }
  return new Set(
    [...byAuthor].filter(([, own]) => questionsAnswered(own).size >= questionCount).map(([author]) => author),
  );
}
