import type { Caller } from '../domain/caller';
import type { CompilationEdit } from '../domain/compilation';
import { applyEdit } from '../domain/compilationEdits';
import {
  type CompilationChange,
  type CompilationRecord,
  newCompilationRecord,
} from '../domain/compilationRecord';
import { requireCompiler } from '../domain/compilers';
import { type CompiledThemes, compileThemes } from '../domain/compileThemes';
import { ConflictError, NotFoundError } from '../domain/errors';
import type { Person } from '../domain/person';
import type { Round } from '../domain/round';
import { parseCompiledScope, scopeInputs } from '../domain/themeScope';
import type { ThemeInput, ThemeResult } from '../themes/types';
import type { RoundStores } from './roundServices';

export type CompilationStores = Pick<
  RoundStores,
  'rounds' | 'responses' | 'themes' | 'compilations' | 'compilationHistory'
>;

/** A scope's compilation as a compiler works on it: the draft shown, and the version it is. */
export type CompilationDraft = {
  record: CompilationRecord;
  /** Null until the first edit is stored; an edit names it, so a stale one is refused. */
  etag: string | null;
  shown: CompiledThemes;
  answers: ThemeInput[];
  /** The engine's themes the draft is laid over. */
  result: ThemeResult;
  /** Sign-in addresses of the people named to compile the round beside its coordinators. */
  compilers: readonly string[];
};

/** The compilation was changed since the caller read it: the current draft comes along. */
export class StaleCompilationError extends ConflictError {
  constructor(readonly current: CompilationDraft) {
    super('compilation', `${current.record.roundId}/${current.record.scope}`);
    this.name = 'StaleCompilationError';
  }
}

/** The draft of a round-wide scope (`round` or `question|<n>`), for the round's compilers. */
export async function compilationDraft(
  stores: CompilationStores,
  caller: Caller,
  roundId: string,
  scope: string,
): Promise<CompilationDraft> {
  return readDraft(stores, roundId, scope, await compilableRound(stores, caller, roundId));
}

/**
 * One correction, made on the version the compiler saw (`etag`, null before the first). A stale
 * version is refused with the current draft; a refused correction stores nothing. The change is
 * kept in the round's history.
 */
export async function editCompilation(
  stores: CompilationStores,
  caller: Caller,
  editor: Person,
  target: { roundId: string; scope: string; etag: string | null },
  edit: CompilationEdit,
  now: Date,
): Promise<CompilationDraft> {
  const round = await compilableRound(stores, caller, target.roundId);
  const draft = await readDraft(stores, target.roundId, target.scope, round);
  if (draft.etag !== target.etag) throw new StaleCompilationError(draft);
  const compilation = applyEdit(draft.record.compilation, edit, draft.shown);
  const record: CompilationRecord = {
    ...draft.record,
    compilation,
    state: 'draft',
    edited: { by: editor, at: now },
  };
  return store(stores, draft, record, { kind: 'edit', edit }, editor, now);
}

/** Freezes the draft as leadership's view until the next publish. */
export async function publishCompilation(
  stores: CompilationStores,
  caller: Caller,
  editor: Person,
  target: { roundId: string; scope: string; etag: string | null },
  now: Date,
): Promise<CompilationDraft> {
  const round = await compilableRound(stores, caller, target.roundId);
  const draft = await readDraft(stores, target.roundId, target.scope, round);
  if (draft.etag !== target.etag) throw new StaleCompilationError(draft);
  const record: CompilationRecord = {
    ...draft.record,
    state: 'published',
    published: { by: editor, at: now, themes: draft.shown },
  };
  return store(stores, draft, record, { kind: 'publish' }, editor, now);
}

async function store(
  stores: CompilationStores,
  draft: CompilationDraft,
  record: CompilationRecord,
  change: { kind: 'edit'; edit: CompilationEdit } | { kind: 'publish' },
  editor: Person,
  now: Date,
): Promise<CompilationDraft> {
  const line: CompilationChange = {
    roundId: record.roundId,
    scope: record.scope,
    at: now,
    by: editor,
    change: change.kind === 'edit' ? change.edit : change,
  };
  const saved: CompilationRecord = { ...record, lastChange: line };
  let etag: string;
  try {
    etag = await stores.compilations.save(saved, draft.etag);
  } catch (error) {
    // Someone stored a version between our read and our write.
    if (error instanceof ConflictError) {
      throw new StaleCompilationError(await readDraft(stores, record.roundId, record.scope));
    }
    throw error;
  }
  // The change is stored, its line with it; the history table gets the line now, and the previous
  // change's again in case its write failed (a line written twice is one). Should this fail, the
  // edit still stands and the history still shows the line (see compilationHistory).
  const previous = draft.record.lastChange;
  const written = Promise.all(
    [line, ...(previous ? [previous] : [])].map((each) => stores.compilationHistory.append(each)),
  ).catch(() => undefined);
  // The new draft is worked out while the lines are on their way.
  const shown = compileThemes(draft.result, record.compilation, draft.answers);
  await written;
  return {
    ...draft,
    record: saved,
    etag,
    shown,
  };
}

/** The round, once the caller is known to compile it: a coordinator, or named by one. */
async function compilableRound(stores: CompilationStores, caller: Caller, roundId: string): Promise<Round> {
  const { value: round } = await stores.rounds.get(roundId);
  requireCompiler(caller, round);
  return round;
}

async function readDraft(
  stores: CompilationStores,
  roundId: string,
  scope: string,
  known?: Round,
): Promise<CompilationDraft> {
  const round = known ?? (await stores.rounds.get(roundId)).value;
  const parsed = parseCompiledScope(scope, round.questions.length);
  const [result, responses, stored] = await Promise.all([
    engineResult(stores, roundId, scope),
    stores.responses.forRoundRecent(roundId),
    stores.compilations.get(roundId, scope),
  ]);
  const answers = scopeInputs(
    parsed,
    responses.map((entry) => entry.value),
  );
  const record = stored?.value ?? newCompilationRecord(roundId, scope);
  return {
    record,
    etag: stored?.etag ?? null,
    answers,
    result,
    compilers: round.compilers ?? [],
    shown: compileThemes(result, record.compilation, answers),
  };
}

async function engineResult(stores: CompilationStores, roundId: string, scope: string): Promise<ThemeResult> {
  const stored = await stores.themes.get(roundId, scope);
  if (!stored) throw new NotFoundError('themes', `${roundId}/${scope}`);
  return JSON.parse(stored.result) as ThemeResult;
}

/** Every change to a round's compilations, oldest first, for its compilers. */
export async function compilationHistory(
  stores: CompilationStores,
  caller: Caller,
  roundId: string,
): Promise<CompilationChange[]> {
  await compilableRound(stores, caller, roundId);
  const [lines, records] = await Promise.all([
    stores.compilationHistory.forRound(roundId),
    stores.compilations.forRound(roundId),
  ]);
  // Each scope's last change is stored with the compilation itself, so it shows even when writing
  // its history line failed.
  const key = (line: CompilationChange) => `${line.at.toISOString()}|${line.scope}`;
  const known = new Set(lines.map(key));
  const missing = records
    .map((stored) => stored.value.lastChange)
    .filter((line): line is CompilationChange => line !== null && !known.has(key(line)));
  return [...lines, ...missing].sort((a, b) => a.at.getTime() - b.at.getTime());
}
