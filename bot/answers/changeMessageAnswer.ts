import { answersRefused, checkAnswerParts, contributionsFromMessage } from '../domain/answer';
import { ConflictError, NotFoundError } from '../domain/errors';
import { redactPersonalNumbers } from '../domain/personalNumbers';
import { parseReply } from '../domain/replyParser';
import type { Round } from '../domain/round';
import type { ResponseRepository } from '../storage/responseRepository';
import type { AnswerOutcome } from './answerOutcome';
import type { MessageAnswer } from './recordMessageAnswer';

/**
 * The author edited a message that was stored as an answer: its parts are replaced by what the
 * message says now, and parts it no longer has are withdrawn. A message never stored (sent before
 * the bot could see it) is stored now.
 */
export async function editMessageAnswer(
  responses: ResponseRepository,
  answer: MessageAnswer,
): Promise<AnswerOutcome> {
  const refused = answersRefused(answer.round, answer.now);
  if (refused)
    return { kind: 'refused', reason: refused, closedAt: answer.round.closedAt ?? answer.round.deadline };
  const { text, removed } = redactPersonalNumbers(answer.text, answer.redaction);
  const parsed = parseReply(text, answer.round.questions.length);
  checkAnswerParts(parsed.parts);

  const existing = await responses.forMessage(answer.round.id, answer.groupId, answer.activityId);
  const wanted = contributionsFromMessage({
    roundId: answer.round.id,
    groupId: answer.groupId,
    author: answer.author,
    activityId: answer.activityId,
    source: answer.source,
    parts: parsed.parts,
    now: answer.now,
  });
  const stored = new Map(existing.map((entry) => [entry.value.sourceKey, entry]));
  for (const contribution of wanted) {
    const before = stored.get(contribution.sourceKey);
    if (!before) {
      await responses.record(contribution);
      continue;
    }
    await replaceTolerantly(responses, before, {
      ...before.value,
      questionNumber: contribution.questionNumber,
      text: contribution.text,
      updatedAt: answer.now,
      withdrawnAt: null,
    });
  }
  const keep = new Set(wanted.map((contribution) => contribution.sourceKey));
  for (const entry of existing) {
    if (keep.has(entry.value.sourceKey) || entry.value.withdrawnAt) continue;
    await replaceTolerantly(responses, entry, {
      ...entry.value,
      withdrawnAt: answer.now,
      updatedAt: answer.now,
    });
  }
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
  input: { round: Round; groupId: string; activityId: string; now: Date },
): Promise<AnswerOutcome> {
  const refused = answersRefused(input.round, input.now);
  if (refused)
    return { kind: 'refused', reason: refused, closedAt: input.round.closedAt ?? input.round.deadline };
  for (const entry of await responses.forMessage(input.round.id, input.groupId, input.activityId)) {
    if (entry.value.withdrawnAt) continue;
    await replaceTolerantly(responses, entry, {
      ...entry.value,
      withdrawnAt: input.now,
      updatedAt: input.now,
    });
  }
  return { kind: 'stored', questions: [], unnumbered: false, redacted: 0 };
}

/**
 * The author says which question an unnumbered message answers ("Allmänt" is null). Only the
 * author may move their own words.
 */
export async function assignMessageAnswer(
  responses: ResponseRepository,
  input: {
    round: Round;
    groupId: string;
    activityId: string;
    authorId: string;
    questionNumber: number | null;
    now: Date;
  },
): Promise<AnswerOutcome> {
  const refused = answersRefused(input.round, input.now);
  if (refused)
    return { kind: 'refused', reason: refused, closedAt: input.round.closedAt ?? input.round.deadline };
  const parts = (await responses.forMessage(input.round.id, input.groupId, input.activityId)).filter(
    (entry) => entry.value.author.id === input.authorId && !entry.value.withdrawnAt,
  );
  if (parts.length === 0) throw new NotFoundError('answer', input.activityId);
  for (const entry of parts) {
    await responses.replace(
      { ...entry.value, questionNumber: input.questionNumber, updatedAt: input.now },
      entry.etag,
    );
  }
  return { kind: 'stored', questions: parts.map(() => input.questionNumber), unnumbered: false, redacted: 0 };
}

/**
 * Teams may deliver an edit twice at once; the second write then finds the row changed by the
 * first, which already holds the same text, so the conflict is no loss.
 */
async function replaceTolerantly(
  responses: ResponseRepository,
  before: { etag: string },
  after: Parameters<ResponseRepository['replace']>[0],
): Promise<void> {
  try {
    await responses.replace(after, before.etag);
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
  }
}
