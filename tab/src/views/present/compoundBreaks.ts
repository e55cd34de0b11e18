import { compoundStems } from './compoundStems';

/** U+00AD: invisible unless the line breaks there, where it shows as a hyphen. */
export const softHyphen = '\u00ad';

// A part of two letters reads as a typo ("ut-rustning"), and a short word never needs a break.
const minPart = 3;
const minWord = 8;
// After a part the list does not know, a known part must be long enough to be no accident:
// "specia|list" is wrong, "covid|avdelning" right.
const minKnownAfterUnknown = 5;
// A front ending in a derivational suffix and a linking -s- ("förvaltnings-", "säkerhets-") is a
// compound's front whatever follows, and so is a long known word with a linking -s-
// ("läkemedels-"); then the rest may be a word the list does not know ("-genomgångarna").
const derivedFront = /\p{L}{3}(?:ning|ing|tion|sion|het|skap|itet|dom)s$/u;
const minLinkedStem = 6;
const minUnknownTail = 5;
// What may follow the last part: nothing, or an ending of plural, definite form or genitive.
const finalEndings = new Set([
  '',
  ...'n t s a e en et na ar er or ns ts ens ets nas ars ers ors arna erna orna arnas ernas ornas'.split(' '),
]);

/**
 * What a reading of a word costs: each part 1, and a part the list does not know more by its
 * length. So known parts beat guessed ones ("läkemedels|förskrivning", not
 * "läkemedelsför|skrivning"), and a word is cut only where known parts cover enough of it to
 * outweigh leaving it whole.
 */
const cost = {
  known: 1,
  unknown: (letters: number) => 1 + 0.15 * letters,
  opensTail: (letters: number) => 1 + 0.1 * letters,
  unknownTail: (letters: number) => 1 + 0.1 * letters,
  whole: (letters: number) => 2 + 0.15 * letters,
};

type Parse = { cost: number; cuts: number[] };
type PlacedForm = { text: string; middle: boolean; final: boolean; opensTail: boolean };

/**
 * The text with soft hyphens where its long words are Swedish compounds ("Skydds|utrustningen",
 * "region|lednings|gruppen"), so large type breaks them where a reader would rather than
 * mid-syllable. For display only: what is stored, searched or sent to chat keeps its plain words.
 * A word that already has soft hyphens keeps them as its writer put them.
 */
export function withSoftHyphens(text: string): string {
  return text.replace(/[\p{L}\u00ad]+/gu, (word) => {
    const lower = word.toLowerCase();
    // A letter whose lower case is longer ("İ") would shift every cut after it.
    if (word.length < minWord || word.includes(softHyphen) || lower.length !== word.length) return word;
    let out = '';
    let from = 0;
    for (const cut of compoundCuts(lower)) {
      out += word.slice(from, cut) + softHyphen;
      from = cut;
    }
    return out + word.slice(from);
  });
}

const cuts = new Map<string, number[]>();

function compoundCuts(word: string): number[] {
  const known = cuts.get(word);
  if (known) return known;
  const found = cheapestReading(word).cuts.filter(
    (cut, i, all) => cut - (all[i - 1] ?? 0) >= minPart && word.length - cut >= minPart,
  );
  cuts.set(word, found);
  return found;
}

/** The cheapest reading of the word as parts; of two as cheap, the one with fewer cuts. */
function cheapestReading(word: string): Parse {
  const memo = new Map<string, Parse | null>();

  // The cheapest reading of word[i..], its first part starting at i. `afterUnknown`: the part
  // before is one the list does not know; `tailMayBeUnknown`: the part before opens a tail.
  function from(i: number, afterUnknown: boolean, tailMayBeUnknown: boolean): Parse | null {
    const key = `${i}|${afterUnknown}|${tailMayBeUnknown}`;
    if (memo.has(key)) return memo.get(key) ?? null;
    let best: Parse | null = null;
    const consider = (candidate: Parse | null) => {
      if (!candidate) return;
      if (
        !best ||
        candidate.cost < best.cost ||
        (candidate.cost === best.cost && candidate.cuts.length < best.cuts.length)
      )
        best = candidate;
    };
    const rest = word.length - i;

    for (const form of formsAt(word, i)) {
      if (afterUnknown && form.text.length < minKnownAfterUnknown) continue;
      const end = i + form.text.length;
      if (form.final && finalEndings.has(word.slice(end))) consider({ cost: cost.known, cuts: [] });
      if (!form.middle || word.length - end < minPart) continue;
      const next = from(end, false, form.opensTail);
      if (next) consider({ cost: cost.known + next.cost, cuts: [end, ...next.cuts] });
    }

    if (i === 0) consider({ cost: cost.whole(rest), cuts: [] });
    else if (tailMayBeUnknown && rest >= minUnknownTail) consider({ cost: cost.unknownTail(rest), cuts: [] });

    if (!afterUnknown) {
      for (let end = i + minPart; end <= word.length - minPart; end++) {
        const opensTail = derivedFront.test(word.slice(i, end));
        const next = from(end, !opensTail, opensTail);
        const letters = end - i;
        if (next)
          consider({
            cost: (opensTail ? cost.opensTail(letters) : cost.unknown(letters)) + next.cost,
            cuts: [end, ...next.cuts],
          });
      }
    }

    memo.set(key, best);
    return best;
  }

  return from(0, false, false) ?? { cost: cost.whole(word.length), cuts: [] };
}

/** Forms of known parts that the word has at position i. */
function formsAt(word: string, i: number): PlacedForm[] {
  return (formsByStart.get(word.slice(i, i + minPart)) ?? []).filter((form) => word.startsWith(form.text, i));
}

/**
 * Each stem's forms, by their first three letters: inside a compound the stem may take a linking
 * -s- ("arbets-", "lednings-"), drop its last vowel ("arbet-") or turn -a into -o/-u ("hälso-",
 * "gatu-"); at its end it may drop the vowel before an ending ("sköterskor", "medarbetarna").
 */
const formsByStart: Map<string, PlacedForm[]> = (() => {
  const byText = new Map<string, PlacedForm>();
  const add = (text: string, place: 'middle' | 'final', opensTail = false) => {
    if (text.length < minPart) return;
    const form = byText.get(text) ?? { text, middle: false, final: false, opensTail: false };
    form[place] = true;
    form.opensTail ||= opensTail || (place === 'middle' && derivedFront.test(text));
    byText.set(text, form);
  };
  for (const stem of compoundStems) {
    const long = stem.length >= minLinkedStem;
    add(stem, 'middle');
    add(stem, 'final');
    add(`${stem}s`, 'middle', long);
    const last = stem.at(-1);
    if (last === 'a' || last === 'e') {
      const bare = stem.slice(0, -1);
      add(bare, 'middle');
      add(bare, 'final');
      if (last === 'e') add(`${bare}s`, 'middle', long);
      else {
        add(`${bare}o`, 'middle');
        add(`${bare}u`, 'middle');
      }
    }
  }
  const index = new Map<string, PlacedForm[]>();
  for (const form of byText.values()) {
    const start = form.text.slice(0, minPart);
    index.set(start, [...(index.get(start) ?? []), form]);
  }
  return index;
})();
