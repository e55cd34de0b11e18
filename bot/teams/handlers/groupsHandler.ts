import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import { groupsCard, nameInputPrefix } from '../../cards/groupsCard';
import type { AdaptiveCard } from '../../cards/renderCard';
import type { Locale } from '../../domain/locale';
import { messagesFor } from '../../i18n/messages';
import { listGroups } from '../../usecases/groupDirectory';
import { withSubmitFallbacks } from '../cardActions';
import { cardMessage } from '../cardAttachment';
import type { TeamsAppDeps } from '../teamsAppDeps';
import { turnLocale } from '../turnServices';

/** "grupper": the teams and channels; a coordinator can name the groups right in the card. */
export function groupsHandler(deps: TeamsAppDeps) {
  return async (context: TurnContext): Promise<void> => {
    const locale = turnLocale(context, deps.defaultLocale);
    const card = await groupsView(deps, locale, await deps.isCoordinator(context));
    await context.sendActivity(cardMessage(withSubmitFallbacks(card)));
  };
}

const nameValue = z.string().max(10_000);

/** "Spara namn": every name field is saved; an empty one gives the group back its Teams name. */
export function renameGroups(deps: TeamsAppDeps) {
  return async (context: TurnContext, data: Record<string, unknown>): Promise<AdaptiveCard> => {
    const locale = turnLocale(context, deps.defaultLocale);
    const known = new Set((await listGroups(deps.rounds, locale)).map((group) => group.id));
    const current = await deps.rounds.groups.names();
    for (const [key, value] of Object.entries(data)) {
      if (!key.startsWith(nameInputPrefix)) continue;
      const groupId = key.slice(nameInputPrefix.length);
      const name = nameValue.parse(value ?? '').trim();
      if (!known.has(groupId) || (current.get(groupId) ?? '') === name) continue;
      await deps.rounds.groups.rename(groupId, name);
    }
    return groupsView(deps, locale, true, messagesFor(locale).groups.saved);
  };
}

async function groupsView(deps: TeamsAppDeps, locale: Locale, editable: boolean, notice?: string) {
  const teams = await deps.teams.list();
  const groups = await listGroups(deps.rounds, locale);
  return groupsCard(teams, locale, { groups, editable, ...(notice ? { notice } : {}) });
}
