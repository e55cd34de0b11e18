import {
  AdaptiveCardActionExecuteResponseType,
  Application,
  type TeamsAdapter,
  type TurnState,
} from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import type { HelpCommand } from '../cards/helpCard';
import { UnavailableError } from '../domain/errors';
import { messagesFor } from '../i18n/messages';
import { registerCardAction, withSubmitFallbacks } from './cardActions';
import { isCommand } from './commands';
import {
  answerDeletedHandler,
  answerEditedHandler,
  answerHandler,
  assignAnswer,
  confirmAnswer,
  dismissAnswer,
  isAnswer,
} from './handlers/answerHandlers';
import { refreshCardAnswer, saveCardAnswer, withdrawCardAnswer } from './handlers/cardAnswerHandlers';
import { didYouMeanHandler, isNearCommand } from './handlers/didYouMeanHandler';
import { addressedToBot, fallbackHandler } from './handlers/fallbackHandler';
import { groupsHandler, renameGroups } from './handlers/groupsHandler';
import { helpHandler } from './handlers/helpHandler';
import {
  installationUpdateHandler,
  membersAddedHandler,
  teamChangedHandler,
  teamRemovedHandler,
} from './handlers/installHandlers';
import { remindHandler, remindNowAction } from './handlers/reminderHandlers';
import { newRoundHandler, statusHandler } from './handlers/roundCommands';
import {
  createRound,
  editRound,
  launch,
  previewRound,
  removeDraft,
  saveRound,
} from './handlers/roundEditorActions';
import { closeRound, extendRound, refreshStatus, retryDeliveries } from './handlers/roundStatusActions';
import { safeCardAction } from './handlers/safeCardAction';
import { themesHandler } from './handlers/themesHandler';
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
    // The card a user acts on is replaced for everyone who sees it: in 1:1 chat that is the user,
    // and a card with a refresh section must be replaced for all anyway.
    adaptiveCards: { actionExecuteResponseType: AdaptiveCardActionExecuteResponseType.REPLACE_FOR_ALL },
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

  // In a channel the bot reads every message (RSC); only those addressed to it are commands, so
  // an answer in a prompt's thread that happens to read "status" stays an answer.
  const command = (name: HelpCommand) => async (context: TurnContext) =>
    context.activity.type === 'message' && addressedToBot(context) && isCommand(context.activity, name);
  app.message(command('help'), helpHandler(deps));
  app.message(command('groups'), groupsHandler(deps));
  app.message(command('newRound'), newRoundHandler(deps));
  app.message(command('status'), statusHandler(deps));
  app.message(command('remind'), remindHandler(deps));
  app.message(command('themes'), themesHandler(deps));
  // "staus", "/hjälpp": a near miss is asked about, never read as an answer.
  app.message(async (context) => isNearCommand(context), didYouMeanHandler(deps));

  // The coordinators' verbs: their use cases refuse anyone else (ForbiddenError, told politely).
  const action = (verb: string, handler: Parameters<typeof safeCardAction>[1]) =>
    registerCardAction(app, verb, async (context, data) => {
      const result = await safeCardAction(deps, handler)(context, data);
      return typeof result === 'string' ? result : withSubmitFallbacks(result);
    });
  action('round.create', createRound(deps));
  action('round.edit', editRound(deps));
  action('round.save', saveRound(deps));
  action('round.preview', previewRound(deps));
  action('round.launch', launch(deps));
  action('round.delete', removeDraft(deps));
  action('status.refresh', refreshStatus(deps));
  action('round.extend', extendRound(deps));
  action('round.close', closeRound(deps));
  action('delivery.retry', retryDeliveries(deps));
  action('group.rename', renameGroups(deps));
  action('reminder.now', remindNowAction(deps));
  app.message(isAnswer(deps), answerHandler(deps));
  app.messageEventUpdate('editMessage', answerEditedHandler(deps));
  app.messageEventUpdate('softDeleteMessage', answerDeletedHandler(deps));
  // Anyone the card was sent to may answer in it: the use case checks where the bot sent it.
  const answerAction = (verb: string, handler: ReturnType<typeof saveCardAnswer>) =>
    registerCardAction(app, verb, async (context, data) => {
      const result = await safeCardAction(deps, handler)(context, data);
      return typeof result === 'string' ? result : withSubmitFallbacks(result);
    });
  answerAction('answer.card', saveCardAnswer(deps));
  answerAction('answer.withdraw', withdrawCardAnswer(deps));
  answerAction('answer.refresh', refreshCardAnswer(deps));
  // Anyone may place their own answer; the handler checks it is theirs.
  answerAction('answer.assign', assignAnswer(deps));
  // A short chat message becomes an answer only when its author says so, in their own chat.
  answerAction('answer.confirm', confirmAnswer(deps));
  answerAction('answer.dismiss', dismissAnswer(deps));
  app.activity('message', fallbackHandler(deps));

  app.error(async (context: TurnContext, error: Error) => {
    turnLogger(context, deps.logger).error({ err: error }, 'turn failed');
    const texts = messagesFor(turnLocale(context, deps.defaultLocale)).errors;
    try {
      await context.sendActivity(
        error instanceof UnavailableError ? texts.storageUnavailable : texts.generic,
      );
    } catch (sendError) {
      turnLogger(context, deps.logger).warn({ err: sendError }, 'could not tell the user about the failure');
    }
  });

  return app;
}
