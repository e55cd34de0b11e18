import { useCallback, useEffect, useState } from 'react';
import { ApiError, describeError } from '../../api/apiError';
import { compilationEditPath, compilationPath, compilationPublishPath } from '../../api/paths';
import type { CompilationView } from '../../api/types';
import { useLoad } from '../../hooks/useLoad';
import { useTexts } from '../../i18n';
import { useSession } from '../../session/session';

/** One correction as the API takes it (bot/domain/compilation.ts CompilationEdit). */
export type Edit =
  | { kind: 'rename'; themeId: string; label: string }
  | { kind: 'merge'; themeIds: string[] }
  | { kind: 'split'; themeId: string; answerIds: string[]; label: string }
  | { kind: 'move'; answerIds: string[]; to: { kind: 'theme'; themeId: string } | { kind: 'other' } }
  | { kind: 'conclude'; themeId: string; conclusion: string }
  | { kind: 'markLesson'; themeId: string; lesson: boolean }
  | { kind: 'pin'; themeId: string; position: number | null }
  | { kind: 'pickQuotes'; themeId: string; answerIds: string[] }
  | { kind: 'hideQuote'; themeId: string; answerId: string; hidden: boolean };

/** What happened to the last step, for the live region: done, or refused and why. */
export type Outcome = { kind: 'done' | 'refused' | 'stale'; message: string; at: number };

export type CompilationState = {
  draft: CompilationView | null;
  loadError: unknown;
  refresh: () => void;
  working: boolean;
  outcome: Outcome | null;
  /** Makes one correction on the version shown; resolves to a refusal to show, or null once saved. */
  edit: (edit: Edit, done: string) => Promise<string | null>;
  publish: (done: string) => Promise<string | null>;
  /** Bumped after every saved change, so the answer list and history ask again. */
  changes: number;
};

/**
 * A scope's draft and the steps on it. Every step names the version it was made on; when another
 * compiler got there first the server refuses it (409) with the current draft, which replaces the
 * one shown so the compiler sees what changed and can make their step again.
 */
export function useCompilation(roundId: string, scope: string, enabled: boolean): CompilationState {
  const t = useTexts();
  const { api } = useSession();
  const load = useCallback(
    (signal: AbortSignal) => api.get<CompilationView>(compilationPath(roundId, scope), signal),
    [api, roundId, scope],
  );
  const loaded = useLoad(enabled ? load : null);
  const [draft, setDraft] = useState<CompilationView | null>(null);
  const [working, setWorking] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [changes, setChanges] = useState(0);

  useEffect(() => {
    setDraft(loaded.data);
  }, [loaded.data]);

  const send = useCallback(
    async (path: string, body: object, done: string): Promise<string | null> => {
      if (!draft) return null;
      setWorking(true);
      try {
        const next = await api.post<CompilationView>(path, { scope, version: draft.version, ...body });
        setDraft(next);
        setChanges((n) => n + 1);
        setOutcome({ kind: 'done', message: done, at: Date.now() });
        return null;
      } catch (error) {
        const current =
          error instanceof ApiError && error.status === 409 ? error.body?.compilation : undefined;
        const message = describeError(error, t);
        if (current) {
          setDraft(current);
          setChanges((n) => n + 1);
        }
        setOutcome({ kind: current ? 'stale' : 'refused', message, at: Date.now() });
        return message;
      } finally {
        setWorking(false);
      }
    },
    [api, draft, scope, t],
  );

  return {
    // Until the new scope's draft is in, the last one is of another scope: show none.
    draft: [draft, loaded.data].find((shown) => shown?.scope === scope) ?? null,
    loadError: loaded.error,
    refresh: loaded.refresh,
    working,
    outcome,
    edit: (edit, done) => send(compilationEditPath(roundId), { edit }, done),
    publish: (done) => send(compilationPublishPath(roundId), {}, done),
    changes,
  };
}
