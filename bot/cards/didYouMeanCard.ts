import type { Locale } from '../domain/locale';
import { format, messagesFor } from '../i18n/messages';
import type { HelpCommand } from './helpCard';
import type { AdaptiveCard } from './renderCard';

/**
 * A message that nearly spells a command ("staus"): the command it likely meant, one click away
 * (the button submits the command as the help card's buttons do), and help for anything else.
 */
export function didYouMeanCard(command: HelpCommand, locale: Locale): AdaptiveCard {
  const texts = messagesFor(locale);
  const word = texts.help.commands[command].command;
  const question = format(texts.didYouMean.question, { command: word });
  return {
    type: 'AdaptiveCard',
    version: '1.5',
    fallbackText: question,
    body: [
      { type: 'TextBlock', text: question, wrap: true },
      { type: 'TextBlock', text: texts.didYouMean.otherwise, isSubtle: true, spacing: 'Small', wrap: true },
    ],
    actions: [
      { type: 'Action.Submit', title: format(texts.didYouMean.yes, { command: word }), data: { command } },
      {
        type: 'Action.Submit',
        title: capitalized(texts.help.commands.help.command),
        data: { command: 'help' },
      },
    ],
  };
}

function capitalized(word: string): string {
  return word.charAt(0).toLocaleUpperCase('sv') + word.slice(1);
}
