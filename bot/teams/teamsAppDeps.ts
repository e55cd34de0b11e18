import type { TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { Locale } from '../domain/locale';
import type { Member } from '../domain/person';
import type { Application } from '../usecases/application';

/** What the Teams handlers need, built once in the composition root. */
export type TeamsAppDeps = {
  /** Every operation a person can trigger; the handlers parse, call one, and render. */
  app: Application;
  logger: Logger;
  defaultLocale: Locale;
  now: () => Date;
  /** Whether the sender of the activity may coordinate rounds. */
  isCoordinator: (context: TurnContext) => Promise<boolean>;
  /** The members of a team, for groups that answer individually. */
  rosterOf: (teamId: string) => Promise<Member[]>;
  /**
   * Runs work that need not hold up the reply (Teams waits only seconds for a card action);
   * a failure is logged, and the service waits for it when stopping.
   */
  inBackground: (name: string, work: () => Promise<void>) => void;
};
