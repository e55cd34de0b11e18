import type { TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { Locale } from '../domain/locale';
import { resolveLocale } from '../domain/locale';

const loggerKey = Symbol('lardomar.logger');

/** Hands the request's logger (with its correlation id) to the handlers of this turn. */
export function attachTurnLogger(context: TurnContext, logger: Logger): void {
  context.turnState.set(loggerKey, logger);
}

export function turnLogger(context: TurnContext, fallback: Logger): Logger {
  return (context.turnState.get(loggerKey) as Logger | undefined) ?? fallback;
}

/** The language to answer in: the user's Teams client language, else the configured default. */
export function turnLocale(context: TurnContext, fallback: Locale): Locale {
  return resolveLocale(context.activity.locale ?? clientLocale(context), fallback);
}

/**
 * The client's language from its clientInfo entity: Teams leaves `locale` off some activities (the
 * install's conversationUpdate among them) but says there which language its user reads.
 */
function clientLocale(context: TurnContext): string | undefined {
  const info = (context.activity.entities ?? []).find((entity) => entity.type === 'clientInfo') as
    | { locale?: unknown }
    | undefined;
  return typeof info?.locale === 'string' ? info.locale : undefined;
}
