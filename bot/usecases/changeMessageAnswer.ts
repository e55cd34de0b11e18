import { answersRefused } from '../domain/answer';
import { ConflictError, NotFoundError } from '../domain/errors';
import type { Response } from '../domain/response';
import type { Round } from '../domain/round';
import type { ResponseRepository } from '../storage/responseRepository';
import type { AnswerOutcome } from './answerOutcome';
import type { Effects } from './effects';
import { type MessageAnswer, readMessage } from './recordMessageAnswer';
import type { RoundStores } from './roundServices';

/**
 * The author edited a message that was stored as an answer: its parts become what the message
 * says now, and parts it no longer has are kept as withdrawn. A message never stored (sent before
 * the bot could see it) is stored now.
 */
export async function editMessageAnswer(
  responses: ResponseRepository,
  effects: Effects,
  answer: MessageAnswer,
): Promise<AnswerOutcome> {
  const refused = answersRefused(answer.round, answer.now);
  if (refused) return refusedOutcome(answer.round, refused);
  const { parsed, contributions: wanted, removed } = readMessage(answer);

  const existing = await responses.message(answer.round.id, answer.groupId, answer.activityId);
  if (!existing) {
    if (wanted.length > 0) await responses.recordMessage(answer.activityId, wanted);
  } else {
    const merged = mergeEdit(existing.parts, wanted, answer.now);
    await replaceTolerantly(() => responses.replaceMessage(answer.activityId, merged, existing.etag));
  }
  effects.answersChanged(answer.round.id);
  if (parsed.kind === 'empty') return { kind: 'empty' };
  return {
    kind: 'stored',
    questions: parsed.parts.map((part) => part.questionNumber),
    unnumbered: parsed.kind === 'unnumbered',
    redacted: removed,
  };
}

/** The author deleted the message: its parts are withdrawn (kept, marked, no longer counted). */
export async function withdrawMessageAnswer(
  responses: ResponseRepository,
  effects: Effects,
  input: { round: Round; groupId: string; activityId: string; now: Date },
): Promise<AnswerOutcome> {
  const refused = answersRefused(input.round, input.now);
  if (refused) return refusedOutcome(input.round, refused);
  const existing = await responses.message(input.round.id, input.groupId, input.activityId);
  if (existing) {
    const withdrawn = existing.parts.map((part) =>
      part.withdrawnAt ? part : { ...part, withdrawnAt: input.now, updatedAt: input.now },
    );
    await replaceTolerantly(() => responses.replaceMessage(input.activityId, withdrawn, existing.etag));
  }
  effects.answersChanged(input.round.id);
  return { kind: 'stored', questions: [], unnumbered: false, redacted: 0 };
}

/**
 * The author says which question an unnumbered message answers ("Allmänt" is null). Only the
 * author may move their own words; a question the round does not have is refused.
 */
export async function assignMessageAnswer(
  stores: Pick<RoundStores, 'rounds' | 'responses'>,
  effects: Effects,
  input: {
    roundId: string;
    groupId: string;
    activityId: string;
    authorId: string;
    questionNumber: number | null;
    now: Date;
  },
): Promise<AnswerOutcome | { kind: 'noSuchQuestion' }> {
  const { value: round } = await stores.rounds.get(input.roundId);
  if (input.questionNumber !== null && input.questionNumber > round.questions.length)
    return { kind: 'noSuchQuestion' };
  const refused = answersRefused(round, input.now);
  if (refused) return refusedOutcome(round, refused);
  const { responses } = stores;
  const existing = await responses.message(round.id, input.groupId, input.activityId);
  const live = existing?.parts.filter((part) => !part.withdrawnAt) ?? [];
  if (!existing || live.length === 0 || live.some((part) => part.author.id !== input.authorId)) {
    throw new NotFoundError('answer', input.activityId);
  }
  const moved = existing.parts.map((part) =>
    part.withdrawnAt ? part : { ...part, questionNumber: input.questionNumber, updatedAt: input.now },
  );
  await responses.replaceMessage(input.activityId, moved, existing.etag);
  effects.answersChanged(round.id);
  return { kind: 'stored', questions: live.map(() => input.questionNumber), unnumbered: false, redacted: 0 };
}

/** The edited parts in place of the old ones; old parts past the new end stay, withdrawn. */
function mergeEdit(before: readonly Response[], after: readonly Response[], now: Date): Response[] {
  const merged: Response[] = after.map((part, index) => ({
    ...part,
    createdAt: before[index]?.createdAt ?? part.createdAt,
  }));
  for (const old of before.slice(after.length)) {
    merged.push(old.withdrawnAt ? old : { ...old, withdrawnAt: now, updatedAt: now });
  }
  return merged;
}

function refusedOutcome(round: Round, reason: 'notOpen' | 'closed' | 'deadlinePassed'): AnswerOutcome {
  return { kind: 'refused', reason, closedAt: round.closedAt ?? round.deadline };
}

/**
 * Teams may deliver an edit twice at once; the second write then finds the row changed by the
 * first, which already holds the same text, so the conflict is no loss.
 */
async function replaceTolerantly(write: () => Promise<unknown>): Promise<void> {
  try {
    await write();
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
  }
}
