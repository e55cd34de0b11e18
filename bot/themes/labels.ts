/**
 * A theme's label and terms, from the phrases that are frequent in its answers and rare elsewhere
 * (a class-based TF-IDF over phrases). A label is a heading a leader can put on a slide: a noun
 * phrase ("Digitala möten", "Samverkan med kommunerna", "Vårdskuld") with its noun in the form a
 * heading uses, never a name, a verb or a lone adjective; a second phrase joins it with "och" only
 * when the two are said together in the same answers ("Skyddsutrustning och beredskapslager").
 */
import type { Headword, Lexicon } from './lexicon';
import { countPhrases, emptyPhraseCounts, type PhraseCounts } from './phrases';
import type { StemCache } from './stem';
import type { Language } from './types';

export type LabelledPoint = { text: string; language: Language };
export type ThemeWords = { label: string; terms: string[] };
/** What a label is checked against: the word list, when there is one, and the round's names. */
export type LabelWords = { lexicon?: Lexicon | undefined; names: ReadonlySet<string> };

const termCount = 6;
const maxLabelWords = 5;
/** A second phrase joins the label only when it is nearly as characteristic as the first. */
const secondPhraseShare = 0.25;
/** …and only when at least this share of the answers using the rarer phrase use both (and two). */
const togetherShare = 0.5;
/** Percent of a word's points that must use one phrase for the phrase to stand in for the word. */
const widenShare = 40;
const joinWord: Record<Language, string> = { sv: 'och', en: 'and' };

type Scored = {
  key: string;
  /** The words as a heading writes them (a lone noun without its article). */
  heading: string;
  stems: string[];
  words: number;
  count: number;
  form: string;
  score: number;
  fitsLabel: boolean;
};

// Endings of Swedish adjectives and participles ("tydliga", "digitala", "ekonomiskt",
// "förändrade"), and of English adverbs and participles: such a word alone names no theme.
const modifierEnding =
  /(?:ig|igt|iga|lig|ligt|liga|isk|iskt|iska|ell|ellt|ella|al|ala|alt|ade|ande|ende|are|aste|ly|ed)$/u;

/** Words for one theme: `points` are its own (or a sample of them), `all` counts the whole round. */
export function describeTheme(
  points: readonly LabelledPoint[],
  all: PhraseCounts,
  stems: StemCache,
  words: LabelWords = { names: new Set() },
): ThemeWords {
  const swedish = points.filter((point) => point.language === 'sv').length;
  const language: Language = swedish * 2 >= points.length ? 'sv' : 'en';
  // The label is worded in the theme's main language; the terms may show both.
  const own = emptyPhraseCounts();
  const ownInLanguage = emptyPhraseCounts();
  const keysOf: Set<string>[] = [];
  for (const point of points) {
    countPhrases(own, point.text, point.language, stems);
    if (point.language === language)
      keysOf.push(countPhrases(ownInLanguage, point.text, point.language, stems));
  }
  const together = (a: string, b: string) => keysOf.filter((keys) => keys.has(a) && keys.has(b)).length;
  return {
    label: label(score(ownInLanguage, all, language, words), language, together),
    terms: terms(score(own, all, language, words)),
  };
}

/** Counts a whole round's phrases once, for every theme's comparison. */
export function countAll(points: readonly LabelledPoint[], stems: StemCache): PhraseCounts {
  const counts = emptyPhraseCounts();
  for (const point of points) countPhrases(counts, point.text, point.language, stems);
  return counts;
}

function score(own: PhraseCounts, all: PhraseCounts, language: Language, words: LabelWords): Scored[] {
  const minCount = own.points <= 3 ? 1 : 2;
  const scored: Scored[] = [];
  for (const [key, entry] of own.phrases) {
    if (entry.count < minCount) continue;
    const inTheme = entry.count / own.points;
    const everywhere = Math.max(entry.count, all.phrases.get(key)?.count ?? 0) / Math.max(1, all.points);
    // Longer phrases read better in a label, so they win over their own words when nearly as common.
    const lengthBonus = entry.words === 1 ? 1 : entry.words === 2 ? 1.3 : 1.15;
    const form = commonest(entry.forms);
    const heading = headingOf(form, entry, language, words);
    scored.push({
      key,
      heading: heading ?? form,
      stems: entry.stems,
      words: entry.words,
      count: entry.count,
      form,
      score: inTheme * Math.log2(1 + inTheme / everywhere) * lengthBonus,
      fitsLabel: heading !== undefined,
    });
  }
  return scored.sort((a, b) => b.score - a.score || compare(a.key, b.key));
}

/**
 * The phrase as a heading, or undefined when it cannot be one: it must end in a noun, hold no
 * name, and be a noun alone, an adjective and a noun ("Digitala möten"), or two nouns joined by a
 * small word ("Samverkan med kommunerna"). A lone noun drops its article ("Vårdskulden" →
 * "Vårdskuld", "Kommunerna" → "Kommuner"). Without a word list, a word's ending and the round's
 * own forms tell verbs and adjectives apart as well as they can.
 */
