import type { ConversationReference } from 'botbuilder';
import type { InstalledTeam } from '../domain/team';

/** A reference to a team's General channel, for calls about the team made outside its own turns. */
export function teamReference(team: InstalledTeam): Partial<ConversationReference> {
  return {
    channelId: team.address.channelId,
    serviceUrl: team.address.serviceUrl,
    conversation: {
      id: team.id,
      isGroup: true,
      conversationType: 'channel',
      tenantId: team.tenantId,
      name: '',
    },
    bot: { id: team.address.botId, name: team.address.botName ?? '' },
  };
}
