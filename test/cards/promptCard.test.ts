// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these tests put template syntax in what a coordinator writes, on purpose.
import { promptCard } from '../../bot/cards/promptCard';
import type { AnswerMode } from '../../bot/domain/group';
import type { Locale } from '../../bot/domain/locale';
import { type RoundContentInput, roundContent } from '../../bot/domain/round';
import { defaultRoundTemplate } from '../../bot/domain/roundTemplate';

type Element = Record<string, unknown> & { type: string };

const now = new Date('2026-10-01T08:00:00Z');
const deadline = new Date('2026-10-16T15:00:00Z');

function card(
  options: {
    locale?: Locale;
    mode?: AnswerMode;
    groupName?: string;
    round?: Partial<RoundContentInput>;
  } = {},
) {
  const locale = options.locale ?? 'sv';
  const round = roundContent({ ...defaultRoundTemplate(locale), ...options.round });
  return promptCard(
    { ...round, deadline },
    { locale, mode: options.mode ?? 'together', groupName: options.groupName ?? 'Psykiatri Halland', now },
  );
}

/** Every element of the card, depth first, as a reader meets them. */
function elements(value: unknown): Element[] {
  if (Array.isArray(value)) return value.flatMap(elements);
  if (!value || typeof value !== 'object') return [];
  const node = value as Element;
  const children = [node.body, node.items, node.columns, node.inlines, node.actions].flatMap((inner) =>
    elements(inner),
  );
  return node.type ? [node, ...children] : children;
}

/** The texts shown, with the deadline's no-break spaces as plain ones to keep expectations legible. */
function texts(value: unknown): string[] {
  return elements(value)
    .filter((element) => element.type === 'TextBlock' || element.type === 'TextRun')
    .map((element) => plain(element.text));
}

function plain(text: unknown): string {
  return String(text).replace(/\u00a0/g, ' ');
}

function outOfScope(shown: ReturnType<typeof card>): Element | undefined {
  return elements(shown).find((element) => element.id === 'outOfScope');
}

