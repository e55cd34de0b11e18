import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import { answerConfirmCard, answerConfirmedCard } from '../../cards/answerConfirmCard';
import { questionChoiceCard, questionChosenCard } from '../../cards/questionChoiceCard';
import type { AdaptiveCard } from '../../cards/renderCard';
import { answerLimits } from '../../domain/answer';
import { dateTimeText } from '../../domain/deadlineText';
import { NotFoundError, UnavailableError, ValidationError } from '../../domain/errors';
import type { Locale } from '../../domain/locale';
import { format, joinList, messagesFor } from '../../i18n/messages';
import type { AnswerOutcome } from '../../usecases/answerOutcome';
import type { AnswerTarget, MessagePlace } from '../../usecases/answerTarget';
import type { MessageAnswer } from '../../usecases/recordMessageAnswer';
import { withSubmitFallbacks } from '../cardActions';
import { cardMessage } from '../cardAttachment';
import { messageText } from '../messageText';
import type { TeamsAppDeps } from '../teamsAppDeps';
import { turnLocale, turnLogger } from '../turnServices';

/**
 * Whether a message is an answer: written in a prompt's thread, or in a 1:1 chat a round was sent
 * to. Found once per turn and kept, since the handler needs it again.
 */
export function isAnswer(deps: TeamsAppDeps) {
  return async (context: TurnContext): Promise<boolean> => {
    if (context.activity.type !== 'message' || context.activity.value !== undefined) return false;
    let target: AnswerTarget | undefined;
    try {
      target = await deps.app.answers.targetOf(messagePlace(context), Date.now());
    } catch (error) {
      if (!(error instanceof UnavailableError)) throw error;
      // Storage cannot say which round this answers. Whoever may have meant an answer (in a 1:1
      // chat, or replying in a thread) is told to send it again; other channel talk is let be.
      turnLogger(context, deps.logger).error({ err: error }, 'answer lookup failed');
      const replying = /;messageid=/.test(context.activity.conversation.id);
      if (!messagePlace(context).personal && !replying) return false;
      context.turnState.set(targetKey, lookupFailed);
      return true;
    }
    if (!target) return false;
    if (target.source === 'chat') {
      // In a 1:1 chat people also write other things than answers: ask before storing those.
      const intent = deps.app.answers.intent(target, messageText(context.activity), deps.now());
      if (intent === 'notAnAnswer') return false;
      if (intent === 'ask') context.turnState.set(askKey, true);
    }
    context.turnState.set(targetKey, target);
    return true;
  };
}

const askKey = Symbol('lardomar.askFirst');

const targetKey = Symbol('lardomar.answerTarget');
const lookupFailed = Symbol('lardomar.answerLookupFailed');

/** Where this turn's message was written, and by whom. */
function messagePlace(context: TurnContext): MessagePlace {
  const activity = context.activity;
  return {
    conversationId: activity.conversation.id,
    personal: activity.conversation.conversationType === 'personal',
    author: { id: activity.from.aadObjectId ?? activity.from.id, name: activity.from.name ?? '' },
  };
}

/** The message of this turn as an answer to its round and group. */
function messageAnswer(context: TurnContext, deps: TeamsAppDeps, target: AnswerTarget): MessageAnswer {
  return {
    ...target,
    activityId: context.activity.id ?? '',
    text: messageText(context.activity),
    now: deps.now(),
    redaction: messagesFor(deps.defaultLocale).answers.redaction,
  };
}

/** A reply in a prompt's thread, or a message in chat while a round is open: stored as an answer. */
export function answerHandler(deps: TeamsAppDeps) {
  return async (context: TurnContext): Promise<void> => {
    const found = context.turnState.get(targetKey) as AnswerTarget | typeof lookupFailed;
    const locale = turnLocale(context, deps.defaultLocale);
    if (found === lookupFailed) {
      await context.sendActivity(messagesFor(locale).answers.unavailable);
      return;
    }
    const target = found;
    if (context.turnState.get(askKey)) {
      await context.sendActivity(cardMessage(askCard(context, target, locale)));
      return;
    }
    const _activity = context.activity;
    const outcome = await capture(context, deps, () =>
      deps.app.answers.record(messageAnswer(context, deps, target)),
    );
    turnLogger(context, deps.logger).info(
      { roundId: target.round.id, outcome: outcome.kind, source: target.source },
      'answer received',
    );
    await reply(context, deps, target, outcome, locale);
  };
}

/** The author edited a message in a prompt's thread or chat: its stored parts follow. */
export function answerEditedHandler(deps: TeamsAppDeps) {
  return async (context: TurnContext): Promise<void> => {
    const target = await deps.app.answers.targetOf(messagePlace(context), Date.now());
    if (!target) return;
    const _activity = context.activity;
    const outcome = await capture(context, deps, () =>
      deps.app.answers.edit(messageAnswer(context, deps, target)),
    );
    turnLogger(context, deps.logger).info(
      { roundId: target.round.id, outcome: outcome.kind },
      'answer edited',
    );
    if (outcome.kind === 'stored' && outcome.redacted > 0) {
      const locale = turnLocale(context, deps.defaultLocale);
      if (target.source === 'thread') tellAuthor(context, deps, confirmation(target, outcome, locale));
      else await context.sendActivity(redactionNotice(outcome.redacted, locale));
    }
  };
}

