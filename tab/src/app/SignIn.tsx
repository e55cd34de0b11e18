import { useCallback, useMemo, useState } from 'react';
import { isForbidden } from '../api/apiError';
import { type ApiClient, createApiClient, type TokenSource } from '../api/client';
import { answersPath, compilationPath, firstAnswerPage, themesPath } from '../api/paths';
import type { Me } from '../api/types';
import { ErrorBar } from '../components/ErrorBar';
import { Loading } from '../components/Loading';
import { useLoad } from '../hooks/useLoad';
import { type Language, useTexts } from '../i18n';
import { parseRoute } from '../route';
import { clearLocalToken, readLocalToken, storeLocalToken } from '../session/localToken';
import { type Session, SessionProvider } from '../session/session';
import { LocalSignIn } from '../signIn/LocalSignIn';
import type { TeamsHost } from '../teams';
import { Frame } from './Frame';
import { compilationView, presentView, statusView, themesView } from './lazyViews';
import { NoAccess } from './NoAccess';
import { Shell } from './Shell';

type Props = { host: TeamsHost | null; language: Language };

/** In Teams, single sign-on; in a plain browser, the local sign-in (local mode only). */
export function SignIn({ host, language }: Props) {
  const [localToken, setLocalToken] = useState(() => (host ? null : readLocalToken()));
  const signOut = useCallback(() => {
    clearLocalToken();
    setLocalToken(null);
  }, []);

  const tokenSource = useMemo<TokenSource | null>(() => {
    if (host) return () => host.getAuthToken();
    if (localToken) return () => Promise.resolve(localToken);
    return null;
  }, [host, localToken]);

  if (!tokenSource) {
    return (
      <LocalSignIn
        language={language}
        onSignedIn={(token) => {
          storeLocalToken(token);
          setLocalToken(token);
        }}
      />
    );
  }
  return (
    <SignedIn
      key={localToken ?? 'teams'}
      tokenSource={tokenSource}
      host={host}
      language={language}
      signOut={host ? null : signOut}
    />
  );
}

type SignedInProps = {
  tokenSource: TokenSource;
  host: TeamsHost | null;
  language: Language;
  signOut: (() => void) | null;
};

function SignedIn({ tokenSource, host, language, signOut }: SignedInProps) {
  const t = useTexts();
  const api = useMemo(() => {
    const client = createApiClient({ token: tokenSource, language, onUnauthorized: signOut ?? undefined });
    prefetchFirstView(client);
    return client;
  }, [tokenSource, language, signOut]);
  const loadMe = useCallback((signal: AbortSignal) => api.get<Me>('/api/me', signal), [api]);
  const me = useLoad(loadMe);
  const session = useMemo<Session | null>(
    () => (me.data ? { api, me: me.data, language, host, signOut } : null),
    [api, me.data, language, host, signOut],
  );

  if (session && session.me.roles.length > 0) {
    return (
      <SessionProvider value={session}>
        <Shell />
      </SessionProvider>
    );
  }
  if (session || isForbidden(me.error)) return <NoAccess signOut={signOut} name={me.data?.name ?? null} />;
  return (
    <Frame>
      {me.error ? <ErrorBar error={me.error} onRetry={me.refresh} /> : <Loading label={t.common.loadingMe} />}
    </Frame>
  );
}

/**
 * The view in the address is known before sign-in finishes: its data and its code are fetched
 * beside /api/me rather than after it, so a leader opening the themes sees them sooner.
 */
function prefetchFirstView(client: ApiClient): void {
  const route = parseRoute(window.location);
  if (!route.roundId) return;
  const round = encodeURIComponent(route.roundId);
  if (route.view === 'themes' || route.view === 'present') {
    const groups = route.view === 'themes' && route.groupId ? [route.groupId] : [];
    client.prefetch(themesPath(route.roundId, groups));
    void (route.view === 'themes' ? themesView : presentView).preload();
  }
  if (route.view === 'compilation') {
    client.prefetch(themesPath(route.roundId));
    client.prefetch(compilationPath(route.roundId, 'round'));
    client.prefetch(answersPath(route.roundId, firstAnswerPage));
    void compilationView.preload();
  }
  if (route.view === 'status') {
    client.prefetch(`/api/rounds/${round}/status`);
    void statusView.preload();
  }
}
