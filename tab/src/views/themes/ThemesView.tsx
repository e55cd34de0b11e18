import { Tab, TabList } from '@fluentui/react-components';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { isForbidden, isNotFound } from '../../api/apiError';
import { themesPath } from '../../api/paths';
import type { RoundThemesView } from '../../api/types';
import { NoAccessMessage } from '../../app/NoAccess';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBar } from '../../components/ErrorBar';
import { Loading } from '../../components/Loading';
import { useSharedStyles } from '../../components/shared.styles';
import { usePolling } from '../../hooks/usePolling';
import { useTexts } from '../../i18n';
import { useSession } from '../../session/session';
import { RoundHeading } from '../rounds/RoundHeading';
import { ComparisonTable } from './ComparisonTable';
import { type GroupChoice, GroupPicker } from './GroupPicker';
import { PresentButton } from './PresentButton';
import { ScopeThemesPanel } from './ScopeThemesPanel';
import { ShareToStageButton } from './ShareToStageButton';
import { findScope, scopeKey, seesWholeRound } from './scopes';
import { useStyles } from './themes.styles';

/**
 * "Teman": the round's themes per question and per group, and groups compared. Live. `groupId`
 * opens it at one group (a channel tab opens at its channel's group).
 */
export default function ThemesView({ roundId, groupId }: { roundId: string | null; groupId: string | null }) {
  const t = useTexts();
  const shared = useSharedStyles();
  if (!roundId) {
    return (
      <>
        <h1 className={shared.pageTitle}>{t.themes.title}</h1>
        <EmptyState>{t.errors.noRound}</EmptyState>
      </>
    );
  }
  return <RoundThemes roundId={roundId} openAt={groupId} />;
}

/** The groups whose own themes a choice shows; the round-wide ones always come along. */
function groupsOf(choice: GroupChoice): string[] {
  if (choice.kind === 'one') return [choice.groupId];
  if (choice.kind === 'compare') return [choice.first, choice.second];
  return [];
}

function RoundThemes({ roundId, openAt }: { roundId: string; openAt: string | null }) {
  const t = useTexts();
  const styles = useStyles();
  const shared = useSharedStyles();
  const { api, host } = useSession();
  const [question, setQuestion] = useState<number | null>(null);
  const [choice, setChoice] = useState<GroupChoice>(
    openAt ? { kind: 'one', groupId: openAt } : { kind: 'all' },
  );
  // Each choice asks for its groups' themes only: a large round has hundreds of scopes.
  const path = themesPath(roundId, groupsOf(choice));
  const load = useCallback((signal: AbortSignal) => api.get<RoundThemesView>(path, signal), [api, path]);
  const themes = usePolling(load);
  const tabIds = useId();
  // The heading and pickers stay while another choice's themes load; only the panel waits.
  const lastView = useRef<RoundThemesView | null>(null);
  if (themes.data) lastView.current = themes.data;

  // A channel tab in a team the round did not ask (or not the caller's group): show what one may see.
  const openedAtUnknownGroup =
    openAt !== null &&
    choice.kind === 'one' &&
    choice.groupId === openAt &&
    (isForbidden(themes.error) || isNotFound(themes.error));
  useEffect(() => {
    if (openedAtUnknownGroup) setChoice({ kind: 'all' });
  }, [openedAtUnknownGroup]);

  if (isForbidden(themes.error) && !openedAtUnknownGroup) return <NoAccessMessage />;
  const view = themes.data ?? lastView.current;
  const wholeRound = view ? seesWholeRound(view) : true;
  const firstGroup = view?.groups[0]?.groupId;
  // A member sees only their own group: show it rather than an empty "all groups".
  const shown: GroupChoice =
    !wholeRound && choice.kind !== 'one' && firstGroup ? { kind: 'one', groupId: firstGroup } : choice;

  return (
    <>
      <h1 className={shared.pageTitle}>{t.themes.title}</h1>
      {themes.error ? (
        <ErrorBar error={themes.error} onRetry={themes.refresh} title={view ? t.errors.stale : undefined} />
      ) : null}
      {!view ? (
        themes.error ? null : (
          <Loading label={t.themes.loading} />
        )
      ) : (
        <>
          <RoundHeading round={view.round} />
          <div className={styles.toolbar}>
            <GroupPicker groups={view.groups} wholeRound={wholeRound} choice={shown} onChange={setChoice} />
            <PresentButton roundId={roundId} />
            {host?.context.frameContext === 'sidePanel' && (
              <ShareToStageButton host={host} roundId={roundId} />
            )}
          </div>
          <TabList
            className={styles.tabs}
            selectedValue={question === null ? 'all' : String(question)}
            onTabSelect={(_, data) => setQuestion(data.value === 'all' ? null : Number(data.value))}
            aria-label={t.themes.questionsLabel}
          >
            <Tab id={`${tabIds}-all`} value="all">
              {t.themes.allQuestions}
            </Tab>
            {view.round.questions.map((q) => (
              <Tab key={q.number} id={`${tabIds}-${q.number}`} value={String(q.number)} title={q.text}>
                {t.common.question(q.number)}
              </Tab>
            ))}
          </TabList>
          <div role="tabpanel" aria-labelledby={`${tabIds}-${question ?? 'all'}`} className={styles.panel}>
            <h2 className={styles.panelTitle}>
              {question === null
                ? t.themes.allQuestions
                : `${t.common.question(question)}: ${view.round.questions.find((q) => q.number === question)?.text ?? ''}`}
            </h2>
            {themes.data ? (
              <ChoiceThemes view={themes.data} question={question} choice={shown} />
            ) : (
              <Loading label={t.themes.loading} />
            )}
          </div>
        </>
      )}
    </>
  );
}

