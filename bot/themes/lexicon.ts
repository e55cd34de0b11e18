/**
 * A Swedish word list with its inflection rules (a Hunspell dictionary), read for three things the
 * round's own words cannot tell: the base form of a written word ("sjukfrånvaron" →
 * "sjukfrånvaro"), the parts of a compound even when the round never uses them alone
 * ("kompetensförsörjningen" → "kompetens" + "försörjning"), and whether a word is a name
 * ("Halmstad", "Skype") rather than a word of the language.
 *
 * Only analysis is done, never generation: a written word is matched against the suffix rules
 * that could have made it, so nothing grows with the size of the dictionary but the word map.
 */

export type Lexicon = {
  /** Base forms the lower-case word can be an inflection of; empty when the word is unknown. */
  baseForms(word: string): string[];
  /** The word is listed only with a capital: a place, a person or a product. */
  isName(word: string): boolean;
  /** Base forms of the parts of a compound, first to last; empty for a word that is not one. */
  compoundParts(word: string): string[];
};

type Rule = { flag: string; strip: string; add: string; addFlags: string; condition: RegExp };

/** Flags as the Swedish dictionary sets them (its .aff file names them). */
type CompoundFlags = {
  begin: string;
  middle: string;
  end: string;
  onlyInCompound: string;
  needAffix: string;
};

const minPart = 3;
/** A word the list knows as a whole is split only into parts this long, so "digitala" stays whole. */
const minPartOfKnownWord = 4;
const minCompound = 7;

export function parseLexicon(aff: string, dic: string): Lexicon {
  const flags: CompoundFlags = { begin: 'X', middle: 'U', end: 'Y', onlyInCompound: 'Z', needAffix: '' };
  const rulesByAdd = new Map<string, Rule[]>();
  let longestAdd = 0;
  for (const line of aff.split('\n')) {
    const fields = line.trim().split(/\s+/);
    const [kind, a, b, c, d] = fields;
    if (kind === 'COMPOUNDBEGIN' && a) flags.begin = a;
    else if (kind === 'COMPOUNDMIDDLE' && a) flags.middle = a;
    else if (kind === 'COMPOUNDEND' && a) flags.end = a;
    else if (kind === 'ONLYINCOMPOUND' && a) flags.onlyInCompound = a;
    else if (kind === 'NEEDAFFIX' && a) flags.needAffix = a;
    // A rule line has five fields; the header of a rule group has a Y/N in the third.
    if (kind !== 'SFX' || !a || !b || !c || d === undefined || /^[YN]$/.test(b)) continue;
    const [addText, addFlags = ''] = c.split('/');
    const add = addText === '0' ? '' : (addText ?? '');
    const rule: Rule = {
      flag: a,
      strip: b === '0' ? '' : b,
      add,
      addFlags,
      condition: new RegExp(`(?:${d === '.' ? '' : d})$`, 'u'),
    };
    const list = rulesByAdd.get(add) ?? [];
    list.push(rule);
    rulesByAdd.set(add, list);
    longestAdd = Math.max(longestAdd, add.length);
  }

  const entries = new Map<string, string>();
  const capitalised = new Set<string>();
  for (const line of dic.split('\n').slice(1)) {
    const slash = line.indexOf('/');
    const word = (slash < 0 ? line : line.slice(0, slash)).trim();
    if (word === '') continue;
    const entryFlags = slash < 0 ? '' : line.slice(slash + 1).trim();
    entries.set(word, (entries.get(word) ?? '') + entryFlags);
    if (/^\p{Lu}/u.test(word)) capitalised.add(word.toLowerCase());
  }
  const lowerKnown = (word: string) => entries.has(word);

  /** Bases the word can come from by one suffix rule, each with the flags the rule left on it. */
  function derivations(word: string): { base: string; addFlags: string; standalone: boolean }[] {
    const found: { base: string; addFlags: string; standalone: boolean }[] = [];
    const own = entries.get(word);
    if (own !== undefined) {
      const standalone =
        !own.includes(flags.onlyInCompound) && !(flags.needAffix && own.includes(flags.needAffix));
      found.push({ base: word, addFlags: own, standalone });
    }
    for (let length = 0; length <= Math.min(longestAdd, word.length - 1); length++) {
      const rules = rulesByAdd.get(word.slice(word.length - length));
      if (!rules) continue;
      for (const rule of rules) {
        const base = word.slice(0, word.length - length) + rule.strip;
        const baseFlags = entries.get(base);
        if (baseFlags === undefined || !baseFlags.includes(rule.flag) || !rule.condition.test(base)) continue;
        found.push({
          base,
          addFlags: rule.addFlags,
          standalone: !rule.addFlags.includes(flags.onlyInCompound),
        });
      }
    }
    return found;
  }

  const baseCache = new Map<string, string[]>();
  function baseForms(word: string): string[] {
    const cached = baseCache.get(word);
    if (cached) return cached;
    const bases = [
      ...new Set(
        derivations(word)
          .filter((d) => d.standalone)
          .map((d) => d.base),
      ),
    ];
    baseCache.set(word, bases);
    return bases;
  }

  /** The base of a part that may stand first (or in the middle) of a compound. */
  function leading(part: string, first: boolean): string | undefined {
    const wanted = first ? flags.begin : flags.middle;
    for (const { base, addFlags } of derivations(part)) {
      if (base === part ? (entries.get(base) ?? '').includes(wanted) : addFlags.includes(wanted)) return base;
    }
    return undefined;
  }

  function ending(part: string): string | undefined {
    for (const { base, standalone } of derivations(part)) {
      if (standalone && (entries.get(base) ?? '').includes(flags.end)) return base;
    }
    return undefined;
  }

  function split(word: string, first: boolean, min: number, depth: number): string[] | undefined {
    let best: string[] | undefined;
    for (let cut = word.length - min; cut >= min; cut--) {
      const head = leading(word.slice(0, cut), first);
      if (head === undefined) continue;
      const tail = word.slice(cut);
      const last = ending(tail);
      const parts =
        last !== undefined
          ? [head, last]
          : depth < 3
            ? (() => {
                const rest = split(tail, false, min, depth + 1);
                return rest ? [head, ...rest] : undefined;
              })()
            : undefined;
      // Fewest parts first; among those the longest head, as the loop runs from the longest cut.
      if (parts && (!best || parts.length < best.length)) best = parts;
      if (best?.length === 2) break;
    }
    return best;
  }

  const partCache = new Map<string, string[]>();
  return {
    baseForms,
    isName: (word) => capitalised.has(word) && !lowerKnown(word) && baseForms(word).length === 0,
    compoundParts(word) {
      const cached = partCache.get(word);
      if (cached) return cached;
      const min = baseForms(word).length > 0 ? minPartOfKnownWord : minPart;
      const parts = word.length >= minCompound ? (split(word, true, min, 0) ?? []) : [];
      partCache.set(word, parts);
      return parts;
    },
  };
}
