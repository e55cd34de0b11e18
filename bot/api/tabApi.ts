import type { TabSignIn } from '../config/config';
import type { CoordinatorPolicy } from '../domain/coordinators';
import { createAccessPolicy } from './accessPolicy';
import type { ApiDeps } from './apiDeps';
import { apiRoutes } from './apiRoutes';
import { createAuthenticate } from './authenticate';
import { demoPeople } from './demoPeople';
import { entraKeys } from './entraKeys';
import type { ApiRoute } from './http';
import { createLocalSignIn } from './localSignIn';
import { createTokenVerifier, type SigningKeys } from './tokenVerifier';

export type TabApiSettings = {
  mode: 'local' | 'production';
  tab: TabSignIn;
  allowedTenants: readonly string[];
  coordinators: CoordinatorPolicy;
  leadership: readonly string[];
  /** Keys standing in for Entra's in production mode (tests); Entra's own JWKS when absent. */
  entraKeys?: SigningKeys;
  /** Asks Teams whether a person coordinates by team membership or user principal name. */
  coordinatorByTeams?: (objectId: string) => Promise<boolean>;
};

/**
 * The tab API as the configuration has it. Production checks Entra tokens for the tab's app;
 * local mode signs its own tokens for the demo people with a key made now and checks them by the
 * same verifier, so the tab's sign-in path is the one production runs.
 */
export async function createTabApi(
  settings: TabApiSettings,
  services: Omit<ApiDeps, 'authenticate' | 'access' | 'local'>,
): Promise<ApiRoute[]> {
  const now = services.now;
  if (settings.mode === 'local') {
    const signIn = await createLocalSignIn();
    const verify = createTokenVerifier({
      keys: signIn.keys,
      audiences: [signIn.clientId],
      allowedTenants: [signIn.tenantId],
      now,
    });
    return apiRoutes({
      ...services,
      authenticate: createAuthenticate(verify, settings.coordinatorByTeams),
      access: createAccessPolicy({ ...settings, demo: demoPeople }),
      local: { signIn, people: demoPeople },
    });
  }
  const { clientId, appIdUri } = settings.tab;
  const verify = clientId
    ? createTokenVerifier({
        keys: settings.entraKeys ?? entraKeys(),
        audiences: appIdUri ? [clientId, appIdUri] : [clientId],
        allowedTenants: settings.allowedTenants,
        now,
      })
    : undefined;
  return apiRoutes({
    ...services,
    authenticate: createAuthenticate(verify, settings.coordinatorByTeams),
    access: createAccessPolicy({ ...settings, demo: [] }),
  });
}
