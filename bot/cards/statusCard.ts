import { dateTimeText, deadlineText } from '../domain/deadlineText';
import type { Locale } from '../domain/locale';
import type { ReminderLog } from '../domain/reminder';
import { type RoundStatus, roundProgress } from '../domain/roundProgress';
import { clockTime, toStockholmWallTime } from '../domain/stockholmTime';
import { format, messagesFor } from '../i18n/messages';
import { type AdaptiveCard, renderCard } from './renderCard';
import template from './statusCard.json';

export type StatusCardOptions = {
  locale: Locale;
  now: Date;
  /** A line on top: what just happened ("Rundan är startad …"), good news or bad. */
  notice?: { text: string; tone: 'good' | 'attention' | 'default' };
  /** Teams user id of the viewer, so Teams fetches a fresh card whenever they look at it. */
  viewerId?: string;
  /** The round this card follows, if it follows one; otherwise the card lists every round. */
  roundId?: string;
};

/**
 * Rounds and how far each has come: per group the prompts sent, on their way or failed (with
 * why), and the answers so far; with the actions the round's state allows.
 */
export function statusCard(statuses: readonly RoundStatus[], options: StatusCardOptions): AdaptiveCard {
  const { locale, now } = options;
  const texts = messagesFor(locale).rounds;
  const card = renderCard(template, {
    title: options.roundId ? texts.status.roundTitle : texts.status.title,
    none: texts.status.none,
    notice: options.notice?.text ?? '',
    noticeColor:
      options.notice?.tone === 'good'
        ? 'Good'
        : options.notice?.tone === 'attention'
          ? 'Attention'
          : 'Default',
    updated: format(texts.status.updated, { time: clockTime(now, locale) }),
    refresh: options.viewerId
      ? {
          action: {
            type: 'Action.Execute',
            verb: 'status.refresh',
            data: { roundId: options.roundId ?? '' },
          },
          userIds: [options.viewerId],
        }
      : undefined,
    rounds: statuses.map(({ round, groups, reminders }) => ({
      reminderLine:
        round.state === 'draft' ? '' : reminderLine(reminders, locale, now, round.state === 'closed'),
      progressLine: round.state === 'draft' || groups.length === 0 ? '' : progressLine(groups, locale),
      title: round.title,
      stateLine: [
        texts.state[round.state],
        round.state === 'closed' && round.closedAt
          ? format(texts.status.closedAt, { date: toStockholmWallTime(round.closedAt).date })
          : round.deadline
            ? format(texts.status.deadline, { deadline: deadlineText(round.deadline, { locale, now }) })
            : texts.status.noDeadline,
      ].join(' · '),
      noGroups: texts.status.noGroups,
      groups: groups.map((group) => {
        const { delivery } = group;
        const parts =
          delivery.total === 0
            ? []
            : delivery.sent === delivery.total
              ? [texts.status.sentAll]
              : [
                  format(texts.status.sent, { sent: delivery.sent, total: delivery.total }),
                  ...(delivery.pending > 0
                    ? [format(texts.status.pending, { count: delivery.pending })]
                    : []),
                  ...(delivery.failed > 0 ? [format(texts.status.failed, { count: delivery.failed })] : []),
                ];
        return {
          name: group.name,
          deliveryLine:
            parts.length > 0
              ? parts.join(' · ')
              : round.state === 'draft'
                ? texts.state.draft
                : texts.status.notSent,
          deliveryColor:
            delivery.failed > 0
              ? 'Attention'
              : delivery.total > 0 && delivery.pending === 0
                ? 'Good'
                : 'Default',
          answerLine:
            round.state === 'draft'
              ? ''
              : format(
                  group.mode === 'together' ? texts.status.answeredTogether : texts.status.answeredIndividual,
                  {
                    answered: group.answered,
                    total: group.answerable,
                  },
                ),
          failures: delivery.failures.map((failure) =>
            format(texts.status.failure, {
              recipient: failure.recipient === 'channel' ? texts.status.channel : failure.recipient,
              reason:
                (texts.failureReasons as Record<string, string>)[failure.reason] ??
                texts.failureReasons.unknown,
            }),
          ),
        };
      }),
      actions: roundActions({ round, groups, reminders }, locale, now),
    })),
  });
  if (!options.viewerId) delete card.refresh;
  return card;
}

