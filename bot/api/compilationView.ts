import type { CompilationChange } from '../domain/compilationRecord';
import type { CompilationDraft } from '../usecases/compilationEditing';
import type { CompilationChangeView, CompilationView } from './contract';
import { groupsByName } from './themeView';

/** A draft as the Sammanställning view shows it: group names, counts, and the version to edit on. */
export function compilationView(
  draft: CompilationDraft,
  groupName: (groupId: string) => string,
): CompilationView {
  const { record, shown } = draft;
  const unseen = new Set(shown.unseen);
  return {
    scope: record.scope,
    version: draft.etag,
    state: record.state,
    edited: record.edited ? { by: record.edited.by.name, at: record.edited.at.toISOString() } : null,
    published: record.published
      ? { by: record.published.by.name, at: record.published.at.toISOString() }
      : null,
    themes: shown.themes.map((theme) => ({
      id: theme.id,
      label: theme.label,
      terms: theme.terms,
      size: theme.size,
      groups: groupsByName(theme.groups, groupName),
      quotes: theme.quotes.map(({ id, text }) => ({ id, text })),
      conclusion: theme.conclusion,
      lesson: theme.lesson,
      pinned: theme.pinned,
      curated: theme.curated,
      newAnswers: theme.members.filter((id) => unseen.has(id)).length,
    })),
    other: shown.other.length,
    newAnswers: unseen.size,
    answerCount: draft.answers.length,
    compilers: [...draft.compilers],
  };
}

export function compilationChangeView(change: CompilationChange): CompilationChangeView {
  const made = change.change;
  const text =
    made.kind === 'rename' || made.kind === 'split'
      ? made.label
      : made.kind === 'conclude'
        ? made.conclusion
        : undefined;
  const answers = made.kind === 'move' || made.kind === 'split' ? made.answerIds.length : undefined;
  return {
    scope: change.scope,
    at: change.at.toISOString(),
    by: change.by.name,
    kind: made.kind,
    ...(text !== undefined ? { text } : {}),
    ...(answers !== undefined ? { answers } : {}),
  };
}
