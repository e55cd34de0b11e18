import type { Application, TeamsAdapter, TurnState } from '@microsoft/teams-ai';
import type { Request, Response } from 'botbuilder';
import type { Logger } from 'pino';
import { activityTenant, tenantAllowed } from '../domain/tenant';
import { checkActivity } from './activitySchema';
import { attachTurnLogger } from './turnServices';

/**
 * The Bot Framework endpoint (`POST /api/messages`). A body that is not a usable activity is
 * answered 400 with a reason before the SDK sees it, and one from a tenant the app does not serve
 * 403, before anything is read or written for it; the activity is logged without its text.
 */
export function createMessagesEndpoint(
  adapter: TeamsAdapter,
  app: Application<TurnState>,
  options: { allowedTenants: readonly string[] },
) {
  return async (request: Request, response: Response, logger: Logger): Promise<void> => {
    const check = checkActivity(request.body);
    if (!check.ok) {
      logger.warn({ reason: check.reason }, 'activity rejected');
      response.status(400);
      response.send({ error: 'invalid_activity', message: check.reason });
      response.end();
      return;
    }
    const activity = request.body as Record<string, unknown>;
    const tenant = activityTenant(activity);
    if (!tenantAllowed(options.allowedTenants, tenant)) {
      logger.warn(
        { tenant: tenant ?? null, activityType: activity.type },
        'activity from a tenant not allowed',
      );
      response.status(403);
      response.send({ error: 'tenant_not_allowed', message: 'This app does not serve that tenant.' });
      response.end();
      return;
    }
    const turnLog = logger.child({ activityId: activity.id, activityType: activity.type });
    turnLog.info({ activity: describeActivity(activity) }, 'activity received');

    await adapter.process(request, response, async (context) => {
      attachTurnLogger(context, turnLog);
      await app.run(context);
    });
  };
}

/** What may be logged of an activity at info level: its shape, never its text or card values. */
function describeActivity(activity: Record<string, unknown>) {
  const conversation = activity.conversation as { conversationType?: string } | undefined;
  const channelData = activity.channelData as { eventType?: string } | undefined;
  return {
    channelId: activity.channelId,
    name: activity.name,
    action: activity.action,
    conversationType: conversation?.conversationType,
    eventType: channelData?.eventType,
    locale: activity.locale,
  };
}
