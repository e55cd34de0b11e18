import { ApiError, unauthorized } from './apiError';
import type { Identity, TokenVerifier } from './tokenVerifier';

export type Authenticate = (authorization: string | undefined) => Promise<Identity>;

/**
 * The caller behind an `Authorization: Bearer` header. Without a verifier (production without
 * TAB_CLIENT_ID) every call answers 503: the tab cannot work, and that is ours to fix, not theirs.
 * `coordinatorByTeams` asks Teams what the token cannot say: team membership, user principal name.
 */
export function createAuthenticate(
  verify: TokenVerifier | undefined,
  coordinatorByTeams?: (objectId: string) => Promise<boolean>,
): Authenticate {
  return async (authorization) => {
    if (!verify) throw new ApiError(503, 'internal', 'tab sign-in is not configured');
    if (!authorization) throw unauthorized('missing bearer token');
    const match = /^Bearer +([^\s]+)$/i.exec(authorization.trim());
    if (!match?.[1]) throw unauthorized('malformed authorization header');
    const identity = await verify(match[1]);
    if (coordinatorByTeams && (await coordinatorByTeams(identity.objectId))) {
      return { ...identity, coordinatorInTeams: true };
    }
    return identity;
  };
}