/** The author deleted a message: the answer it held is withdrawn. */
export function answerDeletedHandler(deps: TeamsAppDeps) {
  return async (context: TurnContext): Promise<void> => {
    const target = await deps.app.answers.targetOf(messagePlace(context), Date.now());
    if (!target) return;
    await deps.app.answers.withdraw({
      round: target.round,
      groupId: target.groupId,
      activityId: context.activity.id ?? '',
      now: deps.now(),
    });
    turnLogger(context, deps.logger).info({ roundId: target.round.id }, 'answer withdrawn');
  };
}

const assignData = z.object({
  roundId: z.string().min(1).max(64),
  groupId: z.string().min(1).max(512),
  activityId: z.string().min(1).max(512),
  question: z.string().regex(/^(general|\d{1,2})$/),
});

/** "Fråga 2" under an unnumbered answer: the answer moves to that question. */
export function assignAnswer(deps: TeamsAppDeps) {
  return async (context: TurnContext, data: Record<string, unknown>): Promise<AdaptiveCard | string> => {
    const locale = turnLocale(context, deps.defaultLocale);
    const parsed = assignData.safeParse(data);
    if (!parsed.success) return messagesFor(locale).rounds.errors.badInput;
    const { roundId, groupId, activityId, question } = parsed.data;
    const questionNumber = question === 'general' ? null : Number(question);
    const from = context.activity.from;
    try {
      const outcome = await deps.app.answers.assign({
        roundId,
        groupId,
        activityId,
        authorId: from.aadObjectId ?? from.id,
        questionNumber,
        now: deps.now(),
      });
      if (outcome.kind === 'noSuchQuestion') return messagesFor(locale).rounds.errors.badInput;
      if (outcome.kind === 'refused') return refusal(outcome, locale);
    } catch (error) {
      if (error instanceof NotFoundError) return messagesFor(locale).answers.notYours;
      throw error;
    }
    return questionChosenCard(questionNumber, locale);
  };
}

/** Runs the capture; a broken limit or unreachable storage becomes an outcome the author is told. */
async function capture(
  context: TurnContext,
  deps: TeamsAppDeps,
  run: () => Promise<AnswerOutcome>,
): Promise<AnswerOutcome | { kind: 'invalid'; error: ValidationError } | { kind: 'unavailable' }> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ValidationError) return { kind: 'invalid', error };
    if (error instanceof UnavailableError) {
      turnLogger(context, deps.logger).error({ err: error }, 'answer could not be stored');
      return { kind: 'unavailable' };
    }
    throw error;
  }
}

async function reply(
  context: TurnContext,
  deps: TeamsAppDeps,
  target: AnswerTarget,
  outcome: Awaited<ReturnType<typeof capture>>,
  locale: Locale,
): Promise<void> {
  const texts = messagesFor(locale).answers;
  switch (outcome.kind) {
    case 'duplicate':
    case 'empty':
      return;
    case 'unavailable':
      await context.sendActivity(texts.unavailable);
      return;
    case 'invalid':
      await context.sendActivity(
        format(outcome.error.rule === 'tooMany' ? texts.tooMany : texts.tooLong, outcome.error.params),
      );
      return;
    case 'refused':
      await context.sendActivity(refusal(outcome, locale));
      return;
    case 'stored': {
      // In a thread everyone reads what the bot writes: its author is told in their own chat.
      if (target.source === 'thread') {
        tellAuthor(context, deps, confirmation(target, outcome, locale));
        if (outcome.unnumbered)
          await context.sendActivity(cardMessage(withSubmitFallbacks(choiceCard(context, target, locale))));
        return;
      }
      if (outcome.redacted > 0) await context.sendActivity(redactionNotice(outcome.redacted, locale));
      if (outcome.unnumbered) {
        await context.sendActivity(cardMessage(withSubmitFallbacks(choiceCard(context, target, locale))));
        return;
      }
      await context.sendActivity(
        format(texts.savedChat, { questions: describeQuestions(outcome.questions, locale) }),
      );
      return;
    }
  }
}

/** A short chat message: saved as an answer only once its author says to which question. */
function askCard(context: TurnContext, target: AnswerTarget, locale: Locale): AdaptiveCard {
  return withSubmitFallbacks(
    answerConfirmCard(
      {
        roundId: target.round.id,
        groupId: target.groupId,
        activityId: context.activity.id ?? '',
        text: messageText(context.activity).slice(0, answerLimits.partMaxLength),
        roundTitle: target.round.title,
        questionCount: target.round.questions.length,
      },
      locale,
    ),
  );
}

/** "Fråga 2" under an unnumbered answer: which question it answers, asked of its author. */
function choiceCard(context: TurnContext, target: AnswerTarget, locale: Locale): AdaptiveCard {
  return questionChoiceCard(
    {
      roundId: target.round.id,
      groupId: target.groupId,
      activityId: context.activity.id ?? '',
      questionCount: target.round.questions.length,
    },
    locale,
  );
}

