import { useCallback, useState } from 'react';
import type { ActionResult } from '../../api/types';
import { useSession } from '../../session/session';

export type RoundAction = 'remind' | 'extend' | 'close' | 'retry' | 'remove';

export type ActionOutcome = { ok: true; message: string } | { ok: false; error: unknown };

export type RunOptions = {
  /** An expected failure the caller handles itself (not shown as an error). */
  quiet?: (error: unknown) => boolean;
};

/**
 * Runs a coordinator's action on a round, one at a time: `working` names the one under way (so
 * its button can show it and the others wait), `outcome` holds the server's answer to show.
 */
export function useRoundAction(roundId: string, onDone: () => void) {
  const { api } = useSession();
  const [working, setWorking] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<ActionOutcome | null>(null);

  const run = useCallback(
    async (
      key: string,
      action: RoundAction,
      body: object,
      options: RunOptions = {},
    ): Promise<ActionOutcome> => {
      setWorking(key);
      setOutcome(null);
      let result: ActionOutcome;
      try {
        const answer = await api.post<ActionResult>(
          `/api/rounds/${encodeURIComponent(roundId)}/${action}`,
          body,
        );
        result = { ok: true, message: answer.message };
      } catch (error) {
        result = { ok: false, error };
      }
      setWorking(null);
      setOutcome(result.ok || !options.quiet?.(result.error) ? result : null);
      if (result.ok) onDone();
      return result;
    },
    [api, roundId, onDone],
  );

  return { working, outcome, run };
}
