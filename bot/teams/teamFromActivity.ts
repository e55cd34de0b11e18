import { type ChannelInfo, TeamsInfo, type TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { SeenTeam, TeamChannel } from '../domain/team';

type TeamsChannelData = {
  tenant?: { id?: string };
  team?: { id?: string; name?: string; aadGroupId?: string };
  channel?: { id?: string; name?: string };
  eventType?: string;
};

export function teamsChannelData(context: TurnContext): TeamsChannelData {
  const data = context.activity.channelData as TeamsChannelData | undefined;
  return data ?? {};
}

export function teamIdOf(context: TurnContext): string | undefined {
  return teamsChannelData(context).team?.id;
}

/**
 * Reads the team an activity comes from, with all its channels from the connector. When the
 * channel list cannot be read (the call is refused in some tenants), the channel the activity names
 * is kept so the team is still usable; the refusal is logged.
 */
export async function teamFromActivity(context: TurnContext, logger: Logger): Promise<SeenTeam | undefined> {
  const data = teamsChannelData(context);
  const teamId = data.team?.id;
  if (!teamId) return undefined;
  const activity = context.activity;
  const tenantId = data.tenant?.id ?? activity.conversation.tenantId ?? '';

  let name = data.team?.name;
  let aadGroupId = data.team?.aadGroupId;
  if (!name) {
    try {
      const details = await TeamsInfo.getTeamDetails(context, teamId);
      name = details.name;
      aadGroupId = aadGroupId ?? details.aadGroupId;
    } catch (error) {
      logger.warn({ err: error, teamId }, 'team details could not be read');
    }
  }

  return {
    id: teamId,
    name: name ?? '',
    ...(aadGroupId ? { aadGroupId } : {}),
    tenantId,
    address: {
      channelId: activity.channelId,
      serviceUrl: activity.serviceUrl,
      tenantId,
      conversationId: teamId,
      botId: activity.recipient.id,
      ...(activity.recipient.name ? { botName: activity.recipient.name } : {}),
    },
    channels: await channelsOf(context, teamId, data, logger),
  };
}

async function channelsOf(
  context: TurnContext,
  teamId: string,
  data: TeamsChannelData,
  logger: Logger,
): Promise<TeamChannel[]> {
  try {
    const channels = await TeamsInfo.getTeamChannels(context, teamId);
    return channels
      .filter((channel): channel is ChannelInfo & { id: string } => Boolean(channel.id))
      .map((channel) => toChannel(teamId, channel.id, channel.name));
  } catch (error) {
    logger.warn(
      { err: error, teamId },
      'team channels could not be read; keeping the channel of the activity',
    );
    const known = new Map<string, TeamChannel>([[teamId, toChannel(teamId, teamId, undefined)]]);
    if (data.channel?.id) known.set(data.channel.id, toChannel(teamId, data.channel.id, data.channel.name));
    return [...known.values()];
  }
}

/** Teams names no General channel; its id is the team's id. The name is filled in when shown. */
function toChannel(teamId: string, id: string, name: string | undefined): TeamChannel {
  const isGeneral = id === teamId;
  return { id, name: name ?? '', isGeneral };
}
