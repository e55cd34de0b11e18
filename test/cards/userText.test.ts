import { withAnswerForm } from '../../bot/cards/answerForm';
import { groupsCard } from '../../bot/cards/groupsCard';
import { promptCard } from '../../bot/cards/promptCard';
import type { AdaptiveCard } from '../../bot/cards/renderCard';
import { roundEditorCard } from '../../bot/cards/roundEditorCard';
import { roundPreviewCard } from '../../bot/cards/roundPreviewCard';
import { statusCard } from '../../bot/cards/statusCard';
import { themesCard } from '../../bot/cards/themesCard';
import { groupsOf } from '../../bot/domain/group';
import { createRoundDraft, type Round } from '../../bot/domain/round';
import { setDraftDeadline } from '../../bot/domain/roundLifecycle';
import { defaultRoundTemplate } from '../../bot/domain/roundTemplate';
import { formFromRound } from '../../bot/usecases/roundForm';
import { sampleTeam } from '../support/sampleTeam';
import { cardSchemaProblems } from './cardSchema';

/**
 * What managers, team owners and coordinators write reaches cards as plain text. A TextBlock reads
 * its text as Markdown (a link, bold, a list), a TextRun never does
 * (https://learn.microsoft.com/en-us/adaptive-cards/schema-explorer/text-run: "Markdown is not
 * supported"), so user text arrives in a TextRun, whole and unchanged; where it must stay in a
 * TextBlock (a heading), its links are made inert. Every hostile text below holds a link, so a
 * live link in any TextBlock is user text that got through.
 */
const hostile = '[klicka här](https://example.invalid/stjäl) **bråttom** _nu_';

const now = new Date('2026-10-01T08:00:00Z');
const team = sampleTeam({
  id: 't1',
  name: `Team ${hostile}`,
  channels: [
    { id: 't1', name: '', isGeneral: true },
    { id: 'c2', name: `Kanal ${hostile}`, isGeneral: false },
  ],
});
const groups = groupsOf([team], new Map([['c2', `Grupp ${hostile}`]]), 'Allmänt');
const members = [{ id: 'oid-erik', name: `Erik ${hostile}`, userId: '29:erik' }];
const targets = [{ roundId: 'r1', groupId: 'c2', mode: 'individual' as const, members }];

function round(): Round & { deadline: Date } {
  const template = defaultRoundTemplate('sv');
  const draft = createRoundDraft(
    {
      ...template,
      purpose: `Syfte ${hostile}`,
      questions: [`Fråga ${hostile}`, ...template.questions.slice(1)],
    },
    { id: 'r1', locale: 'sv', createdBy: { id: 'k', name: 'Karin' }, now },
  );
  return {
    ...setDraftDeadline(draft, new Date('2026-10-16T15:00:00Z'), now),
    title: `Runda ${hostile}`,
  } as Round & {
    deadline: Date;
  };
}

type Node = Record<string, unknown>;

function nodes(value: unknown): Node[] {
  if (Array.isArray(value)) return value.flatMap(nodes);
  if (!value || typeof value !== 'object') return [];
  return [value as Node, ...Object.values(value as Node).flatMap(nodes)];
}

const shownAsMarkdown = (card: AdaptiveCard) =>
  nodes(card.body)
    .filter((node) => node.type === 'TextBlock')
    .map((node) => String(node.text));
const shownAsText = (card: AdaptiveCard) =>
  nodes(card.body)
    .filter((node) => node.type === 'TextRun')
    .map((node) => String(node.text));

const cards: [string, () => AdaptiveCard, number][] = [
  [
    'the themes card (round, theme label, group, quote)',
    () =>
      themesCard(
        [
          {
            title: `Runda ${hostile}`,
            result: {
              themes: [
                {
                  label: `Tema ${hostile}`,
                  size: 3,
                  groups: { c2: 3 },
                  quotes: [{ id: 'a', text: hostile }],
                },
              ],
              assignments: { a: 't1' },
            },
            groupName: () => `Grupp ${hostile}`,
          },
        ],
        'sv',
      ),
    4,
  ],
  [
    'the prompt card with its answer form (group, purpose, question, answer, editor)',
    () =>
      withAnswerForm(
        promptCard(round(), { locale: 'sv', mode: 'together', groupName: `Grupp ${hostile}`, now }),
        {
          roundId: 'r1',
          groupId: 'c2',
          mode: 'together',
          questionCount: 4,
          answers: new Map([
            [1, { text: hostile, editedBy: `Erik ${hostile}`, editedAt: now, version: 'v' }],
          ]),
          open: false,
        },
        'sv',
      ),
    5,
  ],
  ['the groups card (team, channels)', () => groupsCard([team], 'sv'), 2],
  [
    'the editor (members)',
    () =>
      roundEditorCard(
        {
          form: formFromRound(round(), targets),
          groups,
          members: new Map([['c2', members]]),
          errors: [],
          now,
        },
        'sv',
      ),
    1,
  ],
  [
    'the preview (groups)',
    () => roundPreviewCard(round(), [{ name: `Grupp ${hostile}`, mode: 'together' }], 'sv', now),
    1,
  ],
  [
    'the status card (round, group)',
    () =>
      statusCard(
        [
          {
            round: round(),
            reminders: { sent: 0, pending: 0, failed: 0, last: null } as never,
            groups: [
              {
                groupId: 'c2',
                name: `Grupp ${hostile}`,
                mode: 'together',
                answered: 0,
                questions: 4,
                people: 0,
                delivery: { groupId: 'c2', sent: 1, pending: 0, failed: 0, total: 1, failures: [] },
              } as never,
            ],
          },
        ],
        { locale: 'sv', now },
      ),
    2,
  ],
];

describe('user text in cards', () => {
  it.each(cards)('%s shows it as text, never as Markdown', (_name, build, places) => {
    const card = build();

    expect(shownAsMarkdown(card).filter((text) => text.includes('](https://example.invalid'))).toEqual([]);
    expect(shownAsText(card).filter((text) => text.includes(hostile)).length).toBeGreaterThanOrEqual(places);
    expect(cardSchemaProblems(card)).toEqual([]);
  });
});
