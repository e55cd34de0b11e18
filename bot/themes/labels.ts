/**
 * A theme's label and terms, from the phrases that are frequent in its points and rare elsewhere
 * (a class-based TF-IDF over phrases): "Digitala möten och distansarbete" is two such phrases in
 * the form people wrote them most often, joined the way one would say it in a meeting.
 */
import { countPhrases, emptyPhraseCounts, type PhraseCounts } from './phrases';
import type { StemCache } from './stem';
import type { Language } from './types';

export type LabelledPoint = { text: string; language: Language };
export type ThemeWords = { label: string; terms: string[] };

const termCount = 6;
const maxLabelWords = 5;
/** A second phrase joins the label only when it is nearly as characteristic as the first. */
const secondPhraseShare = 0.25;
/** Percent of a word's points that must use one phrase for the phrase to stand in for the word. */
const widenShare = 40;
const joinWord: Record<Language, string> = { sv: 'och', en: 'and' };

type Scored = {
  key: string;
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
  /(?:ig|igt|iga|lig|ligt|liga|isk|iskt|iska|ell|ellt|ella|ala|alt|ade|ande|ende|are|aste|ly|ed)$/u;

/** Words for one theme: `points` are its own (or a sample of them), `all` counts the whole round. */
export function describeTheme(
  points: readonly LabelledPoint[],
  all: PhraseCounts,
  stems: StemCache,
): ThemeWords {
  const swedish = points.filter((point) => point.language === 'sv').length;
  const language: Language = swedish * 2 >= points.length ? 'sv' : 'en';
  // The label is worded in the theme's main language; the terms may show both.
  const own = emptyPhraseCounts();
  const ownInLanguage = emptyPhraseCounts();
  for (const point of points) {
    countPhrases(own, point.text, point.language, stems);
    if (point.language === language) countPhrases(ownInLanguage, point.text, point.language, stems);
  }
  return { label: label(score(ownInLanguage, all), language), terms: terms(score(own, all)) };
}

/** Counts a whole round's phrases once, for every theme's comparison. */
export function countAll(points: readonly LabelledPoint[], stems: StemCache): PhraseCounts {
  const counts = emptyPhraseCounts();
  for (const point of points) countPhrases(counts, point.text, point.language, stems);
  return counts;
}

function score(own: PhraseCounts, all: PhraseCounts): Scored[] {
  const minCount = own.points <= 3 ? 1 : 2;
  const scored: Scored[] = [];
  for (const [key, entry] of own.phrases) {
    if (entry.count < minCount) continue;
    const inTheme = entry.count / own.points;
    const everywhere = Math.max(entry.count, all.phrases.get(key)?.count ?? 0) / Math.max(1, all.points);
    // Longer phrases read better in a label, so they win over their own words when nearly as common.
    const lengthBonus = entry.words === 1 ? 1 : entry.words === 2 ? 1.3 : 1.15;
    const form = commonest(entry.forms);
    const lastWord = form.slice(form.lastIndexOf(' ') + 1).toLowerCase();
    scored.push({
      key,
      stems: entry.stems,
      words: entry.words,
      count: entry.count,
      form,
      score: inTheme * Math.log2(1 + inTheme / everywhere) * lengthBonus,
      fitsLabel:
        !modifierEnding.test(lastWord) &&
        (entry.words > 1 || namesAThing(entry.forms, entry.afterInfinitive, entry.count)),
    });
  }
  return scored.sort((a, b) => b.score - a.score || compare(a.key, b.key));
}

function label(all: readonly Scored[], language: Language): string {
  const scored = all.filter((entry) => entry.fitsLabel);
  const top = scored[0] ?? all[0];
  if (!top) return '';
  const first = widened(top, scored);
  let text = first.form;
  let words = first.words;
  const used = first.stems;
  // A one-word label takes a less characteristic second phrase than a longer one would.
  const share = first.words === 1 ? secondPhraseShare / 2 : secondPhraseShare;
  for (const next of scored) {
    if (next.score < top.score * share) break;
    if (words + next.words + 1 > maxLabelWords || overlaps(next.stems, used)) continue;
    text = `${text} ${joinWord[language]} ${next.form}`;
    words += next.words + 1;
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