/**
 * What the author of a threaded reply is told in private: what was stored under which questions,
 * and, when a personal identity number was taken out, that it still shows in their post.
 */
function confirmation(
  target: AnswerTarget,
  outcome: Extract<AnswerOutcome, { kind: 'stored' }>,
  locale: Locale,
): string {
  const texts = messagesFor(locale).answers;
  const saved = outcome.unnumbered
    ? format(texts.savedThreadUnnumbered, { title: target.round.title })
    : format(texts.savedThread, {
        title: target.round.title,
        questions: describeQuestions(outcome.questions, locale),
      });
  if (outcome.redacted === 0) return saved;
  return `${saved} ${outcome.redacted === 1 ? texts.redactedInThread : format(texts.redactedManyInThread, { count: outcome.redacted })}`;
}

/** Sends the author a note in their 1:1 chat, without holding up the turn. */
function tellAuthor(context: TurnContext, deps: TeamsAppDeps, text: string): void {
  const { activity } = context;
  const person = {
    serviceUrl: activity.serviceUrl,
    tenantId: activity.conversation.tenantId ?? '',
    botId: activity.recipient.id,
    ...(activity.recipient.name ? { botName: activity.recipient.name } : {}),
    userId: activity.from.id,
  };
  deps.inBackground('tell the author', () => deps.tellPrivately(person, text));
}

function refusal(outcome: Extract<AnswerOutcome, { kind: 'refused' }>, locale: Locale): string {
  const texts = messagesFor(locale).answers;
  if (outcome.reason === 'notOpen') return texts.notOpen;
  const when = outcome.closedAt ? dateTimeText(outcome.closedAt, { locale, now: outcome.closedAt }) : '';
  return format(outcome.reason === 'deadlinePassed' ? texts.deadlinePassed : texts.closed, {
    deadline: when,
    date: when,
  });
}

function redactionNotice(count: number, locale: Locale): string {
  const texts = messagesFor(locale).answers;
  return count === 1 ? texts.redacted : format(texts.redactedMany, { count });
}

function describeQuestions(questions: readonly (number | null)[], locale: Locale): string {
  const texts = messagesFor(locale).answers;
  const numbers = [...new Set(questions.filter((n): n is number => n !== null))].sort((a, b) => a - b);
  const parts = [
    ...(numbers.length > 0
      ? [format(texts.questionList, { numbers: joinList(numbers.map(String), locale) })]
      : []),
    ...(questions.includes(null) ? [texts.general] : []),
  ];
  return joinList(parts, locale);
}

const confirmData = z.object({
  roundId: z.string().min(1).max(64),
  groupId: z.string().min(1).max(512),
  activityId: z.string().min(1).max(512),
  text: z.string().max(answerLimits.partMaxLength),
  question: z.string().regex(/^(general|\d{1,2})$/),
});

/**
 * "Fråga 2" (or "Allmänt") under a short chat message: it is stored as the author's answer to that
 * question. Only where the bot sent the round to this person, in their own chat.
 */
export function confirmAnswer(deps: TeamsAppDeps) {
  return async (context: TurnContext, data: Record<string, unknown>): Promise<AdaptiveCard | string> => {
    const locale = turnLocale(context, deps.defaultLocale);
    const parsed = confirmData.safeParse(data);
    if (!parsed.success) return messagesFor(locale).rounds.errors.badInput;
    const { roundId, groupId, activityId, text, question } = parsed.data;
    const target = await deps.app.answers.targetOf(messagePlace(context), Date.now());
    if (!target || target.source !== 'chat' || target.round.id !== roundId || target.groupId !== groupId) {
      return messagesFor(locale).answers.notYours;
    }
    const questionNumber = question === 'general' ? null : Number(question);
    if (questionNumber !== null && questionNumber > target.round.questions.length) {
      return messagesFor(locale).rounds.errors.badInput;
    }
    const outcome = await capture(context, deps, () =>
      deps.app.answers.recordChosen({
        ...target,
        activityId,
        text,
        questionNumber,
        now: deps.now(),
        redaction: messagesFor(deps.defaultLocale).answers.redaction,
      }),
    );
    if (outcome.kind === 'refused') return refusal(outcome, locale);
    if (outcome.kind === 'invalid') return format(messagesFor(locale).answers.tooLong, outcome.error.params);
    if (outcome.kind === 'unavailable') return messagesFor(locale).answers.unavailable;
    const chosen = questionChosenCard(questionNumber, locale);
    if (outcome.kind === 'stored' && outcome.redacted > 0) {
      await context.sendActivity(redactionNotice(outcome.redacted, locale));
    }
    return chosen;
  };
}

/** "Inget svar" under a short chat message: nothing is stored, and the card says so. */
export function dismissAnswer(deps: TeamsAppDeps) {
  return async (context: TurnContext): Promise<AdaptiveCard> =>
    answerConfirmedCard(messagesFor(turnLocale(context, deps.defaultLocale)).answers.notSaved);
}
