import type { TurnContext } from 'botbuilder';
import type { Caller } from '../domain/caller';
import type { Application } from '../usecases/application';
import type { TeamsAppDeps } from './teamsAppDeps';

/**
 * Who sent this turn's activity, with the standing roles Teams confirms: the tenant and the sender
 * as the Bot Framework authenticated them (the endpoint has already refused foreign tenants), never
 * anything the activity's card data says.
 */
export async function turnCaller(
  context: TurnContext,
  deps: Pick<TeamsAppDeps, 'isCoordinator'>,
): Promise<Caller> {
  const { from, conversation } = context.activity;
  return {
    tenantId: conversation.tenantId ?? '',
    objectId: from.aadObjectId ?? from.id,
    roles: (await deps.isCoordinator(context)) ? ['coordinator'] : [],
  };
}

/** The coordinators' operations for this turn's sender; a ForbiddenError for anyone else. */
export async function coordinating(
  context: TurnContext,
  deps: Pick<TeamsAppDeps, 'app' | 'isCoordinator'>,
): Promise<CoordinatorOperations> {
  return deps.app.coordinate(await turnCaller(context, deps));
}

export type CoordinatorOperations = ReturnType<Application['coordinate']>;
