import { Accordion, Tab, TabList } from '@fluentui/react-components';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { isForbidden } from '../../api/apiError';
import { themesPath } from '../../api/paths';
import type { CompilationView as Draft, RoundThemesView } from '../../api/types';
import { NoAccessMessage } from '../../app/NoAccess';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBar } from '../../components/ErrorBar';
import { Loading } from '../../components/Loading';
import { useSharedStyles } from '../../components/shared.styles';
import { useLoad } from '../../hooks/useLoad';
import { useTexts } from '../../i18n';
import { isCoordinator, useSession } from '../../session/session';
import { RoundHeading } from '../rounds/RoundHeading';
import { AnswerList } from './AnswerList';
import { CompilationState } from './CompilationState';
import { CompilersPanel } from './CompilersPanel';
import { useStyles } from './compilation.styles';
import { HistoryPanel } from './HistoryPanel';
import { OutcomeBar } from './OutcomeBar';
import { type Selection, selectionAfter } from './selection';
import { ThemeDetail } from './ThemeDetail';
import { ThemeList } from './ThemeList';
import { useCompilation } from './useCompilation';

/**
 * "Sammanställning": where a coordinator reads every answer, corrects the machine's themes and
 * publishes what leadership sees. One round-wide scope at a time: the whole round or one question.
 * Leadership and members get the answers they may read ("Svar"), without names and read only.
 */
export default function CompilationView({ roundId }: { roundId: string | null }) {
  const t = useTexts();
  const shared = useSharedStyles();
  const { me } = useSession();
  if (!roundId) {
    return (
      <>
        <h1 className={shared.pageTitle}>
          {isCoordinator(me) ? t.compilation.title : t.compilation.readerTitle}
        </h1>
        <EmptyState>{t.errors.noRound}</EmptyState>
      </>
    );
  }
  return <RoundCompilation roundId={roundId} coordinator={isCoordinator(me)} />;
}

function RoundCompilation({ roundId, coordinator }: { roundId: string; coordinator: boolean }) {
  const t = useTexts();
  const styles = useStyles();
  const shared = useSharedStyles();
  const { api } = useSession();
  const tabIds = useId();
  const [question, setQuestion] = useState<number | null>(null);
  const scope = question === null ? 'round' : `question|${question}`;
  // The round's header and groups come with its themes; the draft holds the rest.
  const loadRound = useCallback(
    (signal: AbortSignal) => api.get<RoundThemesView>(themesPath(roundId), signal),
    [api, roundId],
  );
  const round = useLoad(loadRound);
  // Anyone may be named to compile a round: the draft's answer says whether this caller is (403
  // if not), once; a reader does not ask again.
  const [mode, setMode] = useState<'editor' | 'reader' | null>(coordinator ? 'editor' : null);
  const compilation = useCompilation(roundId, scope, mode !== 'reader');
  const refused = isForbidden(compilation.loadError);
  useEffect(() => {
    if (mode === null && refused) setMode('reader');
    else if (mode === null && compilation.draft) setMode('editor');
  }, [mode, refused, compilation.draft]);
  const editor = mode === 'editor';
  const deciding = mode === null && !refused && !compilation.loadError;
  const [selection, setSelection] = useState<Selection>({ kind: 'all' });
  useFollowSelection(compilation.draft, selection, setSelection);

  const chooseQuestion = (next: number | null) => {
    setQuestion(next);
    setSelection({ kind: 'all' });
  };

  if (isForbidden(round.error) || (coordinator && refused)) return <NoAccessMessage />;
  if (deciding) return <Loading label={t.compilation.loading} />;
  const header = round.data;
  const draft = compilation.draft;
  const selectedTheme =
    selection.kind === 'theme'
      ? (draft?.themes.find((theme) => theme.id === selection.themeId) ?? null)
      : null;

  return (
    <>
      <h1 className={shared.pageTitle}>{editor ? t.compilation.title : t.compilation.readerTitle}</h1>
      {header && <RoundHeading round={header.round} />}
      <p className={shared.lead}>{editor ? t.compilation.lead : t.compilation.readerLead}</p>
      {round.error ? <ErrorBar error={round.error} onRetry={round.refresh} /> : null}
      {
        <TabList
          className={styles.tabs}
          selectedValue={question === null ? 'all' : String(question)}
          onTabSelect={(_, data) => chooseQuestion(data.value === 'all' ? null : Number(data.value))}
          aria-label={t.themes.questionsLabel}
        >
          <Tab id={`${tabIds}-all`} value="all">
            {t.compilation.wholeRound}
          </Tab>
          {header?.round.questions.map((q) => (
            <Tab key={q.number} id={`${tabIds}-${q.number}`} value={String(q.number)} title={q.text}>
              {t.common.question(q.number)}
            </Tab>
          ))}
        </TabList>
      }
      <div role="tabpanel" aria-labelledby={`${tabIds}-${question ?? 'all'}`} className={styles.panel}>
        {question !== null && header && (
          <p className={styles.questionText}>
            {header.round.questions.find((q) => q.number === question)?.text ?? ''}
          </p>
        )}
        <OutcomeBar outcome={compilation.outcome} />
        {compilation.loadError && !draft && !refused ? (
          <ErrorBar error={compilation.loadError} onRetry={compilation.refresh} />
        ) : null}
        {draft && <CompilationState draft={draft} compilation={compilation} />}
        {editor && (
          <Accordion collapsible multiple>
            <HistoryPanel roundId={roundId} changes={compilation.changes} />
            {coordinator && draft && (
              <CompilersPanel roundId={roundId} draft={draft} onChanged={compilation.refresh} />
            )}
          </Accordion>
        )}
        {!editor ? (
          <AnswerList
            roundId={roundId}
            question={question}
            selection={{ kind: 'all' }}
            draft={null}
            groups={header?.groups ?? []}
            compilation={null}
          />
        ) : (
          <div className={styles.columns}>
            <div className={styles.side}>
              {draft ? (
                <ThemeList
                  draft={draft}
                  selection={selection}
                  onSelect={setSelection}
                  compilation={compilation}
                />
              ) : compilation.loadError ? null : (
                <Loading label={t.compilation.loading} />
              )}
            </div>
            <div className={styles.main}>
              {selectedTheme && draft && (
                <ThemeDetail theme={selectedTheme} draft={draft} compilation={compilation} />
              )}
              <AnswerList
                roundId={roundId}
                question={question}
                selection={selection}
                draft={draft}
                groups={header?.groups ?? []}
                compilation={compilation}
              />
            </div>
          </div>
        )}
      </div>
    </>
  );
}

/**
 * A theme's id changes when it is first corrected ("e:…" becomes "c…") or merged away: keep the
 * compiler on the theme they were looking at.
 */
function useFollowSelection(draft: Draft | null, selection: Selection, select: (next: Selection) => void) {
  const previous = useRef<Draft | null>(null);
  useEffect(() => {
    const before = previous.current;
    previous.current = draft;
    if (!draft) return;
    const next = selectionAfter(selection, before?.scope === draft.scope ? before : null, draft);
    if (next !== selection) select(next);
  }, [draft, selection, select]);
}