function headingOf(
  form: string,
  entry: { forms: ReadonlyMap<string, number>; afterInfinitive: number; count: number; words: number },
  language: Language,
  { lexicon, names }: LabelWords,
): string | undefined {
  const written = form.split(' ');
  const lower = written.map((word) => word.toLowerCase());
  if (lower.some((word) => word.split('-').some((part) => names.has(part)))) return undefined;
  // People wrote it with a capital inside a sentence (the phrase's form keeps such capitals only):
  // a name such as "Teams" or "Västerby", however often it is also a word.
  if (written.some((word) => /^\p{Lu}\p{Ll}/u.test(word))) return undefined;
  // An acronym alone ("RLG", "IVA") is an organisation or a unit, not a heading.
  if (written.length === 1 && /^\p{Lu}{2,}$/u.test(written[0] as string)) return undefined;
  const last = lower[lower.length - 1] as string;
  const head = last.slice(last.lastIndexOf('-') + 1);
  const known = language === 'sv' && lexicon ? lexicon.headword(head) : undefined;
  if (known ? known.kind !== 'noun' : modifierEnding.test(head)) return undefined;
  // "Samverkan med kommunernas" breaks off before what the genitive owns.
  if (known?.genitive) return undefined;
  if (written.length === 1) {
    if (!known && !namesAThing(entry.forms, entry.afterInfinitive, entry.count)) return undefined;
    if (entry.afterInfinitive * 4 >= entry.count) return undefined;
    const word = written[0] as string;
    // Keep an acronym's capitals ("IT-stöd"); a lower-case noun takes its heading form, unless
    // that form is a name of the round ("regionen" → "Region", as in "Region Norrmark").
    const heading = known && word === last ? last.slice(0, last.length - head.length) + known.heading : word;
    return names.has(heading.toLowerCase()) ? undefined : heading;
  }
  const first = lower[0] as string;
  const firstKind = language === 'sv' && lexicon ? lexicon.headword(first)?.kind : undefined;
  if (written.length === 2) {
    const modifier = firstKind ? firstKind === 'adjective' : modifierEnding.test(first);
    if (!modifier) return undefined;
    if (!known || !lexicon || known.heading === head || last !== head) return form;
    return `${indefiniteAdjective(first, known, lexicon)} ${known.heading}`;
  }
  // Three words: noun, small word, noun.
  if (firstKind ? firstKind !== 'noun' : modifierEnding.test(first)) return undefined;
  return form;
}

/**
 * The adjective before a noun that lost its article: "regionala staben" → "regional stab",
 * "tydliga beslutet" → "tydligt beslut"; in the plural it stays ("digitala mötena" → "digitala möten").
 */
function indefiniteAdjective(adjective: string, noun: Headword, lexicon: Lexicon): string {
  if (noun.plural) return adjective;
  const base = lexicon.baseForms(adjective)[0];
  if (base === undefined) return adjective;
  if (!noun.neuter) return base;
  const neuter = `${base}t`;
  return lexicon.baseForms(neuter).includes(base) ? neuter : base;
}

function label(
  all: readonly Scored[],
  language: Language,
  together: (a: string, b: string) => number,
): string {
  const scored = all.filter((entry) => entry.fitsLabel);
  const top = scored[0];
  // Nothing reads as a heading (a theme of verbs and names): its most characteristic words.
  if (!top) return capitalise(all[0]?.form ?? '');
  const first = widened(top, scored);
  let text = first.heading;
  const used = first.stems;
  // A one-word label takes a less characteristic second phrase than a longer one would.
  const share = first.words === 1 ? secondPhraseShare / 2 : secondPhraseShare;
  for (const next of scored) {
    if (next.score < top.score * share) break;
    if (first.words + next.words + 1 > maxLabelWords || overlaps(next.stems, used)) continue;
    const both = together(first.key, next.key);
    if (both < 2 || both < togetherShare * Math.min(first.count, next.count)) continue;
    text = `${text} ${joinWord[language]} ${next.heading}`;
    break;
  }
  return capitalise(text);
}

/**
 * Whether a single word can name a theme: not a verb, as far as the round shows. A verb follows
 * "att" or "to"; a Swedish infinitive ends in -a and its other forms in -er, -it, -de or -s,
 * where a noun in -a has -or and -an. Acronyms ("IVA") always can.
 */
function namesAThing(forms: ReadonlyMap<string, number>, afterInfinitive: number, count: number): boolean {
  if (afterInfinitive * 4 >= count) return false;
  const written = [...forms.keys()];
  if (written.some((form) => /^\p{Lu}{2,}$/u.test(form))) return true;
  if (written.length === 1) return !/\p{Ll}a$/u.test(written[0] as string);
  // "behålla" beside "behåller" or "behållit" is a verb; "kommunerna" beside "kommuner" is not.
  const verbForms = written.flatMap((form) =>
    /\p{Ll}a$/u.test(form) ? ['er', 'it', 'de', 'te', 's'].map((ending) => form.slice(0, -1) + ending) : [],
  );
  return !verbForms.some((form) => forms.has(form));
}

/**
 * A single word widened to the phrase it usually stands in, when that phrase is common enough:
 * "Digitala" becomes "Digitala möten".
 */
function widened(top: Scored, scored: readonly Scored[]): Scored {
  if (top.words > 1) return top;
  const stem = top.stems[0] as string;
  const wider = scored.find(
    (entry) => entry.words > 1 && entry.stems.includes(stem) && entry.count * 100 >= top.count * widenShare,
  );
  return wider ?? top;
}

/** Phrases that share a word, or a word and its compound ("beslut", "beslutsvägar"), say one thing. */
function overlaps(stems: readonly string[], used: readonly string[]): boolean {
  return stems.some((stem) => used.some((other) => stem.startsWith(other) || other.startsWith(stem)));
}

function terms(scored: readonly Scored[]): string[] {
  const found: string[] = [];
  for (const entry of scored) {
    if (entry.words !== 1) continue;
    found.push(entry.form);
    if (found.length === termCount) break;
  }
  return found;
}

function commonest(forms: ReadonlyMap<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [form, count] of forms) {
    if (count > bestCount || (count === bestCount && compare(form, best) < 0)) {
      best = form;
      bestCount = count;
    }
  }
  return best;
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('sv') + text.slice(1);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
