import type { TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { Locale } from '../domain/locale';
import type { Member } from '../domain/person';
import type { Application } from '../usecases/application';
import type { PersonAddress } from './proactiveSender';

/** What the Teams handlers need, built once in the composition root. */
export type TeamsAppDeps = {
  /** Every operation a person can trigger; the handlers parse, call one, and render. */
  app: Application;
  logger: Logger;
  defaultLocale: Locale;
  now: () => Date;
  /** Whether the sender of the activity may coordinate rounds. */
  isCoordinator: (context: TurnContext) => Promise<boolean>;
  /**
   * Writes to a person in their 1:1 chat with the bot (created if need be): what only the author of
   * a threaded reply should read. Fails quietly; the failure is logged.
   */
  tellPrivately: (person: PersonAddress, text: string) => Promise<void>;
  /** The members of a team, for groups that answer individually. */
  rosterOf: (teamId: string) => Promise<Member[]>;
  /**
   * Runs work that need not hold up the reply (Teams waits only seconds for a card action);
   * a failure is logged, and the service waits for it when stopping.
   */
  inBackground: (name: string, work: () => Promise<void>) => void;
};
