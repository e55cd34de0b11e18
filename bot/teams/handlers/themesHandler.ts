import type { TurnContext } from 'botbuilder';
import { themesCard } from '../../cards/themesCard';
import { messagesFor } from '../../i18n/messages';
import { cardMessage } from '../cardAttachment';
import type { TeamsAppDeps } from '../teamsAppDeps';
import { turnLocale } from '../turnServices';

/** "teman": the themes of the rounds that have answers, brought up to date first. */
export function themesHandler(deps: TeamsAppDeps) {
  return async (context: TurnContext): Promise<void> => {
    const locale = turnLocale(context, deps.defaultLocale);
    if (!(await deps.isCoordinator(context))) {
      await context.sendActivity(messagesFor(locale).rounds.notCoordinator);
      return;
    }
    const { rounds, groupName } = await deps.app.rounds.latestThemes(locale);
    const shown = rounds.map(({ round, result }) => ({ title: round.title, result, groupName }));
    await context.sendActivity(cardMessage(themesCard(shown, locale)));
  };
}
