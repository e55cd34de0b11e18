import { z } from 'zod';
import type { ApiDeps } from '../apiDeps';
import { callerOf } from '../callerOf';
import type { AnswerPageView } from '../contract';
import { type ApiRoute, ok } from '../http';

const pageSize = 50;
const query = z
  .object({
    question: z.coerce.number().int().min(1).max(50).optional(),
    group: z.string().min(1).max(300).optional(),
    theme: z.string().min(1).max(100).optional(),
    q: z.string().max(500).optional(),
    offset: z.coerce.number().int().min(0).max(1_000_000).optional(),
    limit: z.coerce.number().int().min(1).max(200).optional(),
  })
  .strict();

/**
 * GET /api/rounds/:id/answers[?question=&group=&theme=&q=&offset=&limit=]: the answers behind the
 * themes, a page at a time (50 unless `limit` says otherwise, at most 200), searched without
 * regard to case or diacritics.
 */
export function answersRoute(deps: ApiDeps): ApiRoute {
  return {
    method: 'GET',
    path: '/api/rounds/:id/answers',
    handle: async (request) => {
      const identity = await deps.authenticate(request.authorization);
      const params = query.parse(Object.fromEntries(request.query));
      const roundId = request.params.id ?? '';
      const offset = params.offset ?? 0;
      const [page, nameOf] = await Promise.all([
        deps.app.rounds.answerList(callerOf(deps, identity), roundId, {
          question: params.question ?? null,
          groupId: params.group ?? null,
          theme: params.theme ?? null,
          query: params.q ?? '',
          offset,
          limit: params.limit ?? pageSize,
        }),
        deps.app.groups.names(request.locale),
      ]);
      return ok({
        total: page.total,
        offset,
        answers: page.answers.map((answer) => ({
          id: answer.id,
          groupId: answer.groupId,
          groupName: nameOf(answer.groupId),
          question: answer.question,
          text: answer.text,
          createdAt: answer.createdAt.toISOString(),
          author: answer.author?.name ?? null,
          theme: answer.theme,
        })),
        hiddenGroups: page.hiddenGroups.map((groupId) => ({ groupId, name: nameOf(groupId) })),
      } satisfies AnswerPageView);
    },
  };
}
