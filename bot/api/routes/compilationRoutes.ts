import { z } from 'zod';
import { NotFoundError, ValidationError } from '../../domain/errors';
import type { Locale } from '../../domain/locale';
import type { Person } from '../../domain/person';
import { describeCompilationError } from '../../i18n/compilationError';
import { messagesFor } from '../../i18n/messages';
import { type CompilationDraft, StaleCompilationError } from '../../usecases/compilationEditing';
import type { ApiDeps } from '../apiDeps';
import { ApiError } from '../apiError';
import { callerOf } from '../callerOf';
import { compilationChangeView, compilationView } from '../compilationView';
import { type ApiRequest, type ApiRoute, ok } from '../http';

// Generous caps on shape only: the exact limits (80-character names, 2,000-character
// conclusions, 500 answers an edit) are the domain's, which says what is wrong in Swedish.
const id = z.string().min(1).max(300);
const answerIds = z.array(id).max(1000);
const themeId = id;
const edit = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('rename'), themeId, label: z.string().max(1000) }).strict(),
  z.object({ kind: z.literal('merge'), themeIds: z.array(id).max(100) }).strict(),
  z.object({ kind: z.literal('split'), themeId, answerIds, label: z.string().max(1000) }).strict(),
  z
    .object({
      kind: z.literal('move'),
      answerIds,
      to: z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('theme'), themeId }).strict(),
        z.object({ kind: z.literal('other') }).strict(),
      ]),
    })
    .strict(),
  z.object({ kind: z.literal('conclude'), themeId, conclusion: z.string().max(10_000) }).strict(),
  z.object({ kind: z.literal('markLesson'), themeId, lesson: z.boolean() }).strict(),
  z.object({ kind: z.literal('pin'), themeId, position: z.number().nullable() }).strict(),
  z.object({ kind: z.literal('pickQuotes'), themeId, answerIds: z.array(id).max(20) }).strict(),
  z.object({ kind: z.literal('hideQuote'), themeId, answerId: id, hidden: z.boolean() }).strict(),
]);
const scope = z.string().min(1).max(40);
const version = z.string().max(200).nullable();
const editBody = z.object({ scope, version, edit }).strict();
const publishBody = z.object({ scope, version }).strict();
const compilersBody = z.object({ compilers: z.array(z.string().max(1000)).max(100) }).strict();

/**
 * The Sammanställning API, for coordinators: read a scope's draft, correct it, publish it, and
 * read the round's history. An edit or publish names the version it was made on; a stale one is
 * answered 409 with the current draft, which the tab shows for the compiler to redo their change.
 */
export function compilationRoutes(deps: ApiDeps): ApiRoute[] {
  return [
    {
      method: 'GET',
      path: '/api/rounds/:id/compilation',
      handle: async (request) => {
        const { caller } = await who(deps, request);
        return answer(deps, request, () =>
          deps.app.compilation.draft(caller, request.params.id ?? '', request.query.get('scope') ?? 'round'),
        );
      },
    },
    {
      method: 'POST',
      path: '/api/rounds/:id/compilation/edit',
      handle: async (request) => {
        const { caller, person } = await who(deps, request);
        const body = editBody.parse(request.body ?? {});
        const target = { roundId: request.params.id ?? '', scope: body.scope, etag: body.version };
        return answer(deps, request, () =>
          deps.app.compilation.edit(caller, person, target, body.edit, deps.now()),
        );
      },
    },
    {
      method: 'POST',
      path: '/api/rounds/:id/compilation/publish',
      handle: async (request) => {
        const { caller, person } = await who(deps, request);
        const body = publishBody.parse(request.body ?? {});
        const target = { roundId: request.params.id ?? '', scope: body.scope, etag: body.version };
        return answer(deps, request, () => deps.app.compilation.publish(caller, person, target, deps.now()));
      },
    },
    {
      method: 'POST',
      path: '/api/rounds/:id/compilers',
      handle: async (request) => {
        const { caller } = await who(deps, request);
        const body = compilersBody.parse(request.body ?? {});
        try {
          const compilers = await deps.app.compilation.nameCompilers(
            caller,
            request.params.id ?? '',
            body.compilers,
            deps.now(),
          );
          return ok({ compilers });
        } catch (error) {
          throw refusal(error, request.locale, () => '');
        }
      },
    },
    {
      method: 'GET',
      path: '/api/rounds/:id/compilation/history',
      handle: async (request) => {
        const { caller } = await who(deps, request);
        const changes = await deps.app.compilation.history(caller, request.params.id ?? '');
        return ok({ changes: changes.map(compilationChangeView) });
      },
    },
  ];
}

async function who(
  deps: ApiDeps,
  request: ApiRequest,
): Promise<{ caller: ReturnType<typeof callerOf>; person: Person }> {
  const identity = await deps.authenticate(request.authorization);
  return { caller: callerOf(deps, identity), person: { id: identity.objectId, name: identity.name } };
}

async function answer(deps: ApiDeps, request: ApiRequest, act: () => Promise<CompilationDraft>) {
  const groupName = await deps.app.groups.names(request.locale);
  try {
    return ok(compilationView(await act(), groupName));
  } catch (error) {
    throw refusal(error, request.locale, groupName);
  }
}

/** A refused correction, said as the compiler needs it; anything else goes on to the error reply. */
function refusal(error: unknown, locale: Locale, groupName: (groupId: string) => string): unknown {
  if (error instanceof StaleCompilationError) {
    return new ApiError(409, 'conflict', messagesFor(locale).compilation.errors.stale, {
      compilation: compilationView(error.current, groupName),
    });
  }
  if (error instanceof ValidationError)
    return new ApiError(400, 'invalid_request', describeCompilationError(error, locale));
  if (error instanceof NotFoundError && error.entity !== 'round') {
    return new ApiError(404, 'not_found', describeCompilationError(error, locale));
  }
  return error;
}
