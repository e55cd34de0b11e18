import type { Response } from '../domain/response';
import type { StoredThemes, ThemePart } from '../domain/storedThemes';
import type { Stored } from '../storage/stored';

/**
 * The costly reads of a round the tab polls — its answers (for counting) and its stored themes,
 * part by part — shared for a few seconds. A meeting room of leaders polls the same round every
 * 5 s, and a large round's answers take a few hundred milliseconds to read. This instance forgets a
 * round at once when it learns of a change; a change made through another instance shows within
 * the lifetime, well inside the 10 s the tab promises.
 */
export type RoundReads = {
  answers(roundId: string): Promise<Stored<Response>[]>;
  themes(roundId: string, part: ThemePart): Promise<StoredThemes[]>;
  forget(roundId: string): void;
};

export type RoundReadSources = {
  answers(roundId: string): Promise<Stored<Response>[]>;
  themes(roundId: string, part: ThemePart): Promise<StoredThemes[]>;
};

type Held = { roundId: string; at: number; value: Promise<unknown> };

export function createRoundReads(
  sources: RoundReadSources,
  options: { lifetimeMs: number; clock: () => number } = { lifetimeMs: 3000, clock: Date.now },
): RoundReads {
  const cache = new Map<string, Held>();

  function shared<T>(roundId: string, key: string, read: () => Promise<T>): Promise<T> {
    const now = options.clock();
    const held = cache.get(key);
    if (held && now - held.at < options.lifetimeMs) return held.value as Promise<T>;
    const value = read();
    cache.set(key, { roundId, at: now, value });
    // A failed read is not shared: the next caller tries again.
    value.catch(() => {
      if (cache.get(key)?.value === value) cache.delete(key);
    });
    if (cache.size > 500)
      for (const [old, entry] of cache) if (now - entry.at >= options.lifetimeMs) cache.delete(old);
    return value;
  }

  return {
    answers: (roundId) =>
      shared(roundId, JSON.stringify([roundId, 'answers']), () => sources.answers(roundId)),
    themes: (roundId, part) =>
      shared(roundId, JSON.stringify([roundId, 'themes', part.kind === 'round' ? null : part.groupId]), () =>
        sources.themes(roundId, part),
      ),
    forget: (roundId) => {
      for (const [key, entry] of cache) if (entry.roundId === roundId) cache.delete(key);
    },
  };
}
