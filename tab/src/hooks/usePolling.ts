import { useCallback, useEffect, useRef, useState } from 'react';

export type Loaded<T> = {
  data: T | null;
  /** The last failure; `data` keeps what was fetched before it. */
  error: unknown;
  loading: boolean;
  /** Fetch again now (after an action), without waiting for the next tick. */
  refresh: () => void;
};

export const pollIntervalMs = 5_000;

/**
 * Fetches `load` now and every `intervalMs` while the page is visible, so answers arriving during a
 * meeting show within seconds. A response with the `version` already shown is not rendered again;
 * a hidden tab (another Teams app, a minimised window) makes no requests until it is seen again.
 */
export function usePolling<T extends { version: string }>(
  load: ((signal: AbortSignal) => Promise<T>) | null,
  intervalMs = pollIntervalMs,
): Loaded<T> {
  const [state, setState] = useState<{ data: T | null; error: unknown; loading: boolean }>({
    data: null,
    error: null,
    loading: load !== null,
  });
  const refreshRef = useRef<() => void>(() => undefined);

  useEffect(() => {
    if (!load) return;
    let stopped = false;
    let timer: number | undefined;
    let inFlight: AbortController | null = null;
    let shownVersion: string | null = null;
    setState({ data: null, error: null, loading: true });

    const tick = async () => {
      window.clearTimeout(timer);
      if (document.hidden && shownVersion !== null) return;
      inFlight?.abort();
      const controller = new AbortController();
      inFlight = controller;
      try {
        const data = await load(controller.signal);
        if (stopped || controller.signal.aborted) return;
        if (data.version !== shownVersion) {
          shownVersion = data.version;
          setState({ data, error: null, loading: false });
        } else {
          setState((current) => (current.error ? { ...current, error: null } : current));
        }
      } catch (error) {
        if (stopped || controller.signal.aborted) return;
        setState((current) => ({ ...current, error, loading: false }));
      }
      if (!stopped) timer = window.setTimeout(tick, intervalMs);
    };
    const onVisibility = () => {
      if (!document.hidden) void tick();
    };
    document.addEventListener('visibilitychange', onVisibility);
    refreshRef.current = () => void tick();
    void tick();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      inFlight?.abort();
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [load, intervalMs]);

  const refresh = useCallback(() => refreshRef.current(), []);
  return { ...state, refresh };
}
