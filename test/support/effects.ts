import type { Effects } from '../../bot/usecases/effects';

export type RecordedEffects = Effects & { calls: string[] };

/**
 * Effects that only note what was asked of them, for tests and benchmarks that drive the workers
 * themselves: `calls` reads like "remindersQueued", "answersChanged r1".
 */
export function recordedEffects(): RecordedEffects {
  const calls: string[] = [];
  return {
    calls,
    deliveryQueued: () => calls.push('deliveryQueued'),
    remindersQueued: () => calls.push('remindersQueued'),
    answersChanged: (roundId) => calls.push(`answersChanged ${roundId}`),
    roundChanged: (roundId) => calls.push(`roundChanged ${roundId}`),
    themesNeeded: async (roundId) => {
      calls.push(`themesNeeded ${roundId}`);
    },
    themesWanted: (roundId) => calls.push(`themesWanted ${roundId}`),
  };
}
