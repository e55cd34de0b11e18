import type { HelpCommand } from '../cards/helpCard';

/**
 * What a user may write for each command, in Swedish and English. Matching ignores case,
 * surrounding space and a trailing full stop or exclamation mark, so "Hjälp!" works too.
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
  const normalized = text
    .replace(/\u00a0/g, ' ')
    .trim()
    .replace(/[.!]+$/, '')
    .toLocaleLowerCase('sv')
    .replace(/\s+/g, ' ');
  return spellings[command].includes(normalized);
}
