import { newRoundCard } from '../../bot/cards/newRoundCard';
import { roundEditorCard } from '../../bot/cards/roundEditorCard';
import { roundPreviewCard } from '../../bot/cards/roundPreviewCard';
import { statusCard } from '../../bot/cards/statusCard';
import {
  claim,
  type DeliveryEntry,
  planDeliveries,
  recordFailure,
  recordSent,
} from '../../bot/domain/delivery';
import { groupsOf } from '../../bot/domain/group';
import { createRoundDraft, type Round } from '../../bot/domain/round';
import { openRound, setDraftDeadline } from '../../bot/domain/roundLifecycle';
import { defaultRoundTemplate } from '../../bot/domain/roundTemplate';
import { withSubmitFallbacks } from '../../bot/teams/cardActions';
import { formFromRound } from '../../bot/usecases/roundForm';
import { sampleTeam } from '../support/sampleTeam';
import { cardSchemaProblems } from './cardSchema';

const now = new Date('2026-10-01T08:00:00Z');
const team = sampleTeam({
  id: 't1',
  name: 'Psykiatri Halland',
  channels: [
    { id: 't1', name: '', isGeneral: true },
    { id: 'c2', name: 'Ledningsgrupp', isGeneral: false },
  ],
});
const groups = groupsOf([team], new Map(), 'Allmänt');
const members = [
  { id: 'oid-erik', name: 'Erik', userId: '29:erik' },
  { id: 'oid-maria', name: 'Maria', userId: '29:maria' },
];
const targets = [
  { roundId: 'r1', groupId: 't1', mode: 'together' as const, members: [] },
  { roundId: 'r1', groupId: 'c2', mode: 'individual' as const, members },
];

function draft(): Round {
  const round = createRoundDraft(defaultRoundTemplate('sv'), {
    id: 'r1',
    locale: 'sv',
    createdBy: { id: 'k', name: 'Karin' },
    now,
  });
  return setDraftDeadline(round, new Date('2026-10-16T15:00:00Z'), now);
}

function status(round: Round) {
  const [thread, other, erik, maria] = planDeliveries(
    'r1',
    targets,
    new Map(groups.map((g) => [g.id, g])),
    now,
  ) as [DeliveryEntry, DeliveryEntry, DeliveryEntry, DeliveryEntry];
  const entries = [
    recordSent(claim(thread, 'w', now), { conversationId: 'x', activityId: '1', attempts: 1 }, now),
    other,
    recordFailure(
      claim(erik, 'w', now),
      { reason: 'user_blocked_bot', message: '', permanent: true, attempts: 1 },
      now,
    ),
    maria,
  ];
  const byGroup = (groupId: string) => {
    const own = entries.filter((e) => e.groupId === groupId);
    return {
      groupId,
      sent: own.filter((e) => e.state === 'sent').length,
      pending: own.filter((e) => e.state === 'pending').length,
      failed: own.filter((e) => e.state === 'failed').length,
      total: own.length,
      failures: own
        .filter((e) => e.state === 'failed')
        .map(() => ({ recipient: 'Erik', reason: 'user_blocked_bot' })),
    };
  };
  return {
    round,
    reminders: { sent: 2, failed: 0, pending: 0, lastSentAt: new Date('2026-10-13T07:00:00Z') },
    groups: [
      {
        groupId: 't1',
        name: 'Psykiatri Halland',
        mode: 'together' as const,
        delivery: byGroup('t1'),
        answered: 1,
        answerable: 4,
      },
      {
        groupId: 'c2',
        name: 'Ledningen',
        mode: 'individual' as const,
        delivery: byGroup('c2'),
        answered: 0,
        answerable: 2,
      },
    ],
  };
}

