import type { Locale } from '../domain/locale';
import type { Round } from '../domain/round';
import { messagesFor } from '../i18n/messages';
import type { AdaptiveCard } from './renderCard';

/**
 * "påminn": each open round with a choice of whom to remind (all groups, or one) and a button;
 * or, soon after an earlier reminder, the question whether to remind again.
 */
export function remindCard(
  rounds: readonly { round: Round; groups: readonly { id: string; name: string }[] }[],
  locale: Locale,
  options: { confirm?: { roundId: string; groupId?: string; question: string } } = {},
): AdaptiveCard {
  const texts = messagesFor(locale).rounds.status;
  if (options.confirm) {
    const { roundId, groupId, question } = options.confirm;
    return {
      type: 'AdaptiveCard',
      version: '1.5',
      fallbackText: question,
      body: [{ type: 'TextBlock', text: question, wrap: true }],
      actions: [
        {
          type: 'Action.Execute',
          verb: 'reminder.now',
          title: texts.remindConfirmYes,
          data: { roundId, ...(groupId ? { groupId } : {}), confirmed: true },
        },
        { type: 'Action.Execute', verb: 'status.refresh', title: texts.refresh, data: { roundId } },
      ],
    };
  }
  return {
    type: 'AdaptiveCard',
    version: '1.5',
    fallbackText: texts.remindTitle,
    body: [
      {
        type: 'TextBlock',
        text: texts.remindTitle,
        style: 'heading',
        size: 'Large',
        weight: 'Bolder',
        wrap: true,
      },
      ...(rounds.length === 0 ? [{ type: 'TextBlock', text: texts.remindNoRounds, wrap: true }] : []),
      ...rounds.map(({ round, groups }) => ({
        type: 'Container',
        separator: true,
        spacing: 'Medium',
        items: [
          { type: 'TextBlock', text: round.title, weight: 'Bolder', wrap: true },
          {
            type: 'Input.ChoiceSet',
            id: `group|${round.id}`,
            label: texts.remindGroupLabel,
            style: 'compact',
            value: 'all',
            choices: [
              { title: texts.remindAll, value: 'all' },
              ...groups.map((group) => ({ title: group.name, value: group.id })),
            ],
          },
          {
            type: 'ActionSet',
            actions: [
              {
                type: 'Action.Execute',
                verb: 'reminder.now',
                title: texts.remindNow,
                data: { roundId: round.id, groupInput: `group|${round.id}` },
              },
            ],
          },
        ],
      })),
    ],
  };
}
