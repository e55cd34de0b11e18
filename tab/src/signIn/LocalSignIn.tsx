import { Button } from '@fluentui/react-components';
import { useCallback, useMemo, useState } from 'react';
import { ApiError } from '../api/apiError';
import { createApiClient } from '../api/client';
import type { DevUser } from '../api/types';
import { Frame } from '../app/Frame';
import { EmptyState } from '../components/EmptyState';
import { ErrorBar } from '../components/ErrorBar';
import { LiveRegion } from '../components/LiveRegion';
import { Loading } from '../components/Loading';
import { useSharedStyles } from '../components/shared.styles';
import { useLoad } from '../hooks/useLoad';
import { type Language, useTexts } from '../i18n';
import { useStyles } from './LocalSignIn.styles';

type Props = { language: Language; onSignedIn: (token: string) => void };

/** A group's name when the server knows it; a bare Teams id says nothing to a person. */
function groupLabels(user: DevUser): (string | null)[] {
  return user.groups.map((group, index) => {
    const name = user.groupNames?.[index];
    return name && name !== group ? name : null;
  });
}

/**
 * Local mode only: the server lists its demo people and signs a token for the one chosen. A server
 * in production has no /api/dev routes (404), and then the tab belongs in Teams.
 */
export function LocalSignIn({ language, onSignedIn }: Props) {
  const t = useTexts();
  const styles = useStyles();
  const shared = useSharedStyles();
  const api = useMemo(() => createApiClient({ token: null, language }), [language]);
  const loadUsers = useCallback((signal: AbortSignal) => api.get<DevUser[]>('/api/dev/users', signal), [api]);
  const users = useLoad(loadUsers);
  const [signingIn, setSigningIn] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  const choose = (user: DevUser) => {
    setSigningIn(user.id);
    setFailure(null);
    api.get<{ token: string }>(`/api/dev/token?user=${encodeURIComponent(user.id)}`).then(
      ({ token }) => onSignedIn(token),
      (error: unknown) => {
        setSigningIn(null);
        setFailure(error);
      },
    );
  };

  if (users.error instanceof ApiError && users.error.status === 404) {
    return (
      <Frame>
        <h1 className={shared.pageTitle}>{t.signIn.openInTeamsTitle}</h1>
        <p className={shared.lead}>{t.signIn.openInTeams}</p>
      </Frame>
    );
  }

  return (
    <Frame>
      <h1 className={shared.pageTitle}>{t.signIn.title}</h1>
      {users.error ? (
        <ErrorBar error={users.error} onRetry={users.refresh} />
      ) : !users.data ? (
        <Loading label={t.signIn.loadingUsers} />
      ) : users.data.length === 0 ? (
        <EmptyState>{t.signIn.noUsers}</EmptyState>
      ) : (
        <>
          <p className={shared.lead}>{t.signIn.intro}</p>
          <ul className={styles.people}>
            {users.data.map((user) => (
              <li key={user.id}>
                <Button
                  className={styles.person}
                  disabled={signingIn !== null}
                  onClick={() => choose(user)}
                  aria-busy={signingIn === user.id}
                >
                  <span className={styles.personText}>
                    <span className={styles.name}>{user.name}</span>
                    <span className={styles.roles}>{t.signIn.roles(user.roles, groupLabels(user))}</span>
                  </span>
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
      <LiveRegion>
        {signingIn && <Loading label={t.signIn.signingIn} />}
        {failure ? <ErrorBar error={failure} alert={false} /> : null}
      </LiveRegion>
    </Frame>
  );
}
