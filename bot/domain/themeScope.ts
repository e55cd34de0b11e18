import type { ThemeInput } from '../themes/types';
import { ValidationError } from './errors';
import { type Response, themeInputId } from './response';

/** The round-wide scopes a compilation is made for: the whole round, or one question. */
export type CompiledScope = { kind: 'round' } | { kind: 'question'; number: number };

/** Reads `round` or `question|<n>`; anything else (a group's own scope, junk) is refused. */
export function parseCompiledScope(scope: string, questionCount: number): CompiledScope {
  if (scope === 'round') return { kind: 'round' };
  const match = /^question\|(\d{1,2})$/.exec(scope);
  const number = Number(match?.[1]);
  if (!match || number < 1 || number > questionCount) {
    throw new ValidationError(`no such scope: ${scope.slice(0, 40)}`, 'scope', 'invalid');
  }
  return { kind: 'question', number };
}

/** The live answers a round-wide scope's themes are found from, as the engine reads them. */
export function scopeInputs(scope: CompiledScope, responses: readonly Response[]): ThemeInput[] {
  return responses
    .filter(
      (response) =>
        response.withdrawnAt === null && (scope.kind === 'round' || response.questionNumber === scope.number),
    )
    .map(themeInput);
}

export function themeInput(response: Response): ThemeInput {
  return {
    id: themeInputId(response),
    text: response.text,
    group: response.groupId,
    ...(response.questionNumber !== null ? { question: response.questionNumber } : {}),
  };
}
