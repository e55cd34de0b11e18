import { sampleGroupId } from '../domain/sampleRound';
import type { DevUser } from './contract';

/** Someone to sign in as in local mode; `id` is the Entra object id their tokens carry. */
export type DemoPerson = Omit<DevUser, 'groupNames'> & {
  /** What their tokens carry as `preferred_username`, e.g. to name them a round's compiler. */
  userPrincipalName: string;
};

/**
 * The people of `npm start`, one per role, so each view of the tab can be tried in a browser.
 * Karin and the others are the users of the Agents Playground (.m365agentsplayground.yml); the
 * members belong to groups of the sample round (bot/local/sampleRound.ts).
 */
export const demoPeople: readonly DemoPerson[] = [
  {
    id: '00000000-0000-0000-0000-0000000000020',
    name: 'Karin Lindqvist',
    userPrincipalName: 'karin.lindqvist@exempel.se',
    roles: ['coordinator'],
    groups: [],
  },
  {
    id: '00000000-0000-0000-0000-0000000000024',
    name: 'Lena Berg',
    userPrincipalName: 'lena.berg@exempel.se',
    roles: ['leadership'],
    groups: [],
  },
  {
    id: '00000000-0000-0000-0000-0000000000021',
    name: 'Erik Johansson',
    userPrincipalName: 'erik.johansson@exempel.se',
    roles: ['member'],
    // Psykiatri Halland.
    groups: [sampleGroupId(4)],
  },
  {
    id: '00000000-0000-0000-0000-0000000000022',
    name: 'Maria Svensson',
    userPrincipalName: 'maria.svensson@exempel.se',
    roles: ['member'],
    // Regionservice.
    groups: [sampleGroupId(10)],
  },
];
