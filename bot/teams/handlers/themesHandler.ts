import type { TurnContext } from 'botbuilder';
import { type ThemeSummary, themesCard } from '../../cards/themesCard';
import { messagesFor } from '../../i18n/messages';
import { groupNameLookup } from '../../usecases/groupDirectory';
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
    const rounds = (await deps.rounds.rounds.list())
      .map((stored) => stored.value)
      .filter((round) => round.state !== 'draft')
      .slice(0, 3);
    const nameOf = await groupNameLookup(deps.rounds, locale);
    const shown = [];
    for (const round of rounds) {
      await deps.effects.themesNeeded(round.id);
      const stored = await deps.themes.get(round.id, 'round');
      if (!stored || stored.answerCount === 0) continue;
      shown.push({
        title: round.title,
        result: JSON.parse(stored.result) as ThemeSummary,
        groupName: nameOf,
      });
    }
    await context.sendActivity(cardMessage(themesCard(shown, locale)));
  };
}
