import type { TeamsAdapter } from '@microsoft/teams-ai';
import { TeamsInfo, type TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { type CoordinatorPolicy, coordinatorByIdentity } from '../domain/coordinators';
import type { Application } from '../usecases/application';
import { teamMember } from './teamMember';

/** What deciding "coordinator or not" with Teams' help needs, in chat and in the tab alike. */
export type CoordinatorLookupDeps = {
  policy: CoordinatorPolicy;
  adapter: TeamsAdapter;
  botAppId: string;
  teams: Pick<Application['teams'], 'byId' | 'installed'>;
  logger: Logger;
  now: () => Date;
};

const cacheMs = 5 * 60 * 1000;

/**
 * Answers "may this person coordinate rounds?" for the sender of an activity. Identity comes
 * from the activity (Entra object id) or, when user principal names are configured, from the
 * roster; team membership from the paged roster of the configured teams. The Bot Framework roster
 * does not tell owners from members (https://github.com/MicrosoftDocs/msteams-docs/issues/1990),
 * so a coordinators' team counts all its members. Answers are kept a few minutes per person.
 */
export function createCoordinatorGate(
  deps: CoordinatorLookupDeps,
): (context: TurnContext) => Promise<boolean> {
  const decided = new Map<string, { allowed: boolean; at: number }>();
  return async (context) => {
    const from = context.activity.from;
    const key = from.aadObjectId ?? from.id;
    const cached = decided.get(key);
    if (cached && deps.now().getTime() - cached.at < cacheMs) return cached.allowed;

    let decision = coordinatorByIdentity(deps.policy, { aadObjectId: from.aadObjectId });
    if (decision !== 'yes' && deps.policy.userPrincipalNames.length > 0) {
      const upn = await userPrincipalName(context, deps.logger);
      if (upn)
        decision = coordinatorByIdentity(deps.policy, {
          aadObjectId: from.aadObjectId,
          userPrincipalName: upn,
        });
    }
    let allowed = decision === 'yes';
    if (decision === 'ask-teams') allowed = await memberOfAny(context, deps);
    decided.set(key, { allowed, at: deps.now().getTime() });
    return allowed;
  };
}

async function userPrincipalName(context: TurnContext, logger: Logger): Promise<string | undefined> {
  try {
    return (await TeamsInfo.getMember(context, context.activity.from.id)).userPrincipalName;
  } catch (error) {
    logger.warn({ err: error }, 'could not read the user principal name of the sender');
    return undefined;
  }
}

async function memberOfAny(
  context: TurnContext,
  deps: {
    policy: CoordinatorPolicy;
    adapter: TeamsAdapter;
    botAppId: string;
    teams: Pick<Application['teams'], 'byId' | 'installed'>;
    logger: Logger;
  },
): Promise<boolean> {
  const userId = context.activity.from.id;
  for (const teamId of deps.policy.teamIds) {
    const team = await deps.teams.byId(teamId);
    if (!team || team.removedAt) continue;
    if (await teamMember(deps, team, userId)) return true;
  }
  return false;
}
