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

export type WordKind = 'noun' | 'verb' | 'adjective' | 'other';
/** A word as a heading uses it; `plural`, `neuter` and `genitive` are told for nouns. */
export type Headword = {
  kind: WordKind;
  heading: string;
  plural?: boolean;
  neuter?: boolean;
  genitive?: boolean;
};

export type Lexicon = {
  /** Base forms the lower-case word can be an inflection of; empty when the word is unknown. */
  baseForms(word: string): string[];
  /**
   * What kind of word it is, and the form a heading uses: a noun without its article, in the
   * plural when it was written in the plural ("kommunerna" → "kommuner", "vårdskulden" →
   * "vårdskuld"); other words as written. Undefined for a word the list does not know.
   */
  headword(word: string): Headword | undefined;
  /** The word is listed only with a capital: a place, a person or a product. */
  isName(word: string): boolean;
  /** Base forms of the parts of a compound, first to last; empty for a word that is not one. */
  compoundParts(word: string): string[];
};

type Rule = { flag: string; strip: string; add: string; addFlags: string; condition: RegExp };
type Derivation = { base: string; flag: string; add: string; addFlags: string; standalone: boolean };

/**
 * Word kinds read off the Swedish dictionary's suffix classes (named in its .aff file): verbs
 * take the present -r and the past forms (m, M, N; the second conjugation K and L on an
 * infinitive in -a, "hjälpa"), adjectives the -a/-t forms (O), nouns the definite and plural
 * forms (B–J). A word with none of them is a particle, adverb or the like.
 */
function kindOf(entryFlags: string, word: string): WordKind {
  if (/[mMN]/.test(entryFlags)) return 'verb';
  if (entryFlags.includes('K') && entryFlags.includes('L') && word.endsWith('a') && !entryFlags.includes('O'))
    return 'verb';
  if (entryFlags.includes('O')) return 'adjective';
  if (/[BCDEFGHIJ]/.test(entryFlags)) return 'noun';
  return 'other';
}
/** Classes that make nouns of verbs: "lidandet", "samverkan". */
const nounMaking = 'BEF';
/** Plural classes: stolar, katter, dagar, fötter. */
const pluralFlags = 'GHIJ';

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
  const rulesByFlag = new Map<string, Rule[]>();
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
    rulesByFlag.set(a, [...(rulesByFlag.get(a) ?? []), rule]);
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

  /** Bases the word can come from by one suffix rule (or as it stands), with the rule's traits. */
  function derivations(word: string): Derivation[] {
    const found: Derivation[] = [];
    const own = entries.get(word);
    if (own !== undefined) {
      const standalone =
        !own.includes(flags.onlyInCompound) && !(flags.needAffix && own.includes(flags.needAffix));
      found.push({ base: word, flag: '', add: '', addFlags: own, standalone });
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
          flag: rule.flag,
          add: rule.add,
          addFlags: rule.addFlags,
          standalone: !rule.addFlags.includes(flags.onlyInCompound),
        });
      }
    }
    return found;
  }

  /** The indefinite plural of a noun: "kommuner", "möten"; the base itself for "beslut". */
  function pluralOf(base: string): string {
    const entryFlags = entries.get(base) ?? '';
    const forms: string[] = [];
    for (const flag of entryFlags) {
      const neuterPlural = flag === 'E' && entryFlags.includes('F');
      if (!pluralFlags.includes(flag) && !neuterPlural) continue;
      for (const rule of rulesByFlag.get(flag) ?? []) {
        if (!base.endsWith(rule.strip) || !rule.condition.test(base)) continue;
        const form = base.slice(0, base.length - rule.strip.length) + rule.add;
        if (!/(?:s|na)$/u.test(form)) forms.push(form);
      }
    }
    return forms.sort((a, b) => a.length - b.length || (a < b ? -1 : 1))[0] ?? base;
  }

  /** Neuter nouns take the -et/-t definite classes (B, C): "beslutet", "mötet". */
  function isNeuter(base: string): boolean {
    return /[BC]/.test(entries.get(base) ?? '');
  }

  function isPlural({ base, flag, add }: Derivation): boolean {
    return (
      pluralFlags.includes(flag) ||
      /nas?$/u.test(add) ||
      (flag === 'E' && (entries.get(base) ?? '').includes('F'))
    );
  }

  function simpleHeadword(word: string): Headword | undefined {
    const found = derivations(word).filter((d) => d.standalone);
    if (found.length === 0) return undefined;
    // A word listed as it stands is what the list says it is ("fatta" is a verb, not a form of
    // "fatt"); otherwise a reading as a noun wins ("möten" from "möte").
    const own = found.find((d) => d.base === word);
    if (own) {
      const kind = kindOf(entries.get(word) ?? '', word);
      return kind === 'noun'
        ? { kind, heading: word, plural: false, neuter: isNeuter(word) }
        : { kind, heading: word };
    }
    const noun = found.find((d) => kindOf(entries.get(d.base) ?? '', d.base) === 'noun');
    if (noun) {
      const plural = isPlural(noun);
      return {
        kind: 'noun',
        heading: plural ? pluralOf(noun.base) : noun.base,
        plural,
        neuter: isNeuter(noun.base),
        // Every genitive ends in -s ("kommunernas", "regionens"); no other noun form made by a rule does.
        genitive: noun.add.endsWith('s'),
      };
    }
    // A noun made from a verb by a noun class ("samverka" → "samverkan") is a noun as written.
    if (
      found.some((d) => nounMaking.includes(d.flag) && kindOf(entries.get(d.base) ?? '', d.base) === 'verb')
    ) {
      return { kind: 'noun', heading: word, plural: false, neuter: false };
    }
    return {
      kind: kindOf(entries.get((found[0] as Derivation).base) ?? '', (found[0] as Derivation).base),
      heading: word,
    };
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

  /** Where the last part of a compound starts, for a word the list does not know whole. */
  function lastPartStart(word: string): number | undefined {
    if (word.length < minCompound) return undefined;
    for (let cut = minPart; cut <= word.length - minPart; cut++) {
      const tail = word.slice(cut);
      if (ending(tail) === undefined) continue;
      const front = word.slice(0, cut);
      if (leading(front, true) !== undefined || split(front, true, minPart, 1)) return cut;
    }
    return undefined;
  }

  const headCache = new Map<string, Headword | undefined>();
  const partCache = new Map<string, string[]>();
  return {
    baseForms,
    headword(word) {
      if (headCache.has(word)) return headCache.get(word);
      let found = simpleHeadword(word);
      if (!found) {
        const cut = lastPartStart(word);
        const tail = cut === undefined ? undefined : simpleHeadword(word.slice(cut));
        if (cut !== undefined && tail) found = { ...tail, heading: word.slice(0, cut) + tail.heading };
      }
      headCache.set(word, found);
      return found;
    },
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
