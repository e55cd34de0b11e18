import { useCallback } from 'react';
import type { RoundSummary } from '../../api/types';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBar } from '../../components/ErrorBar';
import { Loading } from '../../components/Loading';
import { useSharedStyles } from '../../components/shared.styles';
import { useLoad } from '../../hooks/useLoad';
import { useTexts } from '../../i18n';
import { isCoordinator, seesStatus, useSession } from '../../session/session';
import { RoundCard } from './RoundCard';
import { useStyles } from './RoundsView.styles';

/** Every round the person may see, newest first as the server sends them. */
export function RoundsView() {
  const t = useTexts();
  const styles = useStyles();
  const shared = useSharedStyles();
  const { api, me } = useSession();
  const load = useCallback(
    (signal: AbortSignal) => api.get<{ rounds: RoundSummary[] }>('/api/rounds', signal),
    [api],
  );
  const rounds = useLoad(load);
  const coordinator = isCoordinator(me);

  return (
    <>
      <h1 className={shared.pageTitle}>{t.rounds.title}</h1>
      {rounds.error ? (
        <ErrorBar error={rounds.error} onRetry={rounds.refresh} />
      ) : !rounds.data ? (
        <Loading label={t.rounds.loading} />
      ) : rounds.data.rounds.length === 0 ? (
        <EmptyState title={t.rounds.emptyTitle}>
          {coordinator ? t.rounds.emptyCoordinator : t.rounds.emptyOther}
        </EmptyState>
      ) : (
        <ul className={styles.list}>
          {rounds.data.rounds.map((round) => (
            <li key={round.id}>
              <RoundCard
                round={round}
                canSeeStatus={seesStatus(me)}
                canRemoveSample={coordinator}
                onChanged={rounds.refresh}
              />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
