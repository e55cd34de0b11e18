import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import { type AnswerFormState, answerInputPrefix, withAnswerForm } from '../../cards/answerForm';
import { promptCard } from '../../cards/promptCard';
import type { AdaptiveCard } from '../../cards/renderCard';
import { answersRefused } from '../../domain/answer';
import { dateTimeText } from '../../domain/deadlineText';
import { ValidationError } from '../../domain/errors';
import type { AnswerMode } from '../../domain/group';
import type { Round } from '../../domain/round';
import { clockTime } from '../../domain/stockholmTime';
import { format, messagesFor } from '../../i18n/messages';
import type { TeamsAppDeps } from '../teamsAppDeps';
import { turnLocale, turnLogger } from '../turnServices';

const cardData = z
  .object({
    roundId: z.string().min(1).max(64),
    groupId: z.string().min(1).max(512),
    versions: z.record(z.string().max(200)).optional().default({}),
  })
  .passthrough();

/** "Spara svar" in a prompt card: the fields are saved, and the card shows what is stored now. */
export function saveCardAnswer(deps: TeamsAppDeps) {
  return async (context: TurnContext, data: Record<string, unknown>): Promise<AdaptiveCard | string> => {
    const place = await resolve(deps, context, data);
    if (typeof place === 'string') return place;
    const { round, groupId, mode, parsed } = place;
    const texts = new Map<number, string>();
    for (const [key, value] of Object.entries(parsed)) {
      if (!key.startsWith(answerInputPrefix)) continue;
      const question = Number(key.slice(answerInputPrefix.length));
      if (!Number.isInteger(question)) continue;
      texts.set(
        question,
        z
          .string()
          .max(100_000)
          .parse(value ?? ''),
      );
    }
    const author = authorOf(context);
    const form = messagesFor(round.locale).answers.form;
    try {
      const result = await deps.app.answers.saveCard({
        round,
        groupId,
        mode,
        author,
        texts,
        versions: parsed.versions,
        now: deps.now(),
        redaction: messagesFor(deps.defaultLocale).answers.redaction,
      });
      if (result.kind === 'refused')
        return card(deps, round, groupId, mode, author.id, undefined, viewerOf(context, mode));
      const notices = [
        ...result.conflicts.map((conflict) =>
          format(form.conflict, { name: conflict.by, number: conflict.question }),
        ),
        ...(result.redacted > 0 ? [messagesFor(round.locale).answers.redacted] : []),
        ...(result.changed.length > 0
          ? [
              format(mode === 'together' ? form.savedTogether : form.saved, {
                time: clockTime(deps.now(), round.locale),
              }),
            ]
          : result.conflicts.length === 0
            ? [form.nothingChanged]
            : []),
      ];
      return card(
        deps,
        round,
        groupId,
        mode,
        author.id,
        { text: notices.join(' '), tone: result.conflicts.length > 0 ? 'attention' : 'good' },
        viewerOf(context, mode),
      );
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      return format(messagesFor(round.locale).answers.tooLong, error.params);
    }
  };
}

/** "Ta tillbaka mina svar" in a personal prompt card. */
export function withdrawCardAnswer(deps: TeamsAppDeps) {
  return async (context: TurnContext, data: Record<string, unknown>): Promise<AdaptiveCard | string> => {
    const place = await resolve(deps, context, data);
    if (typeof place === 'string') return place;
    const { round, groupId, mode } = place;
    const author = authorOf(context);
    await deps.app.answers.withdrawCard({
      round,
      groupId,
      personId: author.id,
      now: deps.now(),
    });
    return card(deps, round, groupId, mode, author.id, {
      text: messagesFor(round.locale).answers.form.withdrawn,
      tone: 'good',
    });
  };
}

/**
 * "Visa senaste", or Teams asking for a fresh card as its person looks at it. Teams' own refresh
 * is answered to that person only: redrawing the stored message on every look would be waste.
 */
export function refreshCardAnswer(deps: TeamsAppDeps) {
  return async (context: TurnContext, data: Record<string, unknown>): Promise<AdaptiveCard | string> => {
    const place = await resolve(deps, context, data);
    if (typeof place === 'string') return place;
    const fresh = await card(
      deps,
      place.round,
      place.groupId,
      place.mode,
      authorOf(context).id,
      undefined,
      viewerOf(context, place.mode),
    );
    if ((context.activity.value as { trigger?: string } | undefined)?.trigger === 'automatic') {
      await context.sendActivity({
        type: 'invokeResponse',
        value: {
          status: 200,
          body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: fresh },
        },
      });
    }
    return fresh;
  };
}

/** In a 1:1 chat the card is its person's own, and Teams may refresh it for them. */
function viewerOf(context: TurnContext, mode: AnswerMode): string | undefined {
  return mode === 'individual' && context.activity.conversation.conversationType === 'personal'
    ? context.activity.from.id
    : undefined;
}

/**
 * The round and group a card action is about, when this person may act on them where the card
 * is; otherwise the sentence that says why not, in their language.
 */
async function resolve(
  deps: TeamsAppDeps,
  context: TurnContext,
  data: Record<string, unknown>,
): Promise<string | { round: Round; groupId: string; mode: AnswerMode; parsed: z.infer<typeof cardData> }> {
  const messages = messagesFor(turnLocale(context, deps.defaultLocale));
  const parsed = cardData.safeParse(data);
  if (!parsed.success) return messages.rounds.errors.badInput;
  const outcome = await deps.app.answers.cardPlace(parsed.data, {
    id: authorOf(context).id,
    conversationId: context.activity.conversation.id,
  });
  if (outcome.kind === 'refused') {
    turnLogger(context, deps.logger).warn({ code: outcome.code }, 'card action refused');
    return outcome.code === 'notYours' ? messages.answers.form.notYours : messages.rounds.errors.badInput;
  }
  return { ...outcome.place, parsed: parsed.data };
}

/** The prompt with its answer form, as it should look now; closed when the round takes no answers. */
async function card(
  deps: TeamsAppDeps,
  round: Round,
  groupId: string,
  mode: AnswerMode,
  personId: string,
  notice?: AnswerFormState['notice'],
  viewerId?: string,
): Promise<AdaptiveCard> {
  const now = deps.now();
  const nameOf = await deps.app.groups.names(round.locale);
  const prompt = promptCard(
    { ...round, deadline: round.deadline ?? now },
    { locale: round.locale, mode, groupName: nameOf(groupId), now },
  );
  const refused = answersRefused(round, now);
  const closedNotice =
    refused && refused !== 'notOpen'
      ? {
          text: format(messagesFor(round.locale).answers.closed, {
            date: dateTimeText(round.closedAt ?? round.deadline ?? now, { locale: round.locale, now }),
          }),
          tone: 'attention' as const,
        }
      : undefined;
  const answers = await deps.app.answers.cardState({ round, groupId, mode, personId });
  const shownNotice = notice ?? closedNotice;
  return withAnswerForm(
    prompt,
    {
      roundId: round.id,
      groupId,
      mode,
      questionCount: round.questions.length,
      answers,
      open: refused === null,
      ...(shownNotice ? { notice: shownNotice } : {}),
      ...(viewerId ? { viewerId } : {}),
    },
    round.locale,
  );
}

function authorOf(context: TurnContext) {
  const from = context.activity.from;
  return { id: from.aadObjectId ?? from.id, name: from.name ?? '' };
}
