import type { Response } from '../domain/response';
import type { Stored } from '../storage/stored';
import type { StoredThemes } from '../storage/themeRepository';

/**
 * The costly reads of a round the tab polls — its answers (for counting) and its stored themes —
 * shared for a few seconds. A meeting room of leaders polls the same round every 5 s, and a large
 * round's answers take a few hundred milliseconds to read. This instance forgets a round at once
 * when it learns of a change; a change made through another instance shows within the lifetime,
 * well inside the 10 s the tab promises.
 */
export type RoundReads = {
  answers(roundId: string): Promise<Stored<Response>[]>;
  themes(roundId: string): Promise<StoredThemes[]>;
  forget(roundId: string): void;
};

export type RoundReadSources = {
  answers(roundId: string): Promise<Stored<Response>[]>;
  themes(roundId: string): Promise<StoredThemes[]>;
};

export function createRoundReads(
  sources: RoundReadSources,
  options: { lifetimeMs: number; clock: () => number } = { lifetimeMs: 3000, clock: Date.now },
): RoundReads {
  const answers = new Map<string, { at: number; value: Promise<Stored<Response>[]> }>();
  const themes = new Map<string, { at: number; value: Promise<StoredThemes[]> }>();

  function shared<T>(
    cache: Map<string, { at: number; value: Promise<T> }>,
    roundId: string,
    read: () => Promise<T>,
  ) {
    const now = options.clock();
    const held = cache.get(roundId);
    if (held && now - held.at < options.lifetimeMs) return held.value;
    const value = read();
    cache.set(roundId, { at: now, value });
    // A failed read is not shared: the next caller tries again.
    value.catch(() => {
      if (cache.get(roundId)?.value === value) cache.delete(roundId);
    });
    if (cache.size > 200)
      for (const [key, entry] of cache) if (now - entry.at >= options.lifetimeMs) cache.delete(key);
    return value;
  }

  return {
    answers: (roundId) => shared(answers, roundId, () => sources.answers(roundId)),
    themes: (roundId) => shared(themes, roundId, () => sources.themes(roundId)),
    forget: (roundId) => {
      answers.delete(roundId);
      themes.delete(roundId);
    },
  };
}
