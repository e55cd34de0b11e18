import { z } from 'zod';

/**
 * A string a table key, a URL or a header can carry: well-formed UTF-16 (a lone surrogate makes
 * the Azure SDK's encodeURIComponent throw a URIError) and no control characters.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
const unsafe = /[\u0000-\u001f\u007f]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const id = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .refine((value) => !unsafe.test(value), 'must hold no control characters or broken characters');

const account = z
  .object({
    id: id(1024),
    aadObjectId: id(128).nullish(),
    name: z.string().max(1024).nullish(),
  })
  .passthrough();

/** A mention names whom it mentions; other entities are passed on as Teams sent them. */
const entity = z
  .object({ type: z.string().max(64) })
  .passthrough()
  .superRefine((value, context) => {
    if (value.type !== 'mention') return;
    const mention = z.object({ mentioned: z.object({ id: z.string().max(1024) }).passthrough() });
    if (!mention.safeParse(value).success) {
      context.addIssue({ code: z.ZodIssueCode.custom, message: 'a mention must name whom it mentions' });
    }
  });

/**
 * What every activity must carry before the SDK sees it, and the shape of what the handlers read.
 * The SDK and the handlers would throw (and answer 500) on a body without these; checking first
 * lets a malformed request get a 400 with a reason instead.
 */
const activitySchema = z
  .object({
    type: z.string().min(1).max(64),
    id: z.string().max(1024).optional(),
    channelId: z.string().min(1).max(64),
    serviceUrl: z.string().url().max(2048),
    // Conversation ids travel in URLs and headers of the replies: printable ASCII, as Teams' are.
    conversation: z
      .object({
        id: z
          .string()
          .min(1)
          .max(2048)
          .regex(/^[\x21-\x7e]+$/, 'must be printable ASCII'),
      })
      .passthrough(),
    from: account,
    recipient: account,
    text: z.string().max(100_000).optional(),
    locale: z.string().max(64).optional(),
    membersAdded: z.array(account).max(10_000).optional(),
    membersRemoved: z.array(account).max(10_000).optional(),
    entities: z.array(entity).max(1000).optional(),
    replyToId: id(1024).optional(),
  })
  .passthrough();

export type ActivityCheck = { ok: true } | { ok: false; reason: string };

export function checkActivity(body: unknown): ActivityCheck {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { ok: false, reason: 'The body must be a JSON object (a Bot Framework activity).' };
  }
  const broken = brokenTextAt(body, '', 0);
  if (broken !== undefined) return { ok: false, reason: `${broken || 'activity'}: holds a broken character` };
  const result = activitySchema.safeParse(body);
  if (result.success) return { ok: true };
  const issue = result.error.issues[0];
  const field = issue?.path.join('.') || 'activity';
  return { ok: false, reason: `${field}: ${issue?.message ?? 'invalid'}` };
}

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Where a string holds half a character (a lone surrogate, which JSON can spell as \ud800): card
 * data goes into table keys, and such a key breaks the storage request (URIError). Teams never
 * sends one. Nesting deeper than cards go is not searched.
 */
function brokenTextAt(value: unknown, path: string, depth: number): string | undefined {
  if (typeof value === 'string') return loneSurrogate.test(value) ? path : undefined;
  if (depth > 32 || typeof value !== 'object' || value === null) return undefined;
  for (const [key, inner] of Object.entries(value)) {
    if (loneSurrogate.test(key)) return path;
    const found = brokenTextAt(inner, path ? `${path}.${key}` : key, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}
