import { distance as levenshtein } from 'fastest-levenshtein';
import type { HelpCommand } from '../cards/helpCard';

/**
 * What a user may write for each command, in Swedish and English. Matching ignores case,
 * surrounding space, a leading slash ("/help", as other bots are spoken to) and a trailing full
 * stop or exclamation mark, so "Hjälp!" works too.
 */
const spellings: Record<HelpCommand, readonly string[]> = {
  help: ['hjälp', 'help', '?', 'hjalp'],
  groups: ['grupper', 'groups', 'team', 'teams'],
  newRound: ['ny runda', 'new round', 'ny', 'new', 'skapa runda', 'starta runda'],
  status: ['status', 'läge', 'lägesbild'],
  remind: ['påminn', 'paminn', 'påminnelse', 'remind'],
  themes: ['teman', 'tema', 'themes'],
};

/** A command is written ("grupper") or submitted from a card button (`{ command: 'groups' }`). */
export function isCommand(activity: { text?: string; value?: unknown }, command: HelpCommand): boolean {
  const submitted = (activity.value as { command?: unknown } | undefined)?.command;
  if (submitted !== undefined) return submitted === command;
  return matchesCommand(activity.text, command);
}

export function matchesCommand(text: string | undefined, command: HelpCommand): boolean {
  if (!text) return false;
  return spellings[command].includes(normalized(text));
}

/**
 * The command a short message almost spells ("staus", "påmin", "hjälpp"): one edit off, or two in
 * a word of six letters or more. A message that is a command, or not nearly one, has none.
 */
export function nearestCommand(text: string | undefined): HelpCommand | undefined {
  if (!text) return undefined;
  const written = normalized(text);
  if (written.length < 3 || written.length > 20) return undefined;
  let best: { command: HelpCommand; distance: number } | undefined;
  for (const [command, words] of Object.entries(spellings) as [HelpCommand, readonly string[]][]) {
    for (const word of words) {
      if (word.length < 3) continue;
      const distance = levenshtein(written, word);
      if (distance === 0) return undefined;
      const allowed = word.length >= 6 ? 2 : 1;
      if (distance <= allowed && (!best || distance < best.distance)) best = { command, distance };
    }
  }
  return best?.command;
}

function normalized(text: string): string {
  return text
    .replace(/\u00a0/g, ' ')
    .trim()
    .replace(/^\/+/, '')
    .replace(/[.!]+$/, '')
    .toLocaleLowerCase('sv')
    .replace(/\s+/g, ' ');
}
