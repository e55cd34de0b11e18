/**
 * Swedish compounds split without a dictionary, so "distansarbete" meets "distans" and "arbete",
 * and "beslutsvägar" meets "beslut". A long word is cut where its tail (the head of the compound)
 * is a stem the round itself uses and its front is one too, or at least a word of some length;
 * a linking -s- ("besluts|vägar", "kompetens|försörjning") is dropped from the front.
 */
export type CompoundSplitter = (word: string) => string[];

const minWord = 8;
const minPart = 3;
const minUnknownFront = 4;

/**
 * `stemCounts`: how often each stem occurs in the round (non-stopwords); `stem` stems a Swedish
 * word; `isStopword` keeps prefixes such as "för" or "över" from counting as fronts.
 * The splitter gives the stems of the parts, or nothing for a word that is no compound.
 */
export function createCompoundSplitter(
  stemCounts: ReadonlyMap<string, number>,
  stem: (word: string) => string,
  isStopword: (word: string) => boolean,
  minCount = 1,
): CompoundSplitter {
  const known = (candidate: string) =>
    candidate.length >= minPart && (stemCounts.get(candidate) ?? 0) >= minCount;
  const cache = new Map<string, string[]>();

  function front(part: string): { stem: string; known: boolean } | null {
    if (isStopword(part)) return null;
    const bare = part.endsWith('s') && part.length > minPart ? part.slice(0, -1) : part;
    for (const candidate of bare === part ? [part] : [bare, part]) {
      if (known(candidate)) return { stem: candidate, known: true };
      const stemmed = stem(candidate);
      if (known(stemmed)) return { stem: stemmed, known: true };
    }
    if (bare.length < minUnknownFront || isStopword(bare)) return null;
    return { stem: stem(bare), known: false };
  }

  function split(word: string, depth: number): string[] {
    if (word.length < minWord || depth > 2) return [];
    let best: { parts: string[]; score: number } | null = null;
    for (let cut = minPart; cut <= word.length - minPart; cut++) {
      const tail = word.slice(cut);
      const tailStem = stem(tail);
      if (!known(tailStem) || isStopword(tail)) continue;
      const head = front(word.slice(0, cut));
      if (!head) continue;
      // Both parts known beats one; then the most even cut, then the longest tail.
      const score = (head.known ? 1000 : 0) + Math.min(cut, tail.length) * 10 + tail.length / 100;
      if (!best || score > best.score) {
        const frontParts = head.known ? split(word.slice(0, cut), depth + 1) : [];
        const tailParts = split(tail, depth + 1);
        best = {
          parts: [
            ...(frontParts.length > 0 ? frontParts : [head.stem]),
            ...(tailParts.length > 0 ? tailParts : [tailStem]),
          ],
          score,
        };
      }
    }
    return best ? best.parts : [];
  }

  return (word) => {
    const cached = cache.get(word);
    if (cached) return cached;
    const parts = split(word, 0);
    cache.set(word, parts);
    return parts;
  };
}
