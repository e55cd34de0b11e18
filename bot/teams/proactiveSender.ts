import type { Activity, CloudAdapter, ConversationParameters, ConversationReference } from 'botbuilder';
import type { Logger } from 'pino';
import type { ConversationAddress } from '../domain/team';
import { type AttemptFailure, classifyAttemptFailure, type SendFailureReason } from './sendFailure';
import { asSingleAttempt } from './singleAttemptTransport';
import { SendThrottle, type ThrottleLimits, teamsLimits } from './throttling/sendThrottle';
import { type Clock, realSleep, type Sleep } from './throttling/tokenBucket';

/** An activity to send; named here so callers outside bot/teams need no SDK type. */
export type OutgoingActivity = Partial<Activity>;

/** Where a person's 1:1 chat with the bot is created: from their Teams user id and the tenant. */
export type PersonAddress = {
  serviceUrl: string;
  tenantId: string;
  botId: string;
  botName?: string;
  /** The person's Teams user id (`29:…`). */
  userId: string;
};

export type SendSuccess = {
  ok: true;
  conversationId: string;
  activityId: string;
  attempts: number;
  /** An earlier attempt timed out after its request was sent, so Teams may show the message twice. */
  possibleDuplicate: boolean;
};

export type SendFailure = {
  ok: false;
  reason: SendFailureReason;
  /** Trying again later will fail the same way until someone changes something in Teams. */
  permanent: boolean;
  attempts: number;
  status?: number;
  /** The Bot Connector's error code, such as `ConversationBlockedByUser`. */
  code?: string;
  /** For `gave_up` after a 429: how long Teams asked to wait, so a later run can wait that long. */
  retryAfterMs?: number;
  message: string;
  /** An attempt timed out after its request was sent, so the message may have arrived after all. */
  possiblyDelivered: boolean;
  /** Known when the 1:1 chat was created but the message to it failed. */
  conversationId?: string;
};

export type SendOutcome = SendSuccess | SendFailure;

/**
 * Everything the bot sends on its own (round prompts, reminders, card updates) goes through here:
 * it waits for Teams' rate limits, retries what Teams asks to retry, and says why a message could
 * not go out. An expected failure is an outcome, never an exception; only a bug throws.
 */
export type ProactiveSender = {
  /** Posts a new thread in a channel (`channel.conversationId` is the channel id). */
  startThread(channel: ConversationAddress, activity: OutgoingActivity): Promise<SendOutcome>;
  /** Creates (or finds) the 1:1 chat with a person and sends to it; the chat's id comes back for reuse. */
  sendToPerson(person: PersonAddress, activity: OutgoingActivity): Promise<SendOutcome>;
  /** Sends into an existing conversation: a thread, a 1:1 or a group chat. */
  sendToConversation(address: ConversationAddress, activity: OutgoingActivity): Promise<SendOutcome>;
  /** Replaces a message the bot sent earlier (a card that changed). */
  updateActivity(
    address: ConversationAddress,
    activityId: string,
    activity: OutgoingActivity,
  ): Promise<SendOutcome>;
};

export type ProactiveSenderOptions = {
  /** An adapter built with `singleAttemptConnectorOptions()`, so the SDK does not retry on its own. */
  adapter: CloudAdapter;
  /** The bot's app id; empty in local mode. */
  botAppId: string;
  limits?: Partial<ThrottleLimits>;
  /** Attempts per request, the first included. */
  maxAttempts?: number;
  requestTimeoutMs?: number;
  /** Backoff when Teams gives no Retry-After: doubling from `baseMs`, at most `maxMs`, with jitter. */
  backoff?: { baseMs: number; maxMs: number };
  /** A Retry-After longer than this is not waited out here; the outcome says `gave_up` with the wait. */
  maxRetryAfterMs?: number;
  sleep?: Sleep;
  random?: () => number;
  now?: Clock;
  logger: Logger;
};

const noAudience = undefined as unknown as string;

type Attempted<T> = { ok: true; value: T; attempts: number; possibleDuplicate: boolean } | SendFailure;

