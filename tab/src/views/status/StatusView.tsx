import { mergeClasses } from '@fluentui/react-components';
import { useCallback } from 'react';
import { isForbidden } from '../../api/apiError';
import type { RoundStatusView } from '../../api/types';
import { NoAccessMessage } from '../../app/NoAccess';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBar } from '../../components/ErrorBar';
import { Loading } from '../../components/Loading';
import { useSharedStyles } from '../../components/shared.styles';
import { useFormat } from '../../format/useFormat';
import { usePolling } from '../../hooks/usePolling';
import { useTexts } from '../../i18n';
import { isCoordinator, useSession } from '../../session/session';
import { RoundBadges } from '../rounds/RoundBadges';
import { RoundProgress } from '../rounds/RoundProgress';
import { deadlineInWords } from '../rounds/roundWords';
import { ActionOutcomeBar } from './ActionOutcomeBar';
import { GroupStatusCard } from './GroupStatusCard';
import { RemindAgainDialog } from './RemindAgainDialog';
import { StatusActions } from './StatusActions';
import { useStyles } from './StatusView.styles';
import { useRemind } from './useRemind';
import { useRoundAction } from './useRoundAction';

/** "Svarsläge": who has been asked, who has answered, and the coordinator's actions. Live. */
export default function StatusView({ roundId }: { roundId: string | null }) {
  const t = useTexts();
  const shared = useSharedStyles();
  if (!roundId) {
    return (
      <>
        <h1 className={shared.pageTitle}>{t.status.title}</h1>
        <EmptyState>{t.errors.noRound}</EmptyState>
      </>
    );
  }
  return <RoundStatus roundId={roundId} />;
}

function RoundStatus({ roundId }: { roundId: string }) {
  const t = useTexts();
  const styles = useStyles();
  const shared = useSharedStyles();
  const format = useFormat();
  const { api, me } = useSession();
  const load = useCallback(
    (signal: AbortSignal) =>
      api.get<RoundStatusView>(`/api/rounds/${encodeURIComponent(roundId)}/status`, signal),
    [api, roundId],
  );
  const status = usePolling(load);
  const { working, outcome, run } = useRoundAction(roundId, status.refresh);
  const reminder = useRemind(run);

  if (isForbidden(status.error)) return <NoAccessMessage />;
  const data = status.data;
  const coordinator = isCoordinator(me);
  const open = data?.round.state === 'open';

  return (
    <>
      <h1 className={shared.pageTitle}>{t.status.title}</h1>
      {status.error ? (
        <ErrorBar error={status.error} onRetry={status.refresh} title={data ? t.errors.stale : undefined} />
      ) : null}
      {!data ? (
        status.error ? null : (
          <Loading label={t.status.loading} />
        )
      ) : (
        <>
          <div className={styles.summary}>
            <div className={shared.row}>
              <p className={mergeClasses(shared.subTitle, styles.roundTitle)}>{data.round.title}</p>
              <RoundBadges round={data.round} />
            </div>
            <p className={styles.roundTitle}>{deadlineInWords(data.round, t, format)}</p>
            {data.round.state !== 'draft' && <RoundProgress progress={data.round.progress} />}
            {!coordinator && (
              <p className={styles.roundTitle}>
                {me.roles.includes('leadership') ? t.status.leadershipNote : t.status.memberNote}
              </p>
            )}
            {data.round.state === 'closed' && <p className={styles.roundTitle}>{t.status.closedNote}</p>}
            {data.round.state === 'draft' && <p className={styles.roundTitle}>{t.status.draftNote}</p>}
          </div>
          {coordinator && open && (
            <StatusActions status={data} working={working} run={run} remind={() => reminder.remind()} />
          )}
          <RemindAgainDialog
            lastReminderAt={reminder.pending?.lastReminderAt ?? null}
            working={working !== null}
            onConfirm={reminder.confirm}
            onCancel={reminder.cancel}
          />
          <ActionOutcomeBar outcome={outcome} />
          <section aria-labelledby="status-groups">
            <h2 id="status-groups" className={shared.sectionTitle}>
              {t.status.groupsHeading}
            </h2>
            {data.groups.length === 0 ? (
              <EmptyState>{t.status.noGroups}</EmptyState>
            ) : (
              <ul className={styles.groups}>
                {data.groups.map((group) => (
                  <li key={group.groupId}>
                    <GroupStatusCard
                      group={group}
                      questionCount={data.round.questions.length}
                      busy={working !== null}
                      reminding={working === `remind|${group.groupId}`}
                      onRemind={coordinator && open ? () => reminder.remind(group.groupId) : null}
                    />
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </>
  );
}
