import { errors, type JWTPayload, type JWTVerifyGetKey, jwtVerify } from 'jose';
import { UnavailableError } from '../domain/errors';
import { unauthorized } from './apiError';

/** Who called, as Entra says: people are told apart by tenant and object id, never by e-mail. */
export type Identity = {
  tenantId: string;
  objectId: string;
  name: string;
  /** `preferred_username` (v2) or `upn` (v1), lower case, when the token carries one. */
  userPrincipalName?: string;
  /**
   * Teams says this person coordinates: a member of a coordinators' team, or a configured user
   * principal name. Set by the server after asking Teams, never from the token.
   */
  coordinatorInTeams?: boolean;
};

export type TokenVerifier = (token: string) => Promise<Identity>;

/** A key set to check signatures with (a JWKS); named here so callers need not import jose. */
export type SigningKeys = JWTVerifyGetKey;

export type TokenRules = {
  /** Signing keys: Entra's JWKS in production, the local key in local mode, a test key in tests. */
  keys: SigningKeys;
  /** The tab's client id (v2 tokens) and, when configured, its Application ID URI (v1 tokens). */
  audiences: readonly string[];
  /** Empty: any tenant. */
  allowedTenants: readonly string[];
  now: () => Date;
};

/**
 * Checks a Teams SSO token the way Entra documents it: RS256 only, signature, `exp`/`nbf`,
 * audience, and an issuer that is exactly Entra's v2 or v1 issuer for the token's own `tid`
 * (the common key set signs for every tenant, so the issuer is what ties a token to its tenant).
 * Local dev tokens go through this same function with a local key set.
 */
export function createTokenVerifier(rules: TokenRules): TokenVerifier {
  const allowed = new Set(rules.allowedTenants.map((tenant) => tenant.toLowerCase()));
  return async (token) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, rules.keys, {
        algorithms: ['RS256'],
        audience: [...rules.audiences],
        requiredClaims: ['exp', 'iss', 'tid', 'oid'],
        currentDate: rules.now(),
      }));
    } catch (error) {
      throw refusal(error);
    }
    const { tid, oid, iss, name } = payload;
    const upn = payload.preferred_username ?? payload.upn;
    if (typeof tid !== 'string' || typeof oid !== 'string') throw unauthorized('tid and oid must be strings');
    if (
      iss !== `https://login.microsoftonline.com/${tid}/v2.0` &&
      iss !== `https://sts.windows.net/${tid}/`
    ) {
      throw unauthorized('issuer does not match the token tenant');
    }
    if (allowed.size > 0 && !allowed.has(tid.toLowerCase())) throw unauthorized('tenant not allowed');
    return {
      tenantId: tid,
      objectId: oid,
      name: typeof name === 'string' ? name : '',
      ...(typeof upn === 'string' && upn !== '' ? { userPrincipalName: upn.toLowerCase() } : {}),
    };
  };
}

/** A short reason for a refused token; a key set that cannot be fetched is our fault, not theirs. */
function refusal(error: unknown): Error {
  if (error instanceof errors.JWTExpired) return unauthorized('token expired');
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'nbf') return unauthorized('token not yet valid');
    if (error.claim === 'aud') return unauthorized('wrong audience');
    if (error.reason === 'missing') return unauthorized(`token lacks the ${error.claim} claim`);
    return unauthorized(`invalid ${error.claim} claim`);
  }
  if (error instanceof errors.JOSEAlgNotAllowed || error instanceof errors.JOSENotSupported) {
    return unauthorized('algorithm not allowed');
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) return unauthorized('invalid signature');
  if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys) {
    return unauthorized('unknown signing key');
  }
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) {
    return unauthorized('malformed token');
  }
  return new UnavailableError('token signing keys', { cause: error });
}
