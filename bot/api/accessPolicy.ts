import type { CoordinatorPolicy } from '../domain/coordinators';
import type { Role } from './contract';
import type { DemoPerson } from './demoPeople';
import type { Identity } from './tokenVerifier';

export type AccessRules = {
  coordinators: CoordinatorPolicy;
  /** Entra object ids of leadership. */
  leadership: readonly string[];
  /** Local mode only: the demo people, whose roles count beside the configured ones. */
  demo: readonly DemoPerson[];
};

export type AccessPolicy = {
  /** Roles that come from configuration, whatever the rounds. */
  standingRoles(identity: Identity): Role[];
  /** The groups a demo person belongs to, also when no round asks them (local mode). */
  demoGroups(identity: Identity): string[];
};

/**
 * Who may see what in the tab. Coordinators are the configured object ids, and those Teams confirmed
 * at sign-in (`coordinatorInTeams`: a coordinators' team, a configured user principal name). Local mode's "everyone is a
 * coordinator" is what makes the Playground work; the tab instead honours each demo person's role
 * there, so every view can be tried. Who is a member of which group is decided by the use cases
 * (bot/usecases/roundAccess.ts) from the rounds' targets and the teams' rosters.
 */
export function createAccessPolicy(rules: AccessRules): AccessPolicy {
  const coordinators = new Set(rules.coordinators.objectIds.map(lower));
  const leadership = new Set(rules.leadership.map(lower));
  const demoOf = (identity: Identity) =>
    rules.demo.find((person) => lower(person.id) === lower(identity.objectId));

  const standingRoles = (identity: Identity): Role[] => {
    const oid = lower(identity.objectId);
    const demo = demoOf(identity);
    const everyone = rules.coordinators.everyone && rules.demo.length === 0;
    return [
      ...(everyone ||
      coordinators.has(oid) ||
      identity.coordinatorInTeams ||
      demo?.roles.includes('coordinator')
        ? ['coordinator' as const]
        : []),
      ...(leadership.has(oid) || demo?.roles.includes('leadership') ? ['leadership' as const] : []),
    ];
  };

  return {
    standingRoles,
    demoGroups: (identity) => [...(demoOf(identity)?.groups ?? [])],
  };
}

function lower(id: string): string {
  return id.toLowerCase();
}