export function createProactiveSender(options: ProactiveSenderOptions): ProactiveSender {
  const { adapter, botAppId, logger } = options;
  const maxAttempts = options.maxAttempts ?? 6;
  const requestTimeoutMs = options.requestTimeoutMs ?? 15_000;
  const backoff = options.backoff ?? { baseMs: 1000, maxMs: 30_000 };
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 60_000;
  const sleep = options.sleep ?? realSleep;
  const random = options.random ?? Math.random;
  const now = options.now ?? Date.now;
  const throttle = new SendThrottle({ ...teamsLimits, ...options.limits }, now, sleep);
  let warnedAboutTransport = false;

  /**
   * One request with its retries. Each attempt first waits for the buckets, so retries count
   * against the limits like any other request.
   *
   * A timeout after the request was sent is ambiguous: Teams may have posted the message without
   * answering. It is retried anyway, because a prompt that never arrives is worse than one that
   * arrives twice, and the outcome says `possibleDuplicate` so the caller can record it. (The local
   * connector drops a timed-out request unprocessed; a real Teams timeout may have been processed.)
   */
  async function withRetries<T>(
    operation: string,
    conversationId: string,
    call: () => Promise<T>,
  ): Promise<Attempted<T>> {
    let possibleDuplicate = false;
    for (let attempt = 1; ; attempt++) {
      await throttle.acquire(conversationId);
      const result = await asSingleAttempt(requestTimeoutMs, call);
      if (result.ok) {
        checkTransport(result.reachedTransport);
        return { ok: true, value: result.value, attempts: attempt, possibleDuplicate };
      }

      const failure = classifyAttemptFailure(result.error, now());
      // Anything but a connector failure is a bug on this side of the wire; it is not a delivery outcome.
      if (!failure) throw result.error;
      if (failure.status !== undefined) checkTransport(result.reachedTransport);
      if (!failure.retry) {
        const outcome = failed(failure, failure.reason, attempt, possibleDuplicate);
        logger.warn(
          { operation, reason: outcome.reason, status: failure.status, code: failure.code },
          'send refused',
        );
        return outcome;
      }
      possibleDuplicate ||= failure.ambiguous;
      const wait = retryWait(failure, attempt);
      if (attempt >= maxAttempts || wait > maxRetryAfterMs) {
        const outcome = failed(failure, 'gave_up', attempt, possibleDuplicate);
        logger.warn(
          { operation, attempts: attempt, status: failure.status, message: failure.message },
          'send gave up',
        );
        return outcome;
      }
      logger.debug({ operation, attempt, status: failure.status, waitMs: wait }, 'send will be retried');
      await sleep(wait);
    }
  }

  /**
   * Retry-After when Teams gave one, plus a little jitter so a crowd told the same wait does not
   * return at the same instant; else exponential backoff: half the doubling ceiling fixed, half random.
   */
  function retryWait(failure: AttemptFailure & { retry: true }, attempt: number): number {
    if (failure.retryAfterMs !== undefined) {
      return failure.retryAfterMs + Math.round(random() * Math.min(1000, failure.retryAfterMs * 0.1));
    }
    const ceiling = Math.min(backoff.maxMs, backoff.baseMs * 2 ** (attempt - 1));
    return Math.round(ceiling / 2 + random() * (ceiling / 2));
  }

  function checkTransport(reachedTransport: boolean): void {
    if (reachedTransport || warnedAboutTransport) return;
    warnedAboutTransport = true;
    logger.error(
      'proactive sender: the adapter does not use singleAttemptConnectorOptions(); the SDK retries on its own and the attempt counts are wrong',
    );
  }

  function reference(address: ConversationAddress): Partial<ConversationReference> {
    return {
      channelId: address.channelId,
      serviceUrl: address.serviceUrl,
      conversation: {
        id: address.conversationId,
        tenantId: address.tenantId,
      } as ConversationReference['conversation'],
      bot: { id: address.botId, name: address.botName ?? '' },
    };
  }

  async function sendInto(
    address: ConversationAddress,
    activity: OutgoingActivity,
  ): Promise<Attempted<string>> {
    return withRetries('sendToConversation', address.conversationId, () => {
      let activityId = '';
      return adapter
        .continueConversationAsync(botAppId, reference(address), async (context) => {
          // The SDK makes every proactive message a reply to the made-up id of its continuation
          // event; dropping it posts with Send to Conversation, into the thread the id names.
          context.onSendActivities(async (_context, activities, next) => {
            for (const outgoing of activities) delete outgoing.replyToId;
            return next();
          });
          const sent = await context.sendActivity({ type: 'message', ...activity });
          activityId = sent?.id ?? '';
        })
        .then(() => activityId);
    });
  }

  return {
    async startThread(channel, activity) {
      const parameters: ConversationParameters = {
        isGroup: true,
        bot: { id: channel.botId, name: channel.botName ?? '' },
        tenantId: channel.tenantId,
        channelData: { channel: { id: channel.conversationId }, tenant: { id: channel.tenantId } },
        activity: { type: 'message', ...activity } as Activity,
      };
      const created = await withRetries('startThread', channel.conversationId, () =>
        createConversation(channel.serviceUrl, parameters),
      );
      if (!created.ok) return created;
      // The adapter hands on the new conversation's id but not the root message id; Teams puts it
      // in the thread's id, `<channel id>;messageid=<root message id>`.
      const rootId = /;messageid=(.+)$/.exec(created.value)?.[1] ?? '';
      return success(created, created.value, rootId);
    },

    async sendToPerson(person, activity) {
      const parameters: ConversationParameters = {
        isGroup: false,
        bot: { id: person.botId, name: person.botName ?? '' },
        members: [{ id: person.userId, name: '' }],
        tenantId: person.tenantId,
        channelData: { tenant: { id: person.tenantId } },
      };
      const created = await withRetries('createPersonalChat', `person:${person.userId}`, () =>
        createConversation(person.serviceUrl, parameters),
      );
      // Creating a 1:1 chat twice finds the same chat: nothing a person sees can be doubled here.
      if (!created.ok) return { ...created, possiblyDelivered: false };
      const address: ConversationAddress = {
        channelId: 'msteams',
        serviceUrl: person.serviceUrl,
        tenantId: person.tenantId,
        conversationId: created.value,
        botId: person.botId,
        ...(person.botName ? { botName: person.botName } : {}),
      };
      const sent = await sendInto(address, activity);
      if (!sent.ok) {
        return {
          ...sent,
          attempts: created.attempts + sent.attempts,
          conversationId: created.value,
        };
      }
      return {
        ok: true,
        conversationId: created.value,
        activityId: sent.value,
        attempts: created.attempts + sent.attempts,
        possibleDuplicate: sent.possibleDuplicate,
      };
    },

    async sendToConversation(address, activity) {
      const sent = await sendInto(address, activity);
      return sent.ok ? success(sent, address.conversationId, sent.value) : sent;
    },

    async updateActivity(address, activityId, activity) {
      const updated = await withRetries('updateActivity', address.conversationId, () =>
        adapter.continueConversationAsync(botAppId, reference(address), async (context) => {
          await context.updateActivity({ type: 'message', ...activity, id: activityId });
        }),
      );
      // Replacing a message twice leaves the same message, so a timed-out update is never a duplicate.
      return updated.ok
        ? { ...success(updated, address.conversationId, activityId), possibleDuplicate: false }
        : updated;
    },
  };

  function createConversation(serviceUrl: string, parameters: ConversationParameters): Promise<string> {
    let conversationId = '';
    return (
      adapter
        // No audience: the connector factory then uses the channel's OAuth scope, as for replies.
        .createConversationAsync(botAppId, 'msteams', serviceUrl, noAudience, parameters, async (context) => {
          conversationId = context.activity.conversation.id;
        })
        .then(() => conversationId)
    );
  }
}

function success<T>(
  attempted: { attempts: number; possibleDuplicate: boolean; value: T },
  conversationId: string,
  activityId: string,
): SendSuccess {
  return {
    ok: true,
    conversationId,
    activityId,
    attempts: attempted.attempts,
    possibleDuplicate: attempted.possibleDuplicate,
  };
}

function failed(
  failure: AttemptFailure,
  reason: SendFailureReason,
  attempts: number,
  possiblyDelivered: boolean,
): SendFailure {
  return {
    ok: false,
    reason,
    permanent: reason !== 'gave_up',
    attempts,
    ...(failure.status !== undefined ? { status: failure.status } : {}),
    ...(failure.code ? { code: failure.code } : {}),
    ...(failure.retry && failure.retryAfterMs !== undefined ? { retryAfterMs: failure.retryAfterMs } : {}),
    message: failure.message,
    possiblyDelivered,
  };
}
