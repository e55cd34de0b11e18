import type { TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { Locale } from '../domain/locale';
import type { Member } from '../domain/person';
import type { MembershipRepository } from '../storage/membershipRepository';
import type { StatusCardRepository } from '../storage/statusCardRepository';
import type { TeamRepository } from '../storage/teamRepository';
import type { ThemeRepository } from '../storage/themeRepository';
import type { ThreadRepository } from '../storage/threadRepository';
import type { Effects } from '../usecases/effects';
import type { RoundStores } from '../usecases/roundServices';

/** What the Teams handlers need, built once in the composition root. */
export type TeamsAppDeps = {
  teams: TeamRepository;
  logger: Logger;
  defaultLocale: Locale;
  now: () => Date;
  rounds: RoundStores;
  statusCards: StatusCardRepository;
  threads: ThreadRepository;
  /** Whether the sender of the activity may coordinate rounds. */
  isCoordinator: (context: TurnContext) => Promise<boolean>;
  /** The members of a team, for groups that answer individually. */
  rosterOf: (teamId: string) => Promise<Member[]>;
  /** What must follow a change; the use cases call it, the handlers pass it on. */
  effects: Effects;
  themes: ThemeRepository;
  /** Who is on which group's team roster (what the tab shows members). */
  memberships: MembershipRepository;
  /**
   * Runs work that need not hold up the reply (Teams waits only seconds for a card action);
   * a failure is logged, and the service waits for it when stopping.
   */
  inBackground: (name: string, work: () => Promise<void>) => void;
};
