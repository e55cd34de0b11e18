import { useEffect, useState } from 'react';

/** The current time, renewed every `intervalMs`, so "om 3 dagar" stays true on a tab left open. */
export function useNow(intervalMs = 30_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}
