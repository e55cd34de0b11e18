/**
 * Sample data for `npm start`: the pandemic round from the real case, closed, with the answers of
 * the labelled development set (test/fixtures/themes), so a new user sees real themes at once —
 * "teman" in the Playground, and the tab. The groups are stored as teams the bot has since left:
 * their names show, but no new round can be sent to them, since their Teams addresses are made up.
 */
import { readFileSync } from 'node:fs';
import { planDeliveries, recordSent } from '../domain/delivery';
import { groupsOf } from '../domain/group';
import { defaultReminderPolicy } from '../domain/reminderPolicy';
import { responseSourceKey } from '../domain/response';
import { createRoundDraft } from '../domain/round';
import { defaultRoundTemplate } from '../domain/roundTemplate';
import { sampleGroupId, sampleRoundId, sampleTitlePrefix } from '../domain/sampleRound';
import type { RoundStores } from '../usecases/roundServices';

type SampleAnswer = { id: string; text: string; group: string; question: number };

/**
 * Stores the sample round in a store without rounds; tells whether it stored it. A store that
 * has rounds (or had the sample removed and has others) is left alone.
 */
export async function loadSampleRound(stores: RoundStores, answersPath: string): Promise<boolean> {
  if ((await stores.rounds.list()).length > 0) return false;
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
  const template = defaultRoundTemplate('sv');
  const content = { ...template, title: `${sampleTitlePrefix}${template.title}` };
  const draft = createRoundDraft(content, {
    id: sampleRoundId,
    locale: 'sv',
    createdBy: coordinator,
    now: opened,
  });
  const targets = groups.map((name) => ({
    roundId: sampleRoundId,
    groupId: groupId.get(name) as string,
    mode: 'together' as const,
    members: [],
  }));
  await stores.targets.replace(sampleRoundId, targets);
  // The round was sent, as every closed round was: each group's prompt is in the ledger as sent,
  // so the status reads like that of a real round (not "Utkast" in a closed one).
  const installed = await stores.teams.list({ includeRemoved: true });
  const sampleGroups = new Map(groupsOf(installed, new Map(), '').map((group) => [group.id, group]));
  await stores.deliveries.writeLaunch(
    sampleRoundId,
    planDeliveries(sampleRoundId, targets, sampleGroups, opened).map((entry) =>
      recordSent(
        entry,
        { conversationId: entry.groupId, activityId: `exempel-${entry.groupId}`, attempts: 1 },
        opened,
      ),
    ),
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
