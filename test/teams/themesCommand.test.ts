import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Caller } from '../../bot/domain/caller';
import { ThemeRepository } from '../../bot/storage/themeRepository';
import { compilationDraft, editCompilation, publishCompilation } from '../../bot/usecases/compilationEditing';
import { createRoundStores } from '../../bot/usecases/roundServices';
import { personalMessage, threadReply } from '../support/activities';
import { ConnectorService } from '../support/connectorService';
import { launchedRound, roundStores } from '../support/deliveryHarness';
import { type RunningBot, startBot } from '../support/runningBot';

const answers = readFileSync(join(__dirname, '..', 'fixtures', 'themes', 'lessons-sv.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .slice(0, 40)
  .map((line) => JSON.parse(line) as { id: string; text: string; question: number });

describe('themes through the bot endpoint', () => {
  let connector: ConnectorService;
  let bot: RunningBot;
  let roundId: string;
  let threads: string[];

  beforeEach(async () => {
    connector = await ConnectorService.start();
    bot = await startBot(
      {},
      { now: () => new Date('2026-10-05T10:00:00Z'), startWorker: false, themeDebounceMs: 50 },
    );
    const launched = await launchedRound(roundStores(bot.storage), connector, { groups: 2 });
    roundId = launched.roundId;
    await bot.worker.runOnce();
    threads = launched.groupIds.map((id) => connector.threadsIn(id)[0]?.conversationId ?? '');
  });

  afterEach(async () => {
    await bot.close();
    await connector.close();
  });

  async function answerInThreads(count: number): Promise<void> {
    for (const [index, answer] of answers.slice(0, count).entries()) {
      const text = `Fråga ${answer.question}: ${answer.text.replace(/\s+/g, ' ')}`;
      const response = await bot.post(
        threadReply(connector.serviceUrl, threads[index % 2] as string, text, {
          id: `reply-${answer.id}`,
          from: { id: `29:m${index}`, name: `Chef ${index}`, aadObjectId: `oid-m${index}` },
        }),
      );
      expect(response.status).toBe(200);
    }
  }

  /** The round's stored themes once they hold `count` answers (or after 10 s, whatever they hold). */
  async function themesOf(count: number) {
    const themes = new ThemeRepository(bot.storage);
    const deadline = Date.now() + 10_000;
    // A recompute may start while the last answers are still arriving; the one after them counts.
    while (((await themes.get(roundId, 'round'))?.answerCount ?? 0) < count && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return themes.get(roundId, 'round');
  }

  it('recomputes and stores themes shortly after answers arrive', async () => {
    await answerInThreads(40);
    const stored = await themesOf(40);
    expect(stored?.answerCount).toBeGreaterThanOrEqual(40);
    expect((JSON.parse(stored?.result ?? '{}') as { themes: unknown[] }).themes.length).toBeGreaterThan(0);
  });

  it('shows a coordinator the round’s themes, with groups and a quote, on "teman"', async () => {
    await answerInThreads(40);
    const before = connector.sentActivities().length;

    const response = await bot.post(personalMessage(connector.serviceUrl, 'teman'));

    expect(response.status).toBe(200);
    // Confirmations of the thread answers may still be on their way to the chat: find the card.
    const reply = connector
      .sentActivities()
      .slice(before)
      .find((activity) => JSON.stringify(activity.attachments ?? []).includes('"Teman"'));
    const attachments = reply?.attachments as { content: unknown }[] | undefined;
    const card = attachments?.[0]?.content as { body: { text?: string; items?: unknown[] }[] } | undefined;
    const text = JSON.stringify(card);
    expect(card?.body[0]?.text).toBe('Teman');
    expect(text).toMatch(/\d+ svar/);
    expect(text).toContain('Grupp ');
    expect(text).toContain('”');
  });

  it('shows the published compilation on "teman" once there is one', async () => {
    await answerInThreads(40);
    await themesOf(40);
    const stores = createRoundStores(bot.storage);
    const karin: Caller = { tenantId: 't', objectId: 'oid-karin', roles: ['coordinator'] };
    const person = { id: 'oid-karin', name: 'Karin Lindqvist' };
    const now = new Date('2026-10-05T10:00:00Z');
    const draft = await compilationDraft(stores, karin, roundId, 'round');
    const biggest = draft.shown.themes[0];
    if (!biggest) throw new Error('no themes');
    const renamed = await editCompilation(
      stores,
      karin,
      person,
      { roundId, scope: 'round', etag: null },
      { kind: 'rename', themeId: biggest.id, label: 'Namn från sammanställningen' },
      now,
    );
    await publishCompilation(stores, karin, person, { roundId, scope: 'round', etag: renamed.etag }, now);

    const before = connector.sentActivities().length;
    await bot.post(personalMessage(connector.serviceUrl, 'teman'));
    // Confirmations of the thread answers may still be on their way to the chat: find the card.
    const card = connector
      .sentActivities()
      .slice(before)
      .find((activity) => JSON.stringify(activity.attachments ?? []).includes('"Teman"'));
    const text = JSON.stringify(card);
    expect(text).toContain('Namn från sammanställningen');
    expect(text).not.toContain(`${biggest.label} (`);
  });

  it('says there is nothing to sum up before anyone has answered', async () => {
    const before = connector.sentActivities().length;
    await bot.post(personalMessage(connector.serviceUrl, 'teman'));
    expect(JSON.stringify(connector.sentActivities().slice(before).at(-1))).toContain(
      'Det finns inga svar att sammanfatta ännu.',
    );
  });
});
