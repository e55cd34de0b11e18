import type { TurnContext } from 'botbuilder';
import { themesCard } from '../../cards/themesCard';
import { cardMessage } from '../cardAttachment';
import type { TeamsAppDeps } from '../teamsAppDeps';
import { coordinating } from '../turnCaller';
import { turnLocale } from '../turnServices';
import { forCoordinators } from './forCoordinators';

/** "teman": the themes of the rounds that have answers, brought up to date first. */
export function themesHandler(deps: TeamsAppDeps) {
  return forCoordinators(deps, async (context: TurnContext): Promise<void> => {
    const locale = turnLocale(context, deps.defaultLocale);
    const { rounds, groupName } = await (await coordinating(context, deps)).latestThemes(locale);
    const shown = rounds.map(({ round, result }) => ({ title: round.title, result, groupName }));
    await context.sendActivity(cardMessage(themesCard(shown, locale)));
  });
}