type ChoiceProps = { view: RoundThemesView; question: number | null; choice: GroupChoice };

function ChoiceThemes({ view, question, choice }: ChoiceProps) {
  const t = useTexts();
  const styles = useStyles();
  const shared = useSharedStyles();
  const overall = findScope(view, scopeKey(question, null));
  const groupName = (id: string) => view.groups.find((g) => g.groupId === id)?.name ?? id;

  if (choice.kind === 'one') {
    return (
      <>
        <h3 className={shared.sectionTitle}>{groupName(choice.groupId)}</h3>
        <ScopeThemesPanel
          scope={findScope(view, scopeKey(question, choice.groupId))}
          headingLevel={4}
          showGroups={false}
          computing={view.computing}
        />
      </>
    );
  }

  const compared =
    choice.kind === 'compare'
      ? [
          { slot: 'first', groupId: choice.first },
          { slot: 'second', groupId: choice.second },
        ]
      : null;
  const tableGroups = compared
    ? compared.map(({ groupId }) => ({ groupId, name: groupName(groupId) }))
    : view.groups;
  const comparable = overall?.visible === true && overall.themes.length > 0 && tableGroups.length > 0;

  return (
    <>
      {compared ? (
        <div className={styles.compare}>
          {compared.map(({ slot, groupId }) => (
            <section key={slot} className={styles.compareColumn} aria-labelledby={`compare-${slot}`}>
              <h3 id={`compare-${slot}`} className={shared.sectionTitle}>
                {groupName(groupId)}
              </h3>
              <ScopeThemesPanel
                scope={findScope(view, scopeKey(question, groupId))}
                headingLevel={4}
                showGroups={false}
                narrow
                computing={view.computing}
              />
            </section>
          ))}
        </div>
      ) : (
        <ScopeThemesPanel scope={overall} headingLevel={3} showGroups computing={view.computing} />
      )}
      {comparable && (
        <section aria-labelledby="comparison-heading">
          <h3 id="comparison-heading" className={shared.sectionTitle}>
            {t.themes.comparisonHeading}
          </h3>
          <ComparisonTable themes={overall.themes} groups={tableGroups} />
        </section>
      )}
    </>
  );
}
