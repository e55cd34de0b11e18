import { createLocalJWKSet, exportJWK, generateKeyPair, type JWTPayload, SignJWT } from 'jose';
import type { SigningKeys } from '../../bot/api/tokenVerifier';
import type { Config } from '../../bot/config/config';

export const tabClientId = '11111111-2222-4333-8444-555555555555';
export const tabAppIdUri = `api://lardomar.example/${tabClientId}`;
export const tenantA = 'aaaaaaaa-0000-4000-8000-00000000000a';
export const tenantB = 'bbbbbbbb-0000-4000-8000-00000000000b';

export type TokenShape = {
  tid?: string;
  oid?: string;
  name?: string;
  iss?: string;
  aud?: string;
  /** Seconds from now. */
  expiresIn?: number;
  notBeforeIn?: number;
  /** Sign with a key Entra never published, under Entra's key id. */
  forged?: boolean;
};

/**
 * Entra as the tab API sees it: a key set (standing in for the common JWKS) and tokens shaped like
 * Teams SSO access tokens, v2 by default, each part changeable to test one rule at a time.
 */
export async function fakeEntra() {
  const kid = 'entra-test-key';
  const real = await generateKeyPair('RS256');
  const forger = await generateKeyPair('RS256');
  const keys: SigningKeys = createLocalJWKSet({
    keys: [{ ...(await exportJWK(real.publicKey)), kid, alg: 'RS256', use: 'sig' }],
  });

  async function token(shape: TokenShape = {}): Promise<string> {
    const tid = shape.tid ?? tenantA;
    const now = Math.floor(Date.now() / 1000);
    const claims: JWTPayload = {
      tid,
      oid: shape.oid ?? 'oid-someone',
      name: shape.name ?? 'Någon Person',
      ver: '2.0',
    };
    return new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
      .setIssuer(shape.iss ?? `https://login.microsoftonline.com/${tid}/v2.0`)
      .setAudience(shape.aud ?? tabClientId)
      .setIssuedAt(now - 60)
      .setNotBefore(now + (shape.notBeforeIn ?? -60))
      .setExpirationTime(now + (shape.expiresIn ?? 3600))
      .sign(shape.forged ? forger.privateKey : real.privateKey);
  }

  /** The same claims, unsigned, with `alg: none`: what an attacker hopes a careless server takes. */
  async function unsigned(shape: TokenShape = {}): Promise<string> {
    const [, payload] = (await token(shape)).split('.');
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    return `${header}.${payload}.`;
  }

  return { keys, token, unsigned };
}

/**
 * The service's settings in production mode for tests of the tab API: a multi-tenant bot (whose
 * own Bot Framework calls these tests do not make), the tab's app, tenant A allowed, and the
 * coordinators given by object id.
 */
export function productionSettings(coordinators: string[], overrides: Partial<Config> = {}): Partial<Config> {
  return {
    mode: 'production',
    bot: { kind: 'MultiTenant', appId: '00000000-0000-4000-8000-000000000abc', password: 'not-used-here' },
    coordinators: { objectIds: coordinators, userPrincipalNames: [], teamIds: [], everyone: false },
    tab: { clientId: tabClientId, appIdUri: tabAppIdUri },
    allowedTenants: [tenantA],
    ...overrides,
  };
}
