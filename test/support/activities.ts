import { randomUUID } from 'node:crypto';

/**
 * Bot Framework activities as Teams sends them, trimmed to what Teams really includes.
 * https://learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/subscribe-to-conversation-events
 */
export const tenantId = '72f988bf-0000-4000-8000-000000000001';
export const bot = { id: '28:lardomar-bot', name: 'Lärdomar' };
export const anna = { id: '29:anna', name: 'Anna Andersson', aadObjectId: 'aad-anna' };

export type TeamShape = { id: string; name: string; aadGroupId?: string };

export function personalMessage(serviceUrl: string, text: string, options: { locale?: string } = {}) {
  return {
    type: 'message',
    id: randomUUID(),
    timestamp: new Date().toISOString(),
    serviceUrl,
    channelId: 'msteams',
    from: anna,
    recipient: bot,
    conversation: { id: 'a:personal-anna', conversationType: 'personal', tenantId },
    channelData: { tenant: { id: tenantId } },
    locale: options.locale ?? 'sv-SE',
    text,
    textFormat: 'plain',
  };
}

export function channelMessage(
  serviceUrl: string,
  team: TeamShape,
  channelId: string,
  text: string,
  options: { mentionBot?: boolean } = {},
) {
  const mention = `<at>${bot.name}</at>`;
  return {
    type: 'message',
    id: randomUUID(),
    serviceUrl,
    channelId: 'msteams',
    from: anna,
    recipient: bot,
    conversation: { id: channelId, conversationType: 'channel', isGroup: true, tenantId },
    channelData: { tenant: { id: tenantId }, team, channel: { id: channelId } },
    locale: 'sv-SE',
    text: options.mentionBot ? `${mention} ${text}` : text,
    entities: options.mentionBot ? [{ type: 'mention', text: mention, mentioned: bot }] : [],
  };
}

/** A conversationUpdate in a team, as Teams sends it for installs and channel changes. */
function teamUpdate(serviceUrl: string, team: TeamShape, channelData: Record<string, unknown>) {
  return {
    type: 'conversationUpdate',
    id: randomUUID(),
    serviceUrl,
    channelId: 'msteams',
    from: { id: anna.id, aadObjectId: anna.aadObjectId },
    recipient: bot,
    conversation: { id: team.id, conversationType: 'channel', isGroup: true, tenantId },
    channelData: { tenant: { id: tenantId }, team, ...channelData },
  };
}

/** What Teams sends when the app is added to a team: the bot itself among membersAdded. */
export function botAddedToTeam(serviceUrl: string, team: TeamShape, options: { locale?: string } = {}) {
  return {
    ...teamUpdate(serviceUrl, team, { eventType: 'teamMemberAdded', settings: {} }),
    membersAdded: [{ id: bot.id }],
    locale: options.locale ?? 'sv-SE',
  };
}

/** People joining a team (not the bot): Teams names them with their Entra object ids. */
export function peopleAddedToTeam(
  serviceUrl: string,
  team: TeamShape,
  people: { id: string; aadObjectId: string }[],
) {
  return {
    ...teamUpdate(serviceUrl, team, { eventType: 'teamMemberAdded' }),
    membersAdded: people,
  };
}

export function peopleRemovedFromTeam(
  serviceUrl: string,
  team: TeamShape,
  people: { id: string; aadObjectId: string }[],
) {
  return {
    ...teamUpdate(serviceUrl, team, { eventType: 'teamMemberRemoved' }),
    membersRemoved: people,
  };
}

export function botRemovedFromTeam(serviceUrl: string, team: TeamShape) {
  return {
    ...teamUpdate(serviceUrl, team, { eventType: 'teamMemberRemoved' }),
    membersRemoved: [{ id: bot.id }],
  };
}

export function channelEvent(
  serviceUrl: string,
  team: TeamShape,
  eventType: 'channelCreated' | 'channelRenamed' | 'channelDeleted',
  channel: { id: string; name: string },
) {
  return teamUpdate(serviceUrl, team, { channel, eventType });
}

/** Pressing an Action.Execute button on a card in the 1:1 chat (Universal Actions). */
export function cardAction(
  serviceUrl: string,
  verb: string,
  data: Record<string, unknown>,
  options: {
    replyToId?: string;
    locale?: string;
    from?: typeof anna;
    /** Where the card is: the person's 1:1 chat with the bot unless given (a channel thread, say). */
    conversation?: { id: string; conversationType: 'personal' | 'channel' };
    tenant?: string;
  } = {},
) {
  return {
    type: 'invoke',
    name: 'adaptiveCard/action',
    id: randomUUID(),
    serviceUrl,
    channelId: 'msteams',
    from: options.from ?? anna,
    recipient: bot,
    conversation: {
      ...(options.conversation ?? { id: 'a:personal-anna', conversationType: 'personal' }),
      tenantId: options.tenant ?? tenantId,
    },
    channelData: { tenant: { id: options.tenant ?? tenantId } },
    locale: options.locale ?? 'sv-SE',
    replyToId: options.replyToId ?? 'card-1',
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
  };
}

export type Author = { id: string; name: string; aadObjectId: string };

/** A reply in a channel thread (the conversation id carries `;messageid=` of the thread's root). */
export function threadReply(
  serviceUrl: string,
  threadId: string,
  text: string,
  options: { id?: string; from?: Author; html?: string; teamId?: string } = {},
) {
  const channelId = threadId.split(';')[0] as string;
  return {
    type: 'message',
    id: options.id ?? `${Date.now()}${Math.floor(Math.random() * 1000)}`,
    serviceUrl,
    channelId: 'msteams',
    from: options.from ?? anna,
    recipient: bot,
    conversation: { id: threadId, conversationType: 'channel', isGroup: true, tenantId },
    channelData: {
      tenant: { id: tenantId },
      team: { id: options.teamId ?? channelId },
      channel: { id: channelId },
    },
    locale: 'sv-SE',
    text: options.html ?? text,
    textFormat: options.html ? 'xml' : 'plain',
    ...(options.html ? { attachments: [{ contentType: 'text/html', content: options.html }] } : {}),
  };
}

/** A message in a 1:1 chat the bot started with a person. */
export function chatMessage(
  serviceUrl: string,
  conversationId: string,
  text: string,
  from: Author,
  id?: string,
) {
  return {
    type: 'message',
    id: id ?? `${Date.now()}${Math.floor(Math.random() * 1000)}`,
    serviceUrl,
    channelId: 'msteams',
    from,
    recipient: bot,
    conversation: { id: conversationId, conversationType: 'personal', tenantId },
    channelData: { tenant: { id: tenantId } },
    locale: 'sv-SE',
    text,
  };
}

/** The author edited a message (Teams: messageUpdate with eventType editMessage). */
export function editedReply(reply: ReturnType<typeof threadReply>, text: string) {
  return {
    ...reply,
    type: 'messageUpdate',
    text,
    attachments: undefined,
    channelData: { ...reply.channelData, eventType: 'editMessage' },
  };
}

/** The author deleted a message (Teams: messageDelete with eventType softDeleteMessage). */
export function deletedReply(reply: ReturnType<typeof threadReply>) {
  return {
    ...reply,
    type: 'messageDelete',
    text: undefined,
    channelData: { ...reply.channelData, eventType: 'softDeleteMessage' },
  };
}
