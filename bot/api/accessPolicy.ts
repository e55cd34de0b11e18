import type { CoordinatorPolicy } from '../domain/coordinators';
import type { RoundTarget } from '../domain/target';
import { forbidden } from './apiError';
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

/** What a caller may see of one round: every group, or only their own. */
export type RoundAccess = { all: true } | { all: false; groups: ReadonlySet<string> };

export type AccessPolicy = {
  /** Roles that come from configuration, whatever the rounds. */
  standingRoles(identity: Identity): Role[];
  /**
   * The groups among `targets` the caller belongs to: asked by name (individually), on their
   * group's team roster (`rosterGroups`), or as a demo person.
   */
  groupsIn(
    identity: Identity,
    targets: readonly RoundTarget[],
    rosterGroups: ReadonlySet<string>,
  ): Set<string>;
  /** The groups a demo person belongs to, also when no round asks them (local mode). */
  demoGroups(identity: Identity): string[];
  /** Coordinators and leadership see every group; members their own; anyone else nothing. */
  roundAccess(
    identity: Identity,
    targets: readonly RoundTarget[],
    rosterGroups: ReadonlySet<string>,
  ): RoundAccess;
};

/**
 * Who may see what in the tab. Coordinators are the configured object ids, and those Teams confirmed
 * at sign-in (`coordinatorInTeams`: a coordinators' team, a configured user principal name). Local mode's "everyone is a
 * coordinator" is what makes the Playground work; the tab instead honours each demo person's role
 * there, so every view can be tried. Members are found by Entra object id in the rounds' targets
 * and on the rosters of the groups' teams.
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

  const groupsIn = (
    identity: Identity,
    targets: readonly RoundTarget[],
    rosterGroups: ReadonlySet<string>,
  ): Set<string> => {
    const oid = lower(identity.objectId);
    const demo = new Set(demoOf(identity)?.groups ?? []);
    return new Set(
      targets
        .filter(
          (target) =>
            demo.has(target.groupId) ||
            rosterGroups.has(target.groupId) ||
            target.members.some((member) => lower(member.id) === oid),
        )
        .map((target) => target.groupId),
    );
  };

  return {
    standingRoles,
    groupsIn,
    demoGroups: (identity) => [...(demoOf(identity)?.groups ?? [])],
    roundAccess: (identity, targets, rosterGroups) => {
      if (standingRoles(identity).length > 0) return { all: true };
      const groups = groupsIn(identity, targets, rosterGroups);
      if (groups.size === 0) throw forbidden();
      return { all: false, groups };
    },
  };
}

function lower(id: string): string {
  return id.toLowerCase();
}
