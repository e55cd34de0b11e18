/**
 * Sample data for `npm start`: the pandemic round from the real case, closed, with the answers of
 * the labelled development set (test/fixtures/themes), so a new user sees real themes at once —
 * "teman" in the Playground, and the tab. The groups are stored as teams the bot has since left:
 * their names show, but no new round can be sent to them, since their Teams addresses are made up.
 */
import { readFileSync } from 'node:fs';
import { NotFoundError } from '../domain/errors';
import { defaultReminderPolicy } from '../domain/reminderPolicy';
import { responseSourceKey } from '../domain/response';
import { createRoundDraft } from '../domain/round';
import { defaultRoundTemplate } from '../domain/roundTemplate';
import type { RoundStores } from '../rounds/roundServices';

export const sampleRoundId = 'exempel-pandemin-2020';

/**
 * The made-up Teams id of the sample's n:th group (1-based), numbered by the group's first
 * appearance in the answers file: 4 is Psykiatri Halland, 10 Regionservice in the development set.
 */
export function sampleGroupId(position: number): string {
  return `19:exempel-${position}@thread.tacv2`;
}

type SampleAnswer = { id: string; text: string; group: string; question: number };

/** Stores the sample round unless it is there already; tells whether it stored it. */
export async function loadSampleRound(stores: RoundStores, answersPath: string): Promise<boolean> {
  if (await exists(stores)) return false;
  const answers = readFileSync(answersPath, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as SampleAnswer);
  const opened = new Date('2020-09-21T07:00:00Z');
  const deadline = new Date('2020-10-16T15:00:00Z');

  const groups = [...new Set(answers.map((answer) => answer.group))];
  const groupId = new Map(groups.map((name, index) => [name, sampleGroupId(index + 1)]));
  for (const [name, id] of groupId) {
    await stores.teams.save({
      id,
      name,
      tenantId: 'exempel',
      address: {
        channelId: 'msteams',
        serviceUrl: 'https://exempel.invalid/',
        tenantId: 'exempel',
        conversationId: id,
        botId: '28:exempel',
      },
      channels: [{ id, name: '', isGeneral: true }],
      installedAt: opened,
      updatedAt: opened,
      removedAt: null,
    });
    await stores.teams.markRemoved(id, deadline);
  }

  const coordinator = { id: 'exempel-samordnare', name: 'Krisledningskontoret' };
  const draft = createRoundDraft(defaultRoundTemplate('sv'), {
    id: sampleRoundId,
    locale: 'sv',
    createdBy: coordinator,
    now: opened,
  });
  await stores.targets.replace(
    sampleRoundId,
    groups.map((name) => ({
      roundId: sampleRoundId,
      groupId: groupId.get(name) as string,
      mode: 'together' as const,
      members: [],
    })),
  );
  for (const answer of answers) {
    const at = new Date(opened.getTime() + (Number.parseInt(answer.id.slice(1), 10) % 20) * 86_400_000);
    await stores.responses.record({
      roundId: sampleRoundId,
      groupId: groupId.get(answer.group) as string,
      questionNumber: answer.question,
      author: { id: `exempel-${answer.id}`, name: answer.group },
      text: answer.text,
      source: 'card',
      sourceKey: responseSourceKey({
        kind: 'card',
        personId: `exempel-${answer.id}`,
        questionNumber: answer.question,
      }),
      createdAt: at,
      updatedAt: at,
      withdrawnAt: null,
    });
  }
  // The round last, so a start interrupted halfway is completed by the next one.
  await stores.rounds.create({
    ...draft,
    state: 'closed',
    deadline,
    openedAt: opened,
    closedAt: deadline,
    updatedAt: deadline,
    reminders: defaultReminderPolicy,
  });
  return true;
}

async function exists(stores: RoundStores): Promise<boolean> {
  try {
    await stores.rounds.get(sampleRoundId);
    return true;
  } catch (error) {
    if (error instanceof NotFoundError) return false;
    throw error;
  }
}
