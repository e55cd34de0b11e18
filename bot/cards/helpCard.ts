import type { Locale } from '../domain/locale';
import { messagesFor } from '../i18n/messages';
import template from './helpCard.json';
import { type AdaptiveCard, renderCard } from './renderCard';

/** The commands a user can write; the help card lists exactly these, in this order. */
export const helpCommands = ['help', 'groups', 'newRound', 'status', 'remind', 'themes'] as const;
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
    // Every command but help itself is one click away; the button submits the command's id.
    buttons: helpCommands
      .filter((command) => command !== 'help')
      .map((command) => ({ title: capitalize(texts.commands[command].command), command })),
  });
}

function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('sv') + text.slice(1);
}