describe('promptCard', () => {
  it('is an Adaptive Card 1.5 with text for clients that cannot draw it and for screen readers', () => {
    const shown = card();

    expect(shown.version).toBe('1.5');
    expect(plain(shown.fallbackText)).toBe(
      'Samlade lärdomar – hur arbetar vi/har arbetat under pandemin. ' +
        '1. Vilka är de viktigaste lärdomarna inför framtiden? ' +
        '2. Vilka är de mest betydelsefulla förändringar som ni har genomfört? ' +
        '3. Vad har varit mest utmanande? 4. Vad har varit mest avgörande? ' +
        'Svara senast fredag 16 oktober kl. 17.00.',
    );
    expect(plain(shown.speak)).toBe(
      'Samlade lärdomar – hur arbetar vi/har arbetat under pandemin. ' +
        'Psykiatri Halland ombeds svara på 4 frågor, senast fredag 16 oktober kl. 17.00.',
    );
  });

  it('reads, in order: title, whom it asks, purpose, questions, hint, out of scope, how to answer', () => {
    expect(texts(card())).toEqual([
      'Samlade lärdomar – hur arbetar vi/har arbetat under pandemin',
      'Psykiatri Halland ombeds svara på frågorna nedan.',
      expect.stringMatching(/^Syftet är att identifiera .* inte om rätt eller fel\.$/),
      'Frågor',
      '1.',
      'Vilka är de viktigaste lärdomarna inför framtiden?',
      '2.',
      'Vilka är de mest betydelsefulla förändringar som ni har genomfört?',
      '3.',
      'Vad har varit mest utmanande?',
      '4.',
      'Vad har varit mest avgörande?',
      'Reflektera särskilt över perspektiven att prioritera och att agera under osäkerhet och stress.',
      '•',
      'Produktions- och kvalitetsdata – följs upp i den ordinarie uppföljningen.',
      '•',
      'Sommarbemanningen – utvärderas separat.',
      '•',
      'Krisorganisationen – utvärderas separat.',
      'Så svarar ni',
      'Svara senast fredag 16 oktober kl. 17.00.',
      'Svara gemensamt för gruppen genom att svara i den här tråden. Numrera gärna svaren efter frågorna: 1. …, 2. …',
    ]);
  });

  it('keeps each question’s number in a column of its own, so wrapped text lines up', () => {
    const rows = elements(card()).filter((element) => element.type === 'ColumnSet');
    const first = rows[0]?.columns as Element[];

    expect(first.map((column) => column.width)).toEqual(['auto', 'stretch']);
    expect(texts(first[0])).toEqual(['1.']);
    expect(texts(first[1])).toEqual(['Vilka är de viktigaste lärdomarna inför framtiden?']);
  });

  it('pads the numbers of a ten-question round so that every question starts at the same edge', () => {
    const questions = Array.from({ length: 10 }, (_, index) => `Fråga ${index + 1}?`);
    const numbers = texts(card({ round: { questions } })).filter((text) => /^\W*\d+\.$/.test(text));

    expect(numbers[0]).toBe('\u20071.');
    expect(numbers[8]).toBe('\u20079.');
    expect(numbers[9]).toBe('10.');
    expect(card({ round: { questions } }).fallbackText).toMatch(/^Samlade .*\. 1\. Fråga 1\? 2\. Fråga 2\?/);
  });

  it('sets the reflection hint apart in an emphasis container', () => {
    const hint = elements(card()).find(
      (element) => element.type === 'Container' && element.style === 'emphasis',
    );

    expect(texts(hint)).toEqual([
      'Reflektera särskilt över perspektiven att prioritera och att agera under osäkerhet och stress.',
    ]);
  });

  it('hides the out-of-scope notes until the one toggle shows them, and has no other button', () => {
    const shown = card();
    const buttons = elements(shown).filter((element) => element.type.startsWith('Action.'));

    expect(shown.actions).toBeUndefined();
    expect(buttons).toEqual([
      { type: 'Action.ToggleVisibility', title: 'Visa avgränsningar', targetElements: ['outOfScope'] },
    ]);
    expect(outOfScope(shown)?.isVisible).toBe(false);
  });

  it('leaves the out-of-scope section out when the round has no notes', () => {
    const shown = card({ round: { outOfScope: [] } });

    expect(outOfScope(shown)).toBeUndefined();
    expect(elements(shown).filter((element) => element.type === 'ActionSet')).toEqual([]);
    expect(JSON.stringify(shown)).not.toContain('avgränsningar');
  });

  it('leaves out an empty purpose and reflection hint rather than showing blank lines', () => {
    const shown = card({ round: { purpose: '', reflectionHint: '' } });

    expect(texts(shown)).not.toContain('');
    expect(elements(shown).some((element) => element.style === 'emphasis')).toBe(false);
  });

  it.each([
    ['together', /^Svara gemensamt för gruppen genom att svara i den här tråden\./],
    ['individual', /^Svara var och en genom att svara i tråden \(eller här i chatten\)\. Numrera gärna/],
  ] as const)('tells a group that answers %s how to answer', (mode, expected) => {
    expect(texts(card({ mode })).at(-1)).toMatch(expected);
  });

  it('speaks English to English users', () => {
    const shown = texts(card({ locale: 'en', mode: 'individual' }));

    expect(shown).toContain('Psykiatri Halland is asked to answer the questions below.');
    expect(shown).toContain('Please answer by Friday 16 October at 17:00.');
    expect(shown.at(-1)).toMatch(/^Each of you answers by replying in the thread \(or here in the chat\)\./);
    expect(
      elements(card({ locale: 'en' })).find((element) => element.type.startsWith('Action.'))?.title,
    ).toBe('Show what is out of scope');
  });

  it('shows what a coordinator wrote as written, never as a template or placeholder', () => {
    const shown = card({
      groupName: 'Grupp ${x} {group}',
      round: {
        title: 'Titel ${x}',
        purpose: 'Syfte {y}',
        questions: ['Vad betyder ${x} och {y}?', '${count(questions)}'],
        reflectionHint: 'Tänk på ${x}',
        outOfScope: ['Inte {deadline}'],
      },
    });
    const all = texts(shown);

    expect(all).toEqual(
      expect.arrayContaining([
        'Titel ${x}',
        'Grupp ${x} {group} ombeds svara på frågorna nedan.',
        'Syfte {y}',
        'Vad betyder ${x} och {y}?',
        '${count(questions)}',
        'Tänk på ${x}',
        'Inte {deadline}',
      ]),
    );
    expect(plain(shown.speak)).toBe(
      'Titel ${x}. Grupp ${x} {group} ombeds svara på 2 frågor, senast fredag 16 oktober kl. 17.00.',
    );
    expect(shown.fallbackText).toContain('1. Vad betyder ${x} och {y}? 2. ${count(questions)}');
  });

  it('says "one question" aloud when there is only one', () => {
    expect(card({ round: { questions: ['Vad lärde ni er?'] } }).speak).toMatch(/ombeds svara på en fråga,/);
  });

  it('works in every Teams theme and on a phone: wrapped text, theme colours, no fixed sizes', () => {
    const all = elements(card());

    expect(all.filter((element) => element.type === 'TextBlock' && element.wrap !== true)).toEqual([]);
    expect(all.filter((element) => 'color' in element).map((element) => element.color)).toEqual(
      Array(4).fill('Accent'),
    );
    expect(JSON.stringify(card())).not.toMatch(/px|#[0-9a-f]{3,8}\b/i);
  });

  it('marks its headings as headings for screen readers', () => {
    const headings = elements(card()).filter((element) => element.style === 'heading');

    expect(headings.map((heading) => heading.text)).toEqual([
      'Samlade lärdomar – hur arbetar vi/har arbetat under pandemin',
      'Frågor',
      'Så svarar ni',
    ]);
  });
});
