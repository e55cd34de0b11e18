import { useCallback, useEffect, useState } from 'react';
import type { Loaded } from './usePolling';

/** Fetches `load` once (and again on `refresh`); a new `load` function fetches anew. */
export function useLoad<T>(load: ((signal: AbortSignal) => Promise<T>) | null): Loaded<T> {
  const [state, setState] = useState<{ data: T | null; error: unknown; loading: boolean }>({
    data: null,
    error: null,
    loading: load !== null,
  });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!load) return;
    const controller = new AbortController();
    setState((current) => ({ ...current, error: null, loading: true }));
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ data, error: null, loading: false });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState((current) => ({ ...current, error, loading: false }));
      },
    );
    return () => controller.abort();
  }, [load, attempt]);

  const refresh = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, refresh };
}
