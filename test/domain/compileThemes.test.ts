import { type Compilation, type CompilationEdit, emptyCompilation } from '../../bot/domain/compilation';
import { applyEdit } from '../../bot/domain/compilationEdits';
import { type CompiledThemes, compileThemes } from '../../bot/domain/compileThemes';
import { NotFoundError, ValidationError } from '../../bot/domain/errors';
import { findThemes } from '../../bot/themes/findThemes';
import type { ThemeInput } from '../../bot/themes/types';
import { labelledSet } from '../support/labelledSets';

// A real round's worth of answers, grouped by the real engine: 80 % first, then all of them.
const all: ThemeInput[] = labelledSet('lessons-sv.jsonl').map(({ id, text, group, question }) => ({
  id,
  text,
  group,
  question,
}));
const early = all.filter((_, i) => i % 5 !== 4);
const late = all.filter((_, i) => i % 5 === 4);
const engineEarly = findThemes(early);
const engineAll = findThemes(all);

const shownEarly = () => compileThemes(engineEarly, emptyCompilation(), early);
const themeOf = (view: CompiledThemes, answerId: string) =>
  view.themes.find((t) => t.members.includes(answerId))?.id ?? 'Övrigt';

/** The shown theme that holds an answer: how a person finds a theme again after the view reloads. */
const holding = (view: CompiledThemes, answerId: string) => {
  const found = view.themes.find((t) => t.members.includes(answerId));
  if (!found) throw new Error(`no theme holds ${answerId}`);
  return found.id;
};

type Step = CompilationEdit | ((view: CompiledThemes) => CompilationEdit);

/** Applies edits one after the other, each to the view the previous one left, as the tab does. */
function edit(start: Compilation, answers: readonly ThemeInput[], ...steps: Step[]): Compilation {
  return steps.reduce((compilation, step) => {
    const view = compileThemes(engineEarly, compilation, answers);
    return applyEdit(compilation, typeof step === 'function' ? step(view) : step, view);
  }, start);
}

