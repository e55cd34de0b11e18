import { createLocalJWKSet, exportJWK, generateKeyPair, type JWTVerifyGetKey, SignJWT } from 'jose';
import type { DemoPerson } from './demoPeople';

/** The tenant of `npm start`: the Agents Playground's mock tenant. */
export const localTenantId = '00000000-0000-0000-0000-0000000000001';
/** The audience of local tokens when no tab app is configured. */
export const localTabClientId = 'lardomar-tab-local';

export type LocalSignIn = {
  tenantId: string;
  clientId: string;
  /** The local key set, checked by the same verifier as Entra's keys. */
  keys: JWTVerifyGetKey;
  /** A token for a demo person, shaped like an Entra v2 access token. */
  issue(person: DemoPerson, now: Date): Promise<string>;
};

const lifetimeSeconds = 60 * 60;

/**
 * Sign-in for local mode, where there is no Teams to ask for a token: a key pair made at start
 * (never stored, so a token outlives no restart) signs tokens for the demo people. Only local
 * mode creates one; production never trusts this key.
 */
export async function createLocalSignIn(clientId: string = localTabClientId): Promise<LocalSignIn> {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const kid = 'lardomar-local';
  const keys = createLocalJWKSet({
    keys: [{ ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' }],
  });
  return {
    tenantId: localTenantId,
    clientId,
    keys,
    issue: (person, now) => {
      const issuedAt = Math.floor(now.getTime() / 1000);
      return new SignJWT({
        tid: localTenantId,
        oid: person.id,
        name: person.name,
        preferred_username: person.userPrincipalName,
        ver: '2.0',
      })
        .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
        .setIssuer(`https://login.microsoftonline.com/${localTenantId}/v2.0`)
        .setAudience(clientId)
        .setSubject(person.id)
        .setIssuedAt(issuedAt)
        .setNotBefore(issuedAt)
        .setExpirationTime(issuedAt + lifetimeSeconds)
        .sign(privateKey);
    },
  };
}
