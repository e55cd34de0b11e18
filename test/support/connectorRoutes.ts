/**
 * Which Bot Connector REST operation a request is, by method and path (API v3).
 * https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-api-reference
 */
export type Operation =
  | 'sendToConversation'
  | 'replyToActivity'
  | 'updateActivity'
  | 'deleteActivity'
  | 'createConversation'
  | 'getTeamChannels'
  | 'getTeamDetails'
  | 'getPagedMembers'
  | 'getMember'
  | 'unknown';

export type Route = {
  operation: Operation;
  conversationId?: string;
  activityId?: string;
  teamId?: string;
  memberId?: string;
};

export function routeOf(method: string, path: string): Route {
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] !== 'v3') return { operation: 'unknown' };
  if (parts[1] === 'teams' && parts[2]) {
    if (parts[3] === 'conversations' && method === 'GET')
      return { operation: 'getTeamChannels', teamId: parts[2] };
    if (parts.length === 3 && method === 'GET') return { operation: 'getTeamDetails', teamId: parts[2] };
  }
  if (parts[1] === 'conversations') {
    if (parts.length === 2 && method === 'POST') return { operation: 'createConversation' };
    const conversationId = parts[2];
    if (parts[3] === 'activities') {
      const activityId = parts[4];
      if (!activityId && method === 'POST') return { operation: 'sendToConversation', conversationId };
      if (activityId && method === 'POST')
        return { operation: 'replyToActivity', conversationId, activityId };
      if (activityId && method === 'PUT') return { operation: 'updateActivity', conversationId, activityId };
      if (activityId && method === 'DELETE')
        return { operation: 'deleteActivity', conversationId, activityId };
    }
    if (parts[3] === 'pagedmembers' && method === 'GET')
      return { operation: 'getPagedMembers', conversationId };
    if (parts[3] === 'members' && parts[4] && method === 'GET') {
      return { operation: 'getMember', conversationId, memberId: parts[4] };
    }
  }
  return { operation: 'unknown' };
}
