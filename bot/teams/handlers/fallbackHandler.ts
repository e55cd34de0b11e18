import type { TurnContext } from 'botbuilder';
import { messagesFor } from '../../i18n/messages';
import type { TeamsAppDeps } from '../teamsAppDeps';
import { turnLocale } from '../turnServices';

/**
 * A message no command matched. In 1:1 chat, or when the bot was @mentioned, it points to help.
 * Other channel messages are not addressed to the bot and get no answer: the bot may read every
 * message of a channel it is installed in, and must not chatter there.
 */
export function fallbackHandler(deps: TeamsAppDeps) {
  return async (context: TurnContext): Promise<void> => {
    if (!addressedToBot(context)) return;
    await context.sendActivity(messagesFor(turnLocale(context, deps.defaultLocale)).fallback);
  };
}

/** A 1:1 chat with the bot, or a message that @mentions it. */
export function addressedToBot(context: TurnContext): boolean {
  const activity = context.activity;
  if (activity.conversation.conversationType === 'personal') return true;
  // A button on one of the bot's own cards was pressed.
  if (activity.value !== undefined) return true;
  return (activity.entities ?? []).some(
    (entity) =>
      entity.type === 'mention' &&
      (entity.mentioned as { id?: string } | undefined)?.id === activity.recipient.id,
  );
}
