import type { MembershipRepository } from '../storage/membershipRepository';
import type { ThemeRepository } from '../storage/themeRepository';
import type { Effects } from '../usecases/effects';
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
  /** What must follow a change; the use cases call it, and the tab's actions say roundChanged. */
  effects: Effects;
  now(): Date;
  /** Local mode only: the dev sign-in and its people. */
  local?: { signIn: LocalSignIn; people: readonly DemoPerson[] };
};
