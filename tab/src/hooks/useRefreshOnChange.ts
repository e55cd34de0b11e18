import { useEffect, useRef } from 'react';

/** Calls `refresh` whenever `changes` moves on (not on the first render), e.g. after a saved edit. */
export function useRefreshOnChange(changes: number, refresh: () => void): void {
  const seen = useRef(changes);
  useEffect(() => {
    if (seen.current === changes) return;
    seen.current = changes;
    refresh();
  }, [changes, refresh]);
}
