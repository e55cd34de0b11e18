import type { Locale } from '../domain/locale';
import { messagesFor } from '../i18n/messages';
import template from './helpCard.json';
import { type AdaptiveCard, renderCard } from './renderCard';

/** The commands a user can write; the help card lists exactly these, in this order. */
export const helpCommands = ['help', 'groups'] as const;
export type HelpCommand = (typeof helpCommands)[number];

/** The overview shown for "hjälp": what Lärdomar is and what one can write to it. */
export function helpCard(locale: Locale): AdaptiveCard {
  const texts = messagesFor(locale).help;
  const commands = helpCommands.map((command) => texts.commands[command]);
  return renderCard(template, {
    title: texts.title,
    tagline: texts.tagline,
    intro: texts.intro,
    commandsHeading: texts.commandsHeading,
    commands,
    teamHint: texts.teamHint,
    fallbackText: texts.cardFallback,
    // Buttons write the command for the user (imBack), so every command is one click away.
    buttons: commands
      .filter((_, index) => helpCommands[index] !== 'help')
      .map((entry) => ({
        title: entry.command.charAt(0).toUpperCase() + entry.command.slice(1),
        command: entry.command,
      })),
  });
}
