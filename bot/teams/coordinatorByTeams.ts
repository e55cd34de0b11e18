import type { InstalledTeam } from '../domain/team';
import type { CoordinatorLookupDeps } from './coordinatorGate';
import { teamMember } from './teamMember';

const cacheMs = 5 * 60 * 1000;

/** Installed teams asked for a configured user principal name before giving up on it. */
const upnLookups = 10;

/**
 * "Is this Entra object id a coordinator?" for the tab, which has no activity to ask Teams with:
 * a member of a coordinators' team (COORDINATOR_TEAMS), or the person behind a user principal name
 * among COORDINATORS. Teams finds a team member by object id or by user principal name
 * (msteams-docs, bots/how-to/get-teams-context.md, "Get single member details"), so each
 * configured name is looked up once in the installed teams to learn its object id. Answers are
 * kept a few minutes, as the chat's coordinator gate keeps them.
 */
export function createCoordinatorByTeams(
  deps: CoordinatorLookupDeps,
): (objectId: string) => Promise<boolean> {
  const decided = new Map<string, { allowed: boolean; at: number }>();
  const { policy } = deps;

  const memberIn = (team: InstalledTeam, userId: string) => teamMember(deps, team, userId);

  let named: { objectIds: Promise<Set<string>>; at: number } | undefined;

  /** The object ids of the configured user principal names, as the installed teams know them. */
  async function namedCoordinators(installed: InstalledTeam[]): Promise<Set<string>> {
    const found = new Set<string>();
    for (const upn of policy.userPrincipalNames) {
      for (const team of installed.slice(0, upnLookups)) {
        const member = await memberIn(team, upn);
        if (member?.aadObjectId) {
          found.add(member.aadObjectId.toLowerCase());
          break;
        }
      }
    }
    return found;
  }

  async function decide(objectId: string): Promise<boolean> {
    const installed = (await deps.teams.installed()).filter((team) => team.removedAt === null);
    for (const team of installed.filter((candidate) => policy.teamIds.includes(candidate.id))) {
      if (await memberIn(team, objectId)) return true;
    }
    if (policy.userPrincipalNames.length === 0) return false;
    if (!named || deps.now().getTime() - named.at >= cacheMs) {
      named = { objectIds: namedCoordinators(installed), at: deps.now().getTime() };
    }
    return (await named.objectIds).has(objectId.toLowerCase());
  }

  return async (objectId) => {
    if (policy.teamIds.length === 0 && policy.userPrincipalNames.length === 0) return false;
    const key = objectId.toLowerCase();
    const cached = decided.get(key);
    if (cached && deps.now().getTime() - cached.at < cacheMs) return cached.allowed;
    const allowed = await decide(objectId);
    decided.set(key, { allowed, at: deps.now().getTime() });
    return allowed;
  };
}
