/**
 * Who may create and run rounds. Configured people (Entra object ids or user principal names) and
 * the members of configured teams (for instance the crisis-management office's own team). With
 * nothing configured in local mode everyone may, so the Playground works out of the box.
 */
export type CoordinatorPolicy = {
  objectIds: readonly string[];
  userPrincipalNames: readonly string[];
  teamIds: readonly string[];
  everyone: boolean;
};

export type Requester = { aadObjectId?: string; userPrincipalName?: string };

/** 'yes' or 'no' from identity alone, or 'ask-teams' when only team membership can tell. */
export function coordinatorByIdentity(
  policy: CoordinatorPolicy,
  requester: Requester,
): 'yes' | 'no' | 'ask-teams' {
  if (policy.everyone) return 'yes';
  const objectId = requester.aadObjectId?.toLowerCase();
  if (objectId && policy.objectIds.some((id) => id.toLowerCase() === objectId)) return 'yes';
  const upn = requester.userPrincipalName?.toLowerCase();
  if (upn && policy.userPrincipalNames.some((name) => name.toLowerCase() === upn)) return 'yes';
  return policy.teamIds.length > 0 ? 'ask-teams' : 'no';
}

/** Splits a configured list ("karin@region.se, 3f1c…") into user principal names and object ids. */
export function parseCoordinatorList(list: string): { objectIds: string[]; userPrincipalNames: string[] } {
  const entries = list
    .split(/[,;\s]+/)
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
  return {
    userPrincipalNames: entries.filter((entry) => entry.includes('@')),
    objectIds: entries.filter((entry) => !entry.includes('@')),
  };
}
