import { useMemo, useSyncExternalStore } from 'react';

/**
 * The view lives in the query (`?view=themes&round=…`), so a Teams contentUrl can open any view
 * directly. The settings page is its own path (`/tab/config`), as the manifest's configurationUrl.
 * `group` opens the themes at one group: a channel tab shows the group of its team.
 */
export type View = 'rounds' | 'status' | 'themes' | 'compilation' | 'present' | 'config';

export type Route = { view: View; roundId: string | null; groupId?: string | null };

const views: readonly View[] = ['rounds', 'status', 'themes', 'compilation', 'present', 'config'];

/** Query parameters that describe the host, not the view: kept on every navigation. */
const hostParams = ['host', 'theme', 'lang'] as const;

const navigationEvent = 'lardomar:navigate';

export function parseRoute(location: Pick<Location, 'pathname' | 'search'>): Route {
  const search = new URLSearchParams(location.search);
  const roundId = search.get('round') || null;
  if (/\/config\/?$/.test(location.pathname)) return { view: 'config', roundId };
  const view = search.get('view');
  return { view: views.find((v) => v === view) ?? 'rounds', roundId, groupId: search.get('group') || null };
}

export function hrefFor(route: Route): string {
  const current = new URLSearchParams(window.location.search);
  const next = new URLSearchParams();
  for (const key of hostParams) {
    const value = current.get(key);
    if (value) next.set(key, value);
  }
  if (route.view !== 'rounds' && route.view !== 'config') next.set('view', route.view);
  if (route.roundId) next.set('round', route.roundId);
  if (route.groupId) next.set('group', route.groupId);
  const path = route.view === 'config' ? `${import.meta.env.BASE_URL}config/` : import.meta.env.BASE_URL;
  const query = next.toString();
  return query ? `${path}?${query}` : path;
}

/** An absolute URL of a view for Teams (tab contentUrl, meeting stage), always with `host=teams`. */
export function teamsUrlFor(route: Route): string {
  const url = new URL(import.meta.env.BASE_URL, window.location.origin);
  url.searchParams.set('host', 'teams');
  url.searchParams.set('view', route.view);
  if (route.roundId) url.searchParams.set('round', route.roundId);
  if (route.groupId) url.searchParams.set('group', route.groupId);
  return url.toString();
}

export function navigate(route: Route, { replace = false } = {}): void {
  const href = hrefFor(route);
  if (replace) window.history.replaceState(null, '', href);
  else window.history.pushState(null, '', href);
  window.dispatchEvent(new Event(navigationEvent));
  window.scrollTo(0, 0);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(navigationEvent, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(navigationEvent, onChange);
  };
}

function snapshot(): string {
  return window.location.pathname + window.location.search;
}

export function useRoute(): Route {
  const key = useSyncExternalStore(subscribe, snapshot);
  return useMemo(() => {
    const [pathname = '', query = ''] = key.split('?');
    return parseRoute({ pathname, search: query ? `?${query}` : '' });
  }, [key]);
}
