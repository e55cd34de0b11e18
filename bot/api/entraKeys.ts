import { createRemoteJWKSet, type JWTVerifyGetKey } from 'jose';

/**
 * Entra's signing keys for every tenant. jose caches them and refetches when a token names a key
 * it has not seen, which is how Entra's key rollover is meant to be followed.
 */
export const entraKeysUrl = 'https://login.microsoftonline.com/common/discovery/v2.0/keys';

export function entraKeys(): JWTVerifyGetKey {
  return createRemoteJWKSet(new URL(entraKeysUrl));
}
