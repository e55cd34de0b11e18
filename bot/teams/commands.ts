import type { HelpCommand } from '../cards/helpCard';

/**
 * What a user may write for each command, in Swedish and English. Matching ignores case,
 * surrounding space and a trailing full stop or exclamation mark, so "Hjälp!" works too.
 */
const spellings: Record<HelpCommand, readonly string[]> = {
  help: ['hjälp', 'help', '?', 'hjalp'],
  groups: ['grupper', 'groups', 'team', 'teams'],
};

export function matchesCommand(text: string | undefined, command: HelpCommand): boolean {
  if (!text) return false;
  const normalized = text
    .replace(/\u00a0/g, ' ')
    .trim()
    .replace(/[.!]+$/, '')
    .toLocaleLowerCase('sv');
  return spellings[command].includes(normalized);
}
