import { Application, type TeamsAdapter, type TurnState } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import type { HelpCommand } from '../cards/helpCard';
import { messagesFor } from '../i18n/messages';
import { isCommand } from './commands';
import { fallbackHandler } from './handlers/fallbackHandler';
import { groupsHandler } from './handlers/groupsHandler';
import { helpHandler } from './handlers/helpHandler';
import {
  installationUpdateHandler,
  membersAddedHandler,
  teamChangedHandler,
  teamRemovedHandler,
} from './handlers/installHandlers';
import type { TeamsAppDeps } from './teamsAppDeps';
import { turnLocale, turnLogger } from './turnServices';

/**
 * The teams-ai Application with every handler, registered in one place: specific routes first,
 * the catch-all message handler last. Handlers parse, call the domain and reply; no rules live here.
 */
export function createTeamsApp(adapter: TeamsAdapter, deps: TeamsAppDeps): Application<TurnState> {
  // No turn-state storage: everything that matters is in Table Storage, so any instance can take any turn.
  const app = new Application<TurnState>({
    adapter,
    removeRecipientMention: true,
    startTypingTimer: false,
    longRunningMessages: false,
  });

  app.conversationUpdate('membersAdded', membersAddedHandler(deps));
  for (const event of ['channelCreated', 'channelRenamed', 'channelDeleted', 'channelRestored'] as const) {
    app.conversationUpdate(event, teamChangedHandler(deps));
  }
  app.conversationUpdate('teamRenamed', teamChangedHandler(deps));
  app.conversationUpdate('teamRestored', teamChangedHandler(deps));
  app.conversationUpdate('membersRemoved', teamRemovedHandler(deps));
  app.conversationUpdate('teamDeleted', teamRemovedHandler(deps));
  app.conversationUpdate('teamHardDeleted', teamRemovedHandler(deps));
  app.activity('installationUpdate', installationUpdateHandler(deps));

  const command = (name: HelpCommand) => async (context: TurnContext) =>
    context.activity.type === 'message' && isCommand(context.activity, name);
  app.message(command('help'), helpHandler(deps));
  app.message(command('groups'), groupsHandler(deps));
  app.activity('message', fallbackHandler(deps));

  app.error(async (context: TurnContext, error: Error) => {
    turnLogger(context, deps.logger).error({ err: error }, 'turn failed');
    try {
      await context.sendActivity(messagesFor(turnLocale(context, deps.defaultLocale)).errors.generic);
    } catch (sendError) {
      turnLogger(context, deps.logger).warn({ err: sendError }, 'could not tell the user about the failure');
    }
  });

  return app;
}
