import { useCallback, useState } from 'react';
import { earlierReminderAt } from '../../api/apiError';
import type { ActionOutcome, RoundAction, RunOptions } from './useRoundAction';

type Run = (key: string, action: RoundAction, body: object, options?: RunOptions) => Promise<ActionOutcome>;
type Pending = { key: string; body: { groupId?: string }; lastReminderAt: string };

/**
 * "Påminn nu" for the round or one group. Within two hours of an earlier reminder the server
 * answers 409 with its time; the tab then asks, and sends again with `confirmed: true`.
 */
export function useRemind(run: Run) {
  const [pending, setPending] = useState<Pending | null>(null);

  const remind = useCallback(
    async (groupId?: string) => {
      const key = groupId ? `remind|${groupId}` : 'remind';
      const body = groupId ? { groupId } : {};
      const outcome = await run(key, 'remind', body, { quiet: (error) => earlierReminderAt(error) !== null });
      const lastReminderAt = outcome.ok ? null : earlierReminderAt(outcome.error);
      if (lastReminderAt) setPending({ key, body, lastReminderAt });
    },
    [run],
  );

  const confirm = useCallback(async () => {
    if (!pending) return;
    await run(pending.key, 'remind', { ...pending.body, confirmed: true });
    setPending(null);
  }, [pending, run]);

  const cancel = useCallback(() => setPending(null), []);

  return { remind, pending, confirm, cancel };
}