describe('the wizard and status cards are valid Adaptive Cards 1.5, with fallbacks for old clients', () => {
  it('new round card, with and without earlier rounds', () => {
    expect(cardSchemaProblems(newRoundCard([], 'sv'))).toEqual([]);
    const opened = openRound(draft(), targets, now);
    expect(
      cardSchemaProblems(withSubmitFallbacks(newRoundCard([opened, { ...draft(), id: 'r2' }], 'en'))),
    ).toEqual([]);
  });

  it('editor card, with errors, a saved note and members', () => {
    const card = roundEditorCard(
      {
        form: formFromRound(draft(), targets),
        groups,
        members: new Map([['c2', members]]),
        errors: ['Välj minst en grupp.'],
        saved: 'Utkastet sparades kl. 10.00.',
        now,
      },
      'sv',
    );

    expect(cardSchemaProblems(withSubmitFallbacks(card))).toEqual([]);
    expect(JSON.stringify(card)).toContain('2 medlemmar får frågorna i chatt: Erik och Maria');
  });

  it('editor card leaves every check to the service, so no input can stop a submit in silence', () => {
    const card = roundEditorCard(
      { form: formFromRound(draft(), targets), groups, members: new Map(), errors: [], now },
      'sv',
    );
    const inputs = JSON.stringify(card.body).match(/"type":"Input\.[A-Za-z]+"[^{}]*/g) ?? [];

    // A date before "min" or a number outside "min"/"max" makes Teams hold the card back without
    // a word; the service answers such input with the same clear sentence as any other refusal.
    expect(inputs.length).toBeGreaterThan(5);
    expect(inputs.filter((input) => /"(min|max)":/.test(input))).toEqual([]);
  });

  it('editor card for a round with ten questions offers no eleventh field', () => {
    const ten = {
      ...formFromRound(draft(), []),
      questions: Array.from({ length: 10 }, (_, i) => `Fråga ${i}`),
    };
    const card = roundEditorCard({ form: ten, groups: [], members: new Map(), errors: [], now }, 'sv');

    expect(JSON.stringify(card).match(/"id":"q\d+"/g)).toHaveLength(10);
    expect(cardSchemaProblems(card)).toEqual([]);
  });

  it('preview card', () => {
    const round = draft() as Round & { deadline: Date };
    const card = roundPreviewCard(round, [{ name: 'Psykiatri Halland', mode: 'together' }], 'sv', now);

    expect(cardSchemaProblems(withSubmitFallbacks(card))).toEqual([]);
    expect(JSON.stringify(card)).toContain('Går till 1 grupp: Psykiatri Halland.');
    const two = roundPreviewCard(
      round,
      [
        { name: 'Psykiatri Halland', mode: 'together' },
        { name: 'HR-staben', mode: 'together' },
      ],
      'sv',
      now,
    );
    expect(JSON.stringify(two)).toContain('Går till 2 grupper: Psykiatri Halland och HR-staben.');
  });

  it.each(['draft', 'open', 'closed'] as const)('status card for a %s round', (state) => {
    const round = { ...draft(), state, closedAt: state === 'closed' ? now : null };
    const card = statusCard([status(round)], { locale: 'sv', now, viewerId: '29:karin', roundId: 'r1' });

    expect(cardSchemaProblems(withSubmitFallbacks(card))).toEqual([]);
  });

  it('status card names failures and offers a retry only when something failed', () => {
    const card = JSON.stringify(statusCard([status({ ...draft(), state: 'open' })], { locale: 'sv', now }));

    expect(card).toContain('Erik: personen har blockerat Lärdomar');
    expect(card).toContain('Skicka misslyckade igen');
    expect(card).toContain('1 av 4 frågor besvarade');
    // The round's progress, worded as the tab words it, and each group's by the same definition.
    expect(card).toContain('0 av 2 grupper har svarat på alla frågor');
    expect(card).toContain('0 av 2 har svarat på alla frågor');
  });

  it('status card with no rounds tells how to start one', () => {
    const card = statusCard([], { locale: 'sv', now });

    expect(JSON.stringify(card)).toContain('Skriv **ny runda** för att starta en.');
    expect(cardSchemaProblems(card)).toEqual([]);
  });
});
