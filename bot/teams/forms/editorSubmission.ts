import { z } from 'zod';
import { memberInputPrefix, modeInputPrefix } from '../../cards/roundEditorCard';
import type { GroupChoice, RoundForm } from '../../usecases/roundForm';

/** Card inputs arrive as strings, or not at all when left empty; anything else is refused. */
const text = z.string().max(20_000).optional().default('');

const submission = z
  .object({
    roundId: z.string().min(1).max(64),
    title: text,
    purpose: text,
    reflectionHint: text,
    outOfScope: text,
    deadlineDate: text,
    deadlineTime: text,
    reminderDays: text,
    reminderTime: text,
    anonymityThreshold: text,
  })
  .passthrough();

const choice = z.enum(['none', 'together', 'individual']);

/**
 * The round editor's inputs as a form. Lengths are checked again, with clear messages, by the
 * domain; this only makes sure the shapes are what the card sends (a hostile client can send
 * anything), so a malformed submission is refused before it reaches any rule.
 */
export function parseEditorSubmission(data: Record<string, unknown>): RoundForm {
  const parsed = submission.parse(data);
  // The card has at most ten question fields; more can only come from a doctored request, and
  // are kept so that the domain refuses them with its own message rather than dropping them.
  const questions = Object.keys(data)
    .filter((key) => /^q\d{1,3}$/.test(key))
    .sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)))
    .map((key) => z.string().max(20_000).parse(data[key]));
  const modes: Record<string, GroupChoice> = {};
  const memberChoices: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(data)) {
    if (key.startsWith(modeInputPrefix)) modes[key.slice(modeInputPrefix.length)] = choice.parse(value);
    // A multi-select sends the chosen values joined by commas, or nothing when none is chosen.
    if (key.startsWith(memberInputPrefix)) {
      memberChoices[key.slice(memberInputPrefix.length)] = z
        .string()
        .max(100_000)
        .parse(value ?? '')
        .split(',')
        .map((id) => id.trim())
        .filter((id) => id.length > 0);
    }
  }
  return {
    roundId: parsed.roundId,
    title: parsed.title,
    purpose: parsed.purpose,
    questions,
    reflectionHint: parsed.reflectionHint,
    outOfScope: parsed.outOfScope,
    deadlineDate: parsed.deadlineDate,
    deadlineTime: parsed.deadlineTime,
    modes,
    memberChoices,
    // A multi-select sends its values joined by commas; an untouched card sends nothing.
    reminderDays:
      data.reminderDays === undefined
        ? null
        : parsed.reminderDays
            .split(',')
            .map((day) => day.trim())
            .filter((day) => day.length > 0)
            .map(Number),
    reminderTime: parsed.reminderTime,
    anonymityThreshold: parsed.anonymityThreshold,
  };
}

export const roundIdData = z.object({ roundId: z.string().min(1).max(64) }).passthrough();
