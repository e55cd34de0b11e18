import { deadlineText } from '../domain/deadlineText';
import type { Locale } from '../domain/locale';
import type { ReminderNeed } from '../domain/reminderNeeds';
import type { Round } from '../domain/round';
import { format, joinList, messagesFor } from '../i18n/messages';

/**
 * A reminder in words. To a group: which questions still lack answers ("Fråga 3 och 4 saknar
 * svar"); to a member: which questions they have not answered, with a link to the group's thread.
 */
export function reminderText(
  round: Round & { deadline: Date },
  need: ReminderNeed,
  options: { locale: Locale; now: Date; threadLink?: string },
): string {
  const texts = messagesFor(options.locale).reminders;
  const deadline = deadlineText(round.deadline, { locale: options.locale, now: options.now });
  const numbers = joinList(need.missing.map(String), options.locale);
  if (need.kind === 'group') {
    if (need.missing.length === round.questions.length) {
      return format(texts.groupAll, { title: round.title, deadline });
    }
    const questions = format(need.missing.length === 1 ? texts.questionOne : texts.questionMany, { numbers });
    return format(texts.group, { questions, title: round.title, deadline });
  }
  const text = format(texts.member, {
    title: round.title,
    questions: format(texts.questionsYou, { numbers }),
    deadline,
  });
  return options.threadLink ? `${text}\n\n${format(texts.memberLink, { link: options.threadLink })}` : text;
}

/**
 * A link that opens a channel thread in Teams, from the ids the bot has.
 * https://learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/deep-link-teams
 */
export function threadLink(input: {
  channelId: string;
  messageId: string;
  tenantId: string;
  aadGroupId?: string;
}): string {
  const query = new URLSearchParams({
    tenantId: input.tenantId,
    ...(input.aadGroupId ? { groupId: input.aadGroupId } : {}),
    parentMessageId: input.messageId,
  });
  return `https://teams.microsoft.com/l/message/${encodeURIComponent(input.channelId)}/${input.messageId}?${query}`;
}
