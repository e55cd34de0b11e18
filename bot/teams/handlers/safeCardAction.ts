import type { TurnContext } from 'botbuilder';
import { ZodError } from 'zod';
import type { AdaptiveCard } from '../../cards/renderCard';
import { describeError, isExpected } from '../../i18n/errorMessage';
import { messagesFor } from '../../i18n/messages';
import type { CardActionHandler } from '../cardActions';
import type { TeamsAppDeps } from '../teamsAppDeps';
import { turnLocale, turnLogger } from '../turnServices';

type Handler = (context: TurnContext, data: Record<string, unknown>) => Promise<AdaptiveCard | string>;

/**
 * Wraps a card action: expected failures (a rule broken, a round moved on) are told in the user's
 * language, malformed card data gets one clear message, anything else is logged and apologised for.
 */
export function safeCardAction(deps: TeamsAppDeps, handler: Handler): CardActionHandler {
  return async (context, data) => {
    const locale = turnLocale(context, deps.defaultLocale);
    try {
      return await handler(context, data);
    } catch (error) {
      if (error instanceof ZodError) {
        // A card sends what its inputs hold; anything else was made by hand or by an old card.
        turnLogger(context, deps.logger).warn(
          { issues: error.issues.length },
          'card action with malformed data',
        );
        return messagesFor(locale).rounds.errors.badInput;
      }
      if (!isExpected(error)) turnLogger(context, deps.logger).error({ err: error }, 'card action failed');
      return describeError(error, locale);
    }
  };
}
