import type { AnswerMode } from '../domain/group';
import type { Locale } from '../domain/locale';
import type { Member, Person } from '../domain/person';
import type { ReminderPolicy } from '../domain/reminderPolicy';
import { createRoundDraft, type Round, type RoundContentInput } from '../domain/round';
import { assertDeletable, editDraft, setDraftDeadline } from '../domain/roundLifecycle';
import { defaultRoundTemplate } from '../domain/roundTemplate';
import type { RoundTarget } from '../domain/target';
import { RoundRepository } from '../storage/roundRepository';
import type { RoundStores } from './roundServices';

/** A new draft from the default template, or from a copy of an earlier round's texts and groups. */
export async function createDraft(
  stores: RoundStores,
  from: { template: Locale } | { copyOf: string },
  createdBy: Person,
  now: Date,
): Promise<Round> {
  const id = RoundRepository.newId(now);
  let content: RoundContentInput;
  let locale: Locale;
  let targets: RoundTarget[] = [];
  if ('template' in from) {
    locale = from.template;
    content = defaultRoundTemplate(locale);
  } else {
    const { value: original } = await stores.rounds.get(from.copyOf);
    locale = original.locale;
    content = { ...original, questions: original.questions.map((question) => question.text) };
    targets = (await stores.targets.list(original.id)).map((target) => ({ ...target, roundId: id }));
  }
  const draft = createRoundDraft(content, { id, locale, createdBy, now });
  await stores.rounds.create(draft);
  if (targets.length > 0) await stores.targets.replace(id, targets);
  return draft;
}

/** What the editor submits: texts, deadline and, per group, how it answers. */
export type DraftChanges = {
  content: RoundContentInput;
  deadline: Date | null;
  reminders?: ReminderPolicy;
  /** People needed behind a group's themes when its members answer individually. */
  anonymityThreshold?: number;
  targets: { groupId: string; mode: AnswerMode; members: Member[] }[];
};

/**
 * Saves the editor's fields, all or nothing: everything is checked before anything is written, and
 * the round is written with the ETag it was read with, so a concurrent edit is not overwritten.
 */
export async function saveDraft(
  stores: RoundStores,
  roundId: string,
  changes: DraftChanges,
  now: Date,
): Promise<Round> {
  const stored = await stores.rounds.get(roundId);
  const edited = {
    ...setDraftDeadline(editDraft(stored.value, changes.content, now), changes.deadline, now),
    ...(changes.reminders ? { reminders: changes.reminders } : {}),
    ...(changes.anonymityThreshold !== undefined ? { anonymityThreshold: changes.anonymityThreshold } : {}),
  };
  await stores.rounds.update(edited, stored.etag);
  await stores.targets.replace(
    roundId,
    changes.targets.map((target) => ({ roundId, ...target })),
  );
  return edited;
}

export async function deleteDraft(stores: RoundStores, roundId: string): Promise<Round> {
  const stored = await stores.rounds.get(roundId);
  assertDeletable(stored.value);
  await stores.targets.replace(roundId, []);
  await stores.rounds.delete(roundId, stored.etag);
  return stored.value;
}
