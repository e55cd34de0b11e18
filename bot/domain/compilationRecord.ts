import type { Compilation, CompilationEdit } from './compilation';
import { emptyCompilation } from './compilation';
import type { CompiledThemes } from './compileThemes';
import type { Person } from './person';

/**
 * A scope's compilation as stored: the overlay, and what leadership sees. Publishing freezes the
 * compiled themes of that moment, so later edits stay a draft until the next publish.
 */
export type CompilationRecord = {
  roundId: string;
  scope: string;
  compilation: Compilation;
  /** Draft: edited since the last publish (or never published). */
  state: 'draft' | 'published';
  edited: { by: Person; at: Date } | null;
  published: { by: Person; at: Date; themes: CompiledThemes } | null;
  /**
   * The change the last save made, stored with it: its line in the history is written after the
   * save, so should that write fail the line is still known (and written with the next change).
   */
  lastChange: CompilationChange | null;
};

export const newCompilationRecord = (roundId: string, scope: string): CompilationRecord => ({
  roundId,
  scope,
  compilation: emptyCompilation(),
  state: 'draft',
  edited: null,
  published: null,
  lastChange: null,
});

/** One line of a round's history: who changed which scope's compilation, when, and how. */
export type CompilationChange = {
  roundId: string;
  scope: string;
  at: Date;
  by: Person;
  change: CompilationEdit | { kind: 'publish' };
};
