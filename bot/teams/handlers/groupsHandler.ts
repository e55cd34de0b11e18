import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import { groupsCard, nameInputPrefix } from '../../cards/groupsCard';
import type { AdaptiveCard } from '../../cards/renderCard';
import type { Locale } from '../../domain/locale';
import { messagesFor } from '../../i18n/messages';
import { withSubmitFallbacks } from '../cardActions';
import { cardMessage } from '../cardAttachment';
import type { TeamsAppDeps } from '../teamsAppDeps';
import { coordinating } from '../turnCaller';
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
    const names = new Map<string, string>();
    for (const [key, value] of Object.entries(data)) {
      if (!key.startsWith(nameInputPrefix)) continue;
      names.set(key.slice(nameInputPrefix.length), nameValue.parse(value ?? '').trim());
    }
    await (await coordinating(context, deps)).renameGroups(names, locale);
    return groupsView(deps, locale, true, messagesFor(locale).groups.saved);
  };
}

async function groupsView(deps: TeamsAppDeps, locale: Locale, editable: boolean, notice?: string) {
  const { teams, groups } = await deps.app.groups.overview(locale);
  return groupsCard(teams, locale, { groups, editable, ...(notice ? { notice } : {}) });
}
