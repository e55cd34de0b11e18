import type { Application } from '../usecases/application';
import type { AccessPolicy } from './accessPolicy';
import type { Authenticate } from './authenticate';
import type { DemoPerson } from './demoPeople';
import type { LocalSignIn } from './localSignIn';

/** What the tab API's routes work with, built once by the composition root. */
export type ApiDeps = {
  /** Every operation a person can trigger; the routes parse, call one, and render. */
  app: Application;
  authenticate: Authenticate;
  access: AccessPolicy;
  now(): Date;
  /** Local mode only: the dev sign-in and its people. */
  local?: { signIn: LocalSignIn; people: readonly DemoPerson[] };
};
