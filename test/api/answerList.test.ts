import type { AnswerPageView, CompilationView, ErrorBody } from '../../bot/api/contract';
import type { RoundTarget } from '../../bot/domain/target';
import { createRoundStores } from '../../bot/usecases/roundServices';
import { labelledSet } from '../support/labelledSets';
import { type RunningBot, startBot } from '../support/runningBot';
import { themedRound } from '../support/themedRound';
import { apiClient, demo, devToken } from './apiClient';

// The round's 120 answers, each by its own person ("p<i>"), as themedRound stores them.
const answers = labelledSet('lessons-sv.jsonl').slice(0, 120);
const perGroup = new Map<string, number>();
for (const answer of answers) perGroup.set(answer.group ?? 'g', (perGroup.get(answer.group ?? 'g') ?? 0) + 1);
const bySize = [...perGroup.entries()].sort((a, b) => b[1] - a[1]);
const [large, largeCount] = bySize[0] as [string, number];
const [small] = bySize.at(-1) as [string, number];
const [eriksGroup] = bySize[1] as [string, number];

describe('reading the answers behind the themes', () => {
  let bot: RunningBot;
  let api: ReturnType<typeof apiClient>;
  let karin: string;
  let lena: string;
  let erik: string;
  const roundId = 'round-answers';
  const path = `/api/rounds/${roundId}/answers`;

  beforeAll(async () => {
    bot = await startBot();
    api = apiClient(bot.url);
    karin = await devToken(bot.url, demo.karin);
    lena = await devToken(bot.url, demo.lena);
    erik = await devToken(bot.url, demo.erik);
    // The largest and smallest groups answer individually; the threshold lets only the largest show.
    await themedRound(createRoundStores(bot.storage), roundId, {
      anonymityThreshold: Math.min(20, largeCount),
      targets: (groups) =>
        groups.map(
          (groupId): RoundTarget => ({
            roundId,
            groupId,
            mode: groupId === large || groupId === small ? 'individual' : 'together',
            members:
              groupId === eriksGroup ? [{ id: demo.erik, name: 'Erik Johansson', userId: '29:erik' }] : [],
          }),
        ),
    });
  });

  afterAll(async () => {
    await bot.close();
  });

  it('pages every answer a coordinator may read, hiding a group too small to stay anonymous', async () => {
    const first = await api.get<AnswerPageView>(`${path}?limit=50`, karin);
    expect(first.status).toBe(200);
    expect(first.body.hiddenGroups.map((g) => g.groupId)).toEqual([small]);
    expect(first.body.total).toBe(120 - (perGroup.get(small) ?? 0));
    const rest = await api.get<AnswerPageView>(`${path}?limit=50&offset=50`, karin);
    const last = await api.get<AnswerPageView>(`${path}?limit=50&offset=100`, karin);
    const ids = [...first.body.answers, ...rest.body.answers, ...last.body.answers].map((a) => a.id);
    expect(new Set(ids).size).toBe(first.body.total);
    expect(ids.some((id) => id.startsWith(`${small}|`))).toBe(false);

    const all = [...first.body.answers, ...rest.body.answers, ...last.body.answers];
    // Names only where the group answers individually, and only for coordinators.
    expect(all.filter((a) => a.author !== null).every((a) => a.groupId === large)).toBe(true);
    expect(all.some((a) => a.groupId === large && a.author?.startsWith('Person '))).toBe(true);
    const lenas = await api.get<AnswerPageView>(`${path}?limit=200`, lena);
    expect(lenas.body.total).toBe(first.body.total);
    expect(lenas.body.answers.every((a) => a.author === null)).toBe(true);
  });

  it('searches without regard to case or å, ä and ö, and filters by question, group and theme', async () => {
    const word = 'samverkan';
    const expected = answers.filter(
      (a) => a.group !== small && a.text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().includes(word),
    ).length;
    expect(expected).toBeGreaterThan(0);
    const found = await api.get<AnswerPageView>(`${path}?q=SAMVERKAN&limit=200`, karin);
    expect(found.body.total).toBe(expected);

    const withDiacritics = answers.find((a) => a.group !== small && /ä/.test(a.text) && a.text.length < 200);
    const wordWithÄ = withDiacritics?.text.split(/[^\p{L}]+/u).find((w) => w.includes('ä')) as string;
    const plain = wordWithÄ.replace(/ä/g, 'a');
    const folded = await api.get<AnswerPageView>(`${path}?q=${encodeURIComponent(plain)}&limit=200`, karin);
    expect(folded.body.answers.map((a) => a.id)).toEqual(
      expect.arrayContaining([expect.stringContaining('|')]),
    );
    expect(folded.body.answers.some((a) => a.text === withDiacritics?.text)).toBe(true);

    const q2 = await api.get<AnswerPageView>(
      `${path}?question=2&group=${encodeURIComponent(eriksGroup)}&limit=200`,
      karin,
    );
    expect(q2.body.answers.every((a) => a.question === 2 && a.groupId === eriksGroup)).toBe(true);
    expect(q2.body.total).toBe(answers.filter((a) => a.question === 2 && a.group === eriksGroup).length);

    // Every answer shown is in exactly one of the draft's themes or in Övrigt.
    const draft = await api.get<CompilationView>(`/api/rounds/${roundId}/compilation?scope=round`, karin);
    let listed = 0;
    for (const theme of [...draft.body.themes.map((t) => t.id), 'other']) {
      const page = await api.get<AnswerPageView>(
        `${path}?theme=${encodeURIComponent(theme)}&limit=200`,
        karin,
      );
      expect(page.body.answers.every((a) => a.theme === theme)).toBe(true);
      if (theme !== 'other')
        expect(page.body.total).toBeLessThanOrEqual(draft.body.themes.find((t) => t.id === theme)?.size ?? 0);
      listed += page.body.total;
    }
    const everything = await api.get<AnswerPageView>(`${path}?limit=1`, karin);
    expect(listed).toBe(everything.body.total);
  });

  it('shows a member only their own group, and refuses another group and bad parameters', async () => {
    const own = await api.get<AnswerPageView>(`${path}?limit=200`, erik);
    expect(own.status).toBe(200);
    expect(own.body.total).toBe(perGroup.get(eriksGroup));
    expect(own.body.answers.every((a) => a.groupId === eriksGroup && a.author === null)).toBe(true);
    const another = await api.get<ErrorBody>(`${path}?group=${encodeURIComponent(large)}`, erik);
    expect(another.status).toBe(403);
    const unknown = await api.get<ErrorBody>(`${path}?group=nope`, karin);
    expect(unknown.status).toBe(404);
    for (const bad of [
      'limit=0',
      'limit=201',
      'offset=-1',
      'question=abc',
      'evil=1',
      `q=${'x'.repeat(501)}`,
    ]) {
      const refused = await api.get<ErrorBody>(`${path}?${bad}`, karin);
      expect(refused.status).toBe(400);
    }
  });
});
