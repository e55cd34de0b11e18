import { ForbiddenError } from './errors';

/** A role held across rounds, found by the edge from configuration or Teams team membership. */
export type StandingRole = 'coordinator' | 'leadership';

/**
 * Who asks for an operation, as the edge established it: from a checked activity or token, never
 * from data a card or request carries.
 */
export type Caller = {
  tenantId: string;
  /** The Entra object id (the channel account id when Teams gives none). */
  objectId: string;
  roles: readonly StandingRole[];
  /** The address the person signs in with, when the token says it; a round may name it a compiler. */
  userPrincipalName?: string;
  /** Groups the edge vouches for beside the stored facts: local mode's demo people. */
  vouchedGroups?: readonly string[];
};

/** Launching, editing, reminding, extending, closing and renaming are for coordinators. */
export function requireCoordinator(caller: Caller): void {
  if (!caller.roles.includes('coordinator')) throw new ForbiddenError('coordinator');
}
