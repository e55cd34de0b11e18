import { createHash } from 'node:crypto';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

/** Who is calling, as far as the edge can tell before any token is checked. */
export type Caller = { address: string; path: string; authorization: string | undefined };

export type Admission = { admitted: true } | { admitted: false; retryAfterMs: number };

export type CallerLimits = {
  admit(caller: Caller): Promise<Admission>;
  /** Counts a refused sign-in (401) against the caller's address. */
  tokenRefused(caller: Caller): Promise<void>;
  /** Remembers a token that was accepted, so a flood of bad ones does not lock its holder out. */
  tokenAccepted(caller: Caller): void;
};

/**
 * Limits per caller for the tab's API (`/api/messages` is Teams' and is not limited here: Teams
 * keeps to its own limits and retries, and a refusal would lose an activity).
 * - Each bearer token from one address: 300 calls a minute. The tab polls every 5 s, a few calls
 *   a view, so a person stays far below; a script holding one token does not.
 * - Refused tokens from one address: 30 a minute. Past that, the address waits before any new token
 *   of it is even checked, so a flood of guessed tokens costs the service nothing. People behind the
 *   same address (a region's network) whose tokens were accepted before carry on; a token first
 *   seen during the flood waits with it, at most a minute.
 * - Local sign-in (`/api/dev/*`, local mode only), which mints tokens: 60 a minute per address.
 */
export type CallerLimitRules = Record<
  'callsPerToken' | 'refusedTokens' | 'localSignIn',
  { points: number; duration: number }
>;

export const callerLimitRules: CallerLimitRules = {
  callsPerToken: { points: 300, duration: 60 },
  refusedTokens: { points: 30, duration: 60 },
  localSignIn: { points: 60, duration: 60 },
};

/** Accepted tokens remembered at most; the oldest are forgotten first (Entra's live about an hour). */
const acceptedTokensKept = 10_000;

export function createCallerLimits(rules: CallerLimitRules = callerLimitRules): CallerLimits {
  const calls = new RateLimiterMemory(rules.callsPerToken);
  const refused = new RateLimiterMemory(rules.refusedTokens);
  const signIn = new RateLimiterMemory(rules.localSignIn);
  const accepted = new Set<string>();

  return {
    async admit(caller) {
      const token = fingerprint(caller.authorization);
      const refusals = await refused.get(caller.address);
      if (
        refusals &&
        refusals.consumedPoints >= rules.refusedTokens.points &&
        !accepted.has(`${caller.address} ${token}`)
      ) {
        return { admitted: false, retryAfterMs: refusals.msBeforeNext };
      }
      const [limiter, key] = caller.path.startsWith('/api/dev/')
        ? [signIn, caller.address]
        : [calls, `${caller.address} ${token}`];
      return consume(limiter, key);
    },
    async tokenRefused(caller) {
      await consume(refused, caller.address);
    },
    tokenAccepted(caller) {
      if (!caller.authorization) return;
      const key = `${caller.address} ${fingerprint(caller.authorization)}`;
      accepted.delete(key);
      accepted.add(key);
      if (accepted.size > acceptedTokensKept) accepted.delete(accepted.values().next().value as string);
    },
  };
}

async function consume(limiter: RateLimiterMemory, key: string): Promise<Admission> {
  try {
    await limiter.consume(key);
    return { admitted: true };
  } catch (outcome) {
    // The limiter rejects with its result when the key is over its points; anything else is a fault.
    if (outcome instanceof RateLimiterRes) return { admitted: false, retryAfterMs: outcome.msBeforeNext };
    throw outcome;
  }
}

/** Keeps tokens out of the limiter's memory: a short hash tells them apart well enough. */
function fingerprint(authorization: string | undefined): string {
  if (!authorization) return '-';
  return createHash('sha256').update(authorization).digest('base64url').slice(0, 16);
}