describe('compileThemes', () => {
  it('shows the engine’s themes unchanged while nobody has edited', () => {
    const view = shownEarly();
    expect(view.themes.map((t) => [t.label, t.members])).toEqual(
      [...engineEarly.themes].sort((a, b) => b.size - a.size).map((t) => [t.label, t.members]),
    );
    expect(view.unseen).toEqual([]);
    expect(view.other.sort()).toEqual(
      Object.entries(engineEarly.assignments)
        .filter(([, theme]) => theme === null)
        .map(([id]) => id)
        .sort(),
    );
  });

  it('keeps every kind of correction when the themes are recomputed with 20 % more answers', () => {
    const view = shownEarly();
    const [a, b, c, d, e] = view.themes as [
      (typeof view.themes)[0],
      (typeof view.themes)[0],
      (typeof view.themes)[0],
      (typeof view.themes)[0],
      (typeof view.themes)[0],
    ];
    const fromOther = view.other.slice(0, 2);
    expect(fromOther).toHaveLength(2);
    const splitOff = d.members.slice(0, 3);
    const toOther = e.members[0] as string;
    const quote = a.members[a.members.length - 1] as string;
    const hidden = b.quotes[0]?.id as string;

    const compilation = edit(
      emptyCompilation(),
      early,
      { kind: 'rename', themeId: a.id, label: 'Ledarskap i kris' },
      (v) => ({
        kind: 'merge',
        themeIds: [holding(v, b.members[0] as string), holding(v, c.members[0] as string)],
      }),
      (v) => ({
        kind: 'split',
        themeId: holding(v, splitOff[0] as string),
        answerIds: splitOff,
        label: 'Utbruten',
      }),
      (v) => ({
        kind: 'move',
        answerIds: fromOther,
        to: { kind: 'theme', themeId: holding(v, e.members[1] as string) },
      }),
      { kind: 'move', answerIds: [toOther], to: { kind: 'other' } },
      (v) => ({
        kind: 'conclude',
        themeId: holding(v, a.members[0] as string),
        conclusion: '  Tydliga mandat  gav snabba beslut. ',
      }),
      (v) => ({ kind: 'markLesson', themeId: holding(v, a.members[0] as string), lesson: true }),
      (v) => ({ kind: 'pin', themeId: holding(v, e.members[1] as string), position: 1 }),
      (v) => ({ kind: 'pickQuotes', themeId: holding(v, a.members[0] as string), answerIds: [quote] }),
      (v) => ({
        kind: 'hideQuote',
        themeId: holding(v, b.members[0] as string),
        answerId: hidden,
        hidden: true,
      }),
    );
    // The ids shown before the first edit were the engine's; from then on they are the curated ones.
    const settledA = compilation.themes.find((t) => t.label === 'Ledarskap i kris');
    expect(settledA).toBeDefined();

    const after = compileThemes(engineAll, compilation, all);

    const renamed = after.themes.find((t) => t.label === 'Ledarskap i kris');
    expect(renamed?.members).toEqual(expect.arrayContaining(a.members));
    expect(renamed?.conclusion).toBe('Tydliga mandat gav snabba beslut.');
    expect(renamed?.lesson).toBe(true);
    expect(renamed?.quotes[0]?.id).toBe(quote);

    const merged = after.themes.find((t) => t.members.includes(b.members[0] as string));
    expect(merged?.members).toEqual(expect.arrayContaining([...b.members, ...c.members]));
    expect(merged?.quotes.map((q) => q.id)).not.toContain(hidden);

    const split = after.themes.find((t) => t.label === 'Utbruten');
    expect(split?.members).toEqual(expect.arrayContaining(splitOff));
    expect(themeOf(after, d.members[3] as string)).not.toBe(split?.id);

    const moved = after.themes.find((t) => t.members.includes(e.members[1] as string));
    expect(moved?.members).toEqual(expect.arrayContaining(fromOther));
    expect(after.themes[0]?.id).toBe(moved?.id);
    expect(after.other).toContain(toOther);

    // Every new answer is marked, and lands somewhere.
    expect(after.unseen.sort()).toEqual(late.map((x) => x.id).sort());
    const placed = [...after.other, ...after.themes.flatMap((t) => t.members)];
    expect(placed.sort()).toEqual(all.map((x) => x.id).sort());
    // New answers follow the engine: most join a theme rather than Övrigt.
    const newInThemes = late.filter((x) => !after.other.includes(x.id)).length;
    expect(newInThemes / late.length).toBeGreaterThan(0.8);
  });

  it('never shows a hidden quote, and shows picked ones first, before and after recomputation', () => {
    const first = shownEarly().themes[0];
    if (!first) throw new Error('no theme');
    const named = edit(emptyCompilation(), early, { kind: 'rename', themeId: first.id, label: 'Citat' });
    const before = compileThemes(engineEarly, named, early).themes.find((t) => t.label === 'Citat');
    const hidden = before?.quotes[0]?.id as string;
    const picked = before?.members.find((id) => !before.quotes.some((q) => q.id === id)) as string;
    expect(hidden).toBeDefined();

    const curated = edit(
      named,
      early,
      (v) => ({ kind: 'hideQuote', themeId: holding(v, hidden), answerId: hidden, hidden: true }),
      (v) => ({ kind: 'pickQuotes', themeId: holding(v, picked), answerIds: [picked] }),
    );
    for (const [engine, answers] of [
      [engineEarly, early],
      [engineAll, all],
    ] as const) {
      const quotes =
        compileThemes(engine, curated, answers).themes.find((t) => t.label === 'Citat')?.quotes ?? [];
      expect(quotes.map((q) => q.id)).not.toContain(hidden);
      expect(quotes[0]?.id).toBe(picked);
      expect(quotes[0]?.text).toBe(all.find((x) => x.id === picked)?.text);
    }
  });

  it('puts a new answer where the engine puts its known neighbours', () => {
    const view = shownEarly();
    const first = view.themes[0];
    if (!first) throw new Error('no theme');
    const compilation = edit(emptyCompilation(), early, {
      kind: 'rename',
      themeId: first.id,
      label: 'Namngivet',
    });
    const after = compileThemes(engineAll, compilation, all);
    const named = after.themes.find((t) => t.label === 'Namngivet');
    // An engine theme of the full round holding mostly the named theme's answers.
    const engineTwin = engineAll.themes.find(
      (t) => t.members.filter((id) => first.members.includes(id)).length > t.members.length / 2,
    );
    const newcomers = (engineTwin?.members ?? []).filter((id) => late.some((x) => x.id === id));
    expect(newcomers.length).toBeGreaterThan(0);
    expect(named?.members).toEqual(expect.arrayContaining(newcomers));
  });
});

