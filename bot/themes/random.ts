/**
 * A small seeded generator (mulberry32), so the same answers give the same themes every time:
 * Math.random would make two runs of one round disagree.
 */
export type Random = () => number;

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` distinct indices out of `0..total-1`, in increasing order (a partial Fisher–Yates shuffle). */
export function sampleIndices(total: number, count: number, random: Random): Int32Array {
  if (count >= total) return Int32Array.from({ length: total }, (_, i) => i);
  const pool = Int32Array.from({ length: total }, (_, i) => i);
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random() * (total - i));
    const swap = pool[i] as number;
    pool[i] = pool[j] as number;
    pool[j] = swap;
  }
  return pool.slice(0, count).sort();
}
