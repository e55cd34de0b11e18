import type { MembershipRepository } from '../storage/membershipRepository';
import type { ThemeRepository } from '../storage/themeRepository';
import type { RoundStores } from '../usecases/roundServices';
import type { AccessPolicy } from './accessPolicy';
import type { Authenticate } from './authenticate';
import type { DemoPerson } from './demoPeople';
import type { LocalSignIn } from './localSignIn';
import type { RoundReads } from './roundReads';

/** What the tab API's routes work with, built once by the composition root. */
export type ApiDeps = {
  stores: RoundStores;
  themes: ThemeRepository;
  /** A round's answers and stored themes, shared for a few seconds between the tab's polls. */
  reads: RoundReads;
  /** Who is on which group's team roster. */
  memberships: Pick<MembershipRepository, 'groupsOf'>;
  authenticate: Authenticate;
  access: AccessPolicy;
  /** Computes a round's themes now (the theme updater). */
  recomputeThemes(roundId: string): Promise<void>;
  /** Asks for a recomputation soon; it is debounced with answers arriving. */
  themesOutdated(roundId: string): void;
  /** A coordinator changed a round from the tab: its status cards in chat are redrawn. */
  roundChanged(roundId: string): void;
  /** Wakes the delivery worker: prompts were queued. */
  deliveryQueued(): void;
  /** Wakes the reminder worker: reminders were planned. */
  remindersQueued(): void;
  now(): Date;
  /** Local mode only: the dev sign-in and its people. */
  local?: { signIn: LocalSignIn; people: readonly DemoPerson[] };
};
