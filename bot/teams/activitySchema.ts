import { z } from 'zod';

const account = z.object({ id: z.string().min(1).max(1024) }).passthrough();

/**
 * What every activity must carry before the SDK sees it. The SDK would throw (and answer 500) on a
 * body without these; checking first lets a malformed request get a 400 with a reason instead.
 */
const activitySchema = z
  .object({
    type: z.string().min(1).max(64),
    id: z.string().max(1024).optional(),
    channelId: z.string().min(1).max(64),
    serviceUrl: z.string().url().max(2048),
    conversation: z.object({ id: z.string().min(1).max(2048) }).passthrough(),
    from: account,
    recipient: account,
    text: z.string().max(100_000).optional(),
    locale: z.string().max(64).optional(),
  })
  .passthrough();

export type ActivityCheck = { ok: true } | { ok: false; reason: string };

export function checkActivity(body: unknown): ActivityCheck {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { ok: false, reason: 'The body must be a JSON object (a Bot Framework activity).' };
  }
  const result = activitySchema.safeParse(body);
  if (result.success) return { ok: true };
  const issue = result.error.issues[0];
  const field = issue?.path.join('.') || 'activity';
  return { ok: false, reason: `${field}: ${issue?.message ?? 'invalid'}` };
}
