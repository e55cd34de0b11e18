import type { Response } from './response';
import { themeInputId } from './response';

/**
 * How many different people stand behind a scope's themes. Counted twice, and the smaller count
 * wins: among the answers the stored themes were computed from (what the quotes can come from),
 * and among the answers there now (someone may have withdrawn since). Either way a group of two
 * cannot have its themes read as one person's words.
 */
export function peopleBehind(
  storedAnswerIds: readonly string[],
  liveInScope: readonly Response[],
  authorOf: ReadonlyMap<string, string>,
): number {
  const stored = new Set(storedAnswerIds.flatMap((id) => authorOf.get(id) ?? []));
  const now = new Set(liveInScope.map((response) => response.author.id));
  return Math.min(stored.size, now.size);
}

/** Answer id in theme results → author id, over all of a round's answers, withdrawn ones too. */
export function authorsOfAnswers(responses: readonly Response[]): Map<string, string> {
  return new Map(responses.map((response) => [themeInputId(response), response.author.id]));
}