describe('applyEdit refuses, changing nothing', () => {
  type Shown = CompiledThemes['themes'][number];
  const refusals: [
    string,
    (a: Shown, b: Shown) => CompilationEdit,
    typeof ValidationError | typeof NotFoundError,
  ][] = [
    ['an unknown theme', () => ({ kind: 'rename', themeId: 'c999', label: 'X' }), NotFoundError],
    ['an empty label', (a) => ({ kind: 'rename', themeId: a.id, label: '   ' }), ValidationError],
    [
      'a label over 80 characters',
      (a) => ({ kind: 'rename', themeId: a.id, label: 'å'.repeat(81) }),
      ValidationError,
    ],
    [
      'a conclusion over 2,000 characters',
      (a) => ({ kind: 'conclude', themeId: a.id, conclusion: 'ö'.repeat(2001) }),
      ValidationError,
    ],
    ['a merge of one theme', (a) => ({ kind: 'merge', themeIds: [a.id, a.id] }), ValidationError],
    [
      'splitting off every answer',
      (a) => ({ kind: 'split', themeId: a.id, answerIds: a.members, label: 'X' }),
      ValidationError,
    ],
    [
      'splitting off another theme’s answer',
      (a, b) => ({ kind: 'split', themeId: a.id, answerIds: b.members.slice(0, 1), label: 'X' }),
      NotFoundError,
    ],
    [
      'moving an answer of another scope',
      () => ({ kind: 'move', answerIds: ['x|y'], to: { kind: 'other' } }),
      NotFoundError,
    ],
    ['moving nothing', () => ({ kind: 'move', answerIds: [], to: { kind: 'other' } }), ValidationError],
    [
      'four quotes',
      (a) => ({ kind: 'pickQuotes', themeId: a.id, answerIds: a.members.slice(0, 4) }),
      ValidationError,
    ],
    [
      'quoting another theme’s answer',
      (a, b) => ({ kind: 'pickQuotes', themeId: a.id, answerIds: b.members.slice(0, 1) }),
      NotFoundError,
    ],
    ['a pin at 0', (a) => ({ kind: 'pin', themeId: a.id, position: 0 }), ValidationError],
  ];

  it.each(refusals)('%s, before and after a first edit', (_, refused, kind) => {
    const fresh = shownEarly();
    const [a, b] = fresh.themes as [Shown, Shown];
    expect(() => applyEdit(emptyCompilation(), refused(a, b), fresh)).toThrow(kind);

    const before = edit(emptyCompilation(), early, { kind: 'rename', themeId: a.id, label: 'Första' });
    const snapshot = structuredClone(before);
    const shown = compileThemes(engineEarly, before, early);
    const renamed = shown.themes.find((t) => t.label === 'Första') as Shown;
    const other = shown.themes.find((t) => t.members.includes(b.members[0] as string)) as Shown;
    expect(renamed.id).toMatch(/^c\d+$/);
    expect(() => applyEdit(before, refused(renamed, other), shown)).toThrow(kind);
    expect(before).toEqual(snapshot);
  });
});