function roundActions(status: RoundStatus, locale: Locale, now: Date): object[] {
  const texts = messagesFor(locale).rounds;
  const { round } = status;
  const data = { roundId: round.id };
  if (round.state === 'draft') {
    return [{ type: 'Action.Execute', verb: 'round.edit', title: texts.status.edit, data }];
  }
  if (round.state === 'closed') return [];
  const failed = status.groups.reduce((sum, group) => sum + group.delivery.failed, 0);
  const current = toStockholmWallTime(round.deadline ?? now);
  return [
    { type: 'Action.Execute', verb: 'status.refresh', title: texts.status.refresh, data },
    ...(failed > 0
      ? [{ type: 'Action.Execute', verb: 'delivery.retry', title: texts.status.retry, data }]
      : []),
    { type: 'Action.Execute', verb: 'reminder.now', title: texts.status.remindNow, data },
    {
      type: 'Action.ShowCard',
      title: texts.status.extend,
      card: {
        type: 'AdaptiveCard',
        version: '1.5',
        body: [
          {
            type: 'ColumnSet',
            columns: [
              {
                type: 'Column',
                width: 'stretch',
                items: [
                  {
                    type: 'Input.Date',
                    id: 'deadlineDate',
                    label: texts.editor.dateLabel,
                    value: current.date,
                  },
                ],
              },
              {
                type: 'Column',
                width: 'stretch',
                items: [
                  {
                    type: 'Input.Time',
                    id: 'deadlineTime',
                    label: texts.editor.timeLabel,
                    value: current.time,
                  },
                ],
              },
            ],
          },
        ],
        actions: [{ type: 'Action.Execute', verb: 'round.extend', title: texts.status.extendSave, data }],
      },
    },
    {
      type: 'Action.ShowCard',
      title: texts.status.close,
      card: {
        type: 'AdaptiveCard',
        version: '1.5',
        body: [{ type: 'TextBlock', text: texts.status.closeConfirm, wrap: true }],
        actions: [
          {
            type: 'Action.Execute',
            verb: 'round.close',
            title: texts.status.closeYes,
            style: 'destructive',
            associatedInputs: 'none',
            data,
          },
        ],
      },
    },
  ];
}

function reminderLine(log: ReminderLog, locale: Locale, now: Date, closed: boolean): string {
  const texts = messagesFor(locale).rounds.status;
  const parts = [
    log.lastSentAt
      ? format(log.sent === 1 ? texts.remindersOne : texts.reminders, {
          sent: log.sent,
          last: dateTimeText(log.lastSentAt, { locale, now }),
        })
      : closed
        ? texts.remindersNoneClosed
        : texts.remindersNone,
    ...(log.pending > 0
      ? [
          log.pending === 1
            ? texts.remindersPendingOne
            : format(texts.remindersPending, { count: log.pending }),
        ]
      : []),
    ...(log.failed > 0
      ? [log.failed === 1 ? texts.remindersFailedOne : format(texts.remindersFailed, { count: log.failed })]
      : []),
  ];
  return parts.join(' · ');
}

/** The round's progress as the tab says it: one definition (bot/domain/roundProgress.ts). */
function progressLine(groups: RoundStatus['groups'], locale: Locale): string {
  const texts = messagesFor(locale).rounds.status;
  const { answered, targeted } = roundProgress(groups, false);
  return format(targeted === 1 ? texts.progressGroupsOne : texts.progressGroups, { answered, targeted });
}
