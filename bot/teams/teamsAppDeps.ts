import type { Logger } from 'pino';
import type { Locale } from '../domain/locale';
import type { TeamRepository } from '../storage/teamRepository';

/** What the Teams handlers need, built once in the composition root. */
export type TeamsAppDeps = {
  teams: TeamRepository;
  logger: Logger;
  defaultLocale: Locale;
  now: () => Date;
};
