import { useMemo } from 'react';
import { useNow } from '../hooks/useNow';
import { useSession } from '../session/session';
import { formatDateTime, formatRelative } from './time';

export type Format = {
  now: Date;
  /** "fredag 16 oktober kl. 17.00" */
  dateTime(iso: string): string;
  /** "om 3 dagar", "för 2 dagar sedan" */
  relative(iso: string): string;
};

/** Date formatting in the session's language, kept current as time passes. */
export function useFormat(): Format {
  const { language } = useSession();
  const now = useNow();
  return useMemo(
    () => ({
      now,
      dateTime: (iso) => formatDateTime(iso, language, now),
      relative: (iso) => formatRelative(iso, language, now),
    }),
    [language, now],
  );
}
