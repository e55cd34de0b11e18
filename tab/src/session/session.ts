import { createContext, useContext } from 'react';
import type { ApiClient } from '../api/client';
import type { Me } from '../api/types';
import type { Language } from '../i18n';
import type { TeamsHost } from '../teams';

/** Who is signed in, and how to reach the API as them. */
export type Session = {
  api: ApiClient;
  me: Me;
  language: Language;
  /** Set inside Teams. */
  host: TeamsHost | null;
  /** Set in local mode ("Byt person"). */
  signOut: (() => void) | null;
};

const SessionContext = createContext<Session | null>(null);

export const SessionProvider = SessionContext.Provider;

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession used outside a SessionProvider');
  return session;
}

export function isCoordinator(me: Me): boolean {
  return me.roles.includes('coordinator');
}

/**
 * Who may follow a round's response status: coordinators (with their actions), leadership (every
 * group, read only) and members (their own group, read only).
 */
export function seesStatus(me: Me): boolean {
  return me.roles.length > 0;
}
