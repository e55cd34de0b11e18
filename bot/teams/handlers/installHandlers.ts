import type { ChannelAccount, TurnContext } from 'botbuilder';
import { channelDisplayName } from '../../cards/groupsCard';
import { helpCard } from '../../cards/helpCard';
import type { Member } from '../../domain/person';
import { format, joinList, messagesFor } from '../../i18n/messages';
import { cardMessage } from '../cardAttachment';
import { teamIdOf } from '../teamFromActivity';
import type { TeamsAppDeps } from '../teamsAppDeps';
import { turnLocale, turnLogger } from '../turnServices';
import { syncTeam } from './teamSync';

/**
 * The bot was added somewhere (conversationUpdate with the bot among membersAdded). In a team it
 * remembers the team and its channels and says hello once; in a 1:1 chat it shows what it can do.
 * People joining a team become members of its groups.
 */
export function membersAddedHandler(deps: TeamsAppDeps) {
  return async (context: TurnContext): Promise<void> => {
    const activity = context.activity;
    const botAdded = (activity.membersAdded ?? []).some((member) => member.id === activity.recipient.id);
    if (!botAdded) {
      const teamId = teamIdOf(context);
      // A large team joining is thousands of writes: Teams is answered first (it retries a turn
      // that takes over 15 s), and the service waits for them when stopping.
      const joined = membersOf(activity.membersAdded);
      if (teamId)
        deps.inBackground('record people joining', () => deps.app.teams.membersJoined(teamId, joined));
      return;
    }
    if (teamIdOf(context)) {
      // The whole team reads the greeting, so it speaks the organisation's language, not the installer's.
      const locale = deps.defaultLocale;
      const synced = await syncTeam(context, deps);
      // Teams (and the Playground) repeat the install event, e.g. on an app upgrade; greet once.
      if (!synced?.newlyInstalled) return;
      const { team } = synced;
      deps.inBackground('record team roster', () => deps.app.teams.recordRoster(team));
      const channels = joinList(
        team.channels.map((channel) => channelDisplayName(channel, locale)),
        locale,
      );
      await context.sendActivity(format(messagesFor(locale).install.welcome, { team: team.name, channels }));
      return;
    }
    if (activity.conversation.conversationType === 'personal') {
      await context.sendActivity(cardMessage(helpCard(turnLocale(context, deps.defaultLocale))));
    }
  };
}

/**
 * Teams also sends installationUpdate on install and uninstall. On add the team is stored again
 * (idempotent; the welcome comes with conversationUpdate only, so it is said once).
 */
export function installationUpdateHandler(deps: TeamsAppDeps) {
  return async (context: TurnContext): Promise<void> => {
    const teamId = teamIdOf(context);
    if (!teamId) return;
    const action = String(context.activity.action ?? '');
    if (action.startsWith('remove')) {
      await markTeamRemoved(context, deps, teamId);
    } else if (action.startsWith('add')) {
      await syncTeam(context, deps);
    }
  };
}

/** Channels were created, renamed, deleted or restored, or the team renamed: read the team again. */
export function teamChangedHandler(deps: TeamsAppDeps) {
  return async (context: TurnContext): Promise<void> => {
    await syncTeam(context, deps);
  };
}

/**
 * The bot was removed from a team, or the team deleted: keep what was stored, mark the team gone.
 * People leaving a team leave its groups.
 */
export function teamRemovedHandler(deps: TeamsAppDeps) {
  return async (context: TurnContext): Promise<void> => {
    const activity = context.activity;
    const teamId = teamIdOf(context);
    if (!teamId) return;
    const isMembersRemoved = Array.isArray(activity.membersRemoved) && activity.membersRemoved.length > 0;
    const botRemoved = (activity.membersRemoved ?? []).some((member) => member.id === activity.recipient.id);
    if (isMembersRemoved && !botRemoved) {
      const left = membersOf(activity.membersRemoved);
      deps.inBackground('record people leaving', () => deps.app.teams.membersLeft(teamId, left));
      return;
    }
    await markTeamRemoved(context, deps, teamId);
  };
}

async function markTeamRemoved(context: TurnContext, deps: TeamsAppDeps, teamId: string): Promise<void> {
  if (!(await deps.app.teams.removed(teamId, deps.now()))) return;
  turnLogger(context, deps.logger).info({ teamId }, 'team marked removed');
}

function membersOf(accounts: readonly ChannelAccount[] | undefined): Member[] {
  return (accounts ?? []).map((account) => ({
    id: account.aadObjectId ?? account.id,
    name: account.name ?? '',
    userId: account.id,
  }));
}
