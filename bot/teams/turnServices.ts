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
  return resolveLocale(context.activity.locale, fallback);
}
