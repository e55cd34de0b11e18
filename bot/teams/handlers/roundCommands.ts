import { statusCard } from '../../cards/statusCard';
import { withSubmitFallbacks } from '../cardActions';
import { cardMessage } from '../cardAttachment';
import type { TeamsAppDeps } from '../teamsAppDeps';
import { coordinating } from '../turnCaller';
import { turnLocale } from '../turnServices';
import { forCoordinators } from './forCoordinators';
import { newRoundStart } from './roundEditorActions';

/** "ny runda": where a new round starts (coordinators only; others are told who to ask). */
export function newRoundHandler(deps: TeamsAppDeps) {
  return forCoordinators(deps, async (context) => {
    const coordinator = await coordinating(context, deps);
    const card = await newRoundStart(coordinator, turnLocale(context, deps.defaultLocale));
    await context.sendActivity(cardMessage(withSubmitFallbacks(card)));
  });
}

/** "status": the rounds in progress and the latest closed ones (coordinators only). */
export function statusHandler(deps: TeamsAppDeps) {
  return forCoordinators(deps, async (context) => {
    const locale = turnLocale(context, deps.defaultLocale);
    const coordinator = await coordinating(context, deps);
    const card = statusCard(await coordinator.overview(deps.now()), {
      locale,
      now: deps.now(),
      viewerId: context.activity.from.id,
    });
    await context.sendActivity(cardMessage(withSubmitFallbacks(card)));
  });
}
