import {
  Button,
  Checkbox,
  Field,
  MessageBar,
  MessageBarBody,
  SearchBox,
  Select,
  Spinner,
} from '@fluentui/react-components';
import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { answersPath, answerPageSize as pageSize } from '../../api/paths';
import type { AnswerPageView, CompilationView, RoundThemesView } from '../../api/types';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBar } from '../../components/ErrorBar';
import { Loading } from '../../components/Loading';
import { useSharedStyles } from '../../components/shared.styles';
import { useFormat } from '../../format/useFormat';
import { useLoad } from '../../hooks/useLoad';
import { useRefreshOnChange } from '../../hooks/useRefreshOnChange';
import { useTexts } from '../../i18n';
import { useSession } from '../../session/session';
import { AnswerActions } from './AnswerActions';
import { useStyles } from './compilation.styles';
import { type Selection, themeFilter } from './selection';
import type { CompilationState } from './useCompilation';

/** Typing pauses this long before the search is sent, so a word is not searched letter by letter. */
const searchDelayMs = 250;

type Props = {
  roundId: string;
  question: number | null;
  selection: Selection;
  draft: CompilationView | null;
  groups: RoundThemesView['groups'];
  /** Null for a reader: the list is read only. */
  compilation: CompilationState | null;
};

/**
 * The answers behind the selection, a page at a time, searchable without regard to case or
 * diacritics; the ones ticked can be moved to another theme or split off into a new one.
 */
export function AnswerList({ roundId, question, selection, draft, groups, compilation }: Props) {
  const t = useTexts();
  const styles = useStyles();
  const shared = useSharedStyles();
  const format = useFormat();
  const { api } = useSession();
  const headingId = useId();
  const [typed, setTyped] = useState('');
  const text = useDebounced(typed, searchDelayMs);
  const [groupId, setGroupId] = useState<string | null>(null);
  const theme = themeFilter(selection);

  // A new filter starts at the first page with nothing ticked.
  const filterKey = `${question}|${theme}|${groupId}|${text}`;
  const [paging, setPaging] = useState({ filterKey, offset: 0 });
  const offset = paging.filterKey === filterKey ? paging.offset : 0;
  const setOffset = (next: number) => setPaging({ filterKey, offset: next });
  const [ticking, setTicking] = useState({ filterKey, ids: new Set<string>() as ReadonlySet<string> });
  const ticked = ticking.filterKey === filterKey ? ticking.ids : new Set<string>();
  const setTicked = (ids: ReadonlySet<string>) => setTicking({ filterKey, ids });

  const path = answersPath(roundId, { question, groupId, theme, text, offset, limit: pageSize });
  const load = useCallback((signal: AbortSignal) => api.get<AnswerPageView>(path, signal), [api, path]);
  const page = useLoad(load);
  // A correction moves answers between themes: the page shown is asked for again.
  useRefreshOnChange(compilation?.changes ?? 0, page.refresh);
  const data = page.data;
  const themeLabel = useMemo(() => {
    const labels = new Map((draft?.themes ?? []).map((th) => [th.id, th.label]));
    return (id: string | null) =>
      id === 'other' ? t.themes.otherLabel : id === null ? null : (labels.get(id) ?? null);
  }, [draft, t]);

  const heading =
    selection.kind === 'other'
      ? t.compilation.answersIn(t.themes.otherLabel)
      : selection.kind === 'theme'
        ? t.compilation.answersIn(themeLabel(selection.themeId) ?? '')
        : t.compilation.answersAll;
  const toggle = (id: string, on: boolean) => {
    const next = new Set(ticked);
    if (on) next.add(id);
    else next.delete(id);
    setTicked(next);
  };
  const quotedHere =
    selection.kind === 'theme' ? draft?.themes.find((th) => th.id === selection.themeId) : undefined;

  return (
    <section aria-labelledby={headingId} className={styles.answers}>
      <h2 id={headingId} className={shared.sectionTitle}>
        {heading}
      </h2>
      <div className={styles.filters}>
        <Field label={t.compilation.search} className={styles.searchField}>
          <SearchBox
            value={typed}
            placeholder={t.compilation.searchPlaceholder}
            onChange={(_, data) => setTyped(data.value.slice(0, 200))}
          />
        </Field>
        <Field label={t.compilation.group}>
          <Select value={groupId ?? ''} onChange={(_, data) => setGroupId(data.value || null)}>
            <option value="">{t.themes.allGroups}</option>
            {groups.map((group) => (
              <option key={group.groupId} value={group.groupId}>
                {group.name}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {data && data.hiddenGroups.length > 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t.compilation.hiddenGroups(data.hiddenGroups.map((g) => g.name))}</MessageBarBody>
        </MessageBar>
      )}
      {page.error ? <ErrorBar error={page.error} onRetry={page.refresh} /> : null}
      {compilation && draft && ticked.size > 0 && (
        <AnswerActions
          ticked={[...ticked]}
          selection={selection}
          draft={draft}
          compilation={compilation}
          onDone={() => setTicked(new Set())}
        />
      )}
      {!data ? (
        page.error ? null : (
          <Loading label={t.compilation.loadingAnswers} />
        )
      ) : data.total === 0 ? (
        <EmptyState>{text || groupId ? t.compilation.noMatches : t.compilation.noAnswers}</EmptyState>
      ) : (
        <>
          <p className={styles.hint} aria-live="polite">
            {t.compilation.range(data.offset + 1, data.offset + data.answers.length, data.total)}
            {page.loading && <Spinner size="extra-tiny" className={styles.inlineSpinner} />}
          </p>
          <ul className={styles.answerList} aria-label={t.compilation.answersLabel}>
            {data.answers.map((answer) => {
              const quoted = quotedHere?.quotes.some((q) => q.id === answer.id) ?? false;
              const belongsHere = quotedHere !== undefined && answer.theme === quotedHere.id;
              return (
                <li key={answer.id} className={styles.answer} data-answer-id={answer.id}>
                  {compilation && (
                    <Checkbox
                      checked={ticked.has(answer.id)}
                      onChange={(_, d) => toggle(answer.id, d.checked === true)}
                      aria-label={t.compilation.tick(answer.text.slice(0, 80))}
                    />
                  )}
                  <div className={styles.answerBody}>
                    <p className={styles.answerText}>{answer.text}</p>
                    <p className={styles.answerMeta}>
                      {[
                        answer.groupName,
                        answer.question !== null ? t.common.question(answer.question) : null,
                        answer.author,
                        selection.kind === 'all' && draft ? themeLabel(answer.theme) : null,
                        format.dateTime(answer.createdAt),
                      ]
                        .filter((part): part is string => Boolean(part))
                        .join(' · ')}
                    </p>
                  </div>
                  {compilation && quotedHere && belongsHere && (
                    <Button
                      size="small"
                      appearance={quoted ? 'subtle' : 'secondary'}
                      disabledFocusable={compilation.working || quoted}
                      aria-label={
                        quoted
                          ? t.compilation.quotedLabel
                          : t.compilation.quoteLabel(answer.text.slice(0, 80))
                      }
                      onClick={() =>
                        void compilation.edit(
                          {
                            kind: 'pickQuotes',
                            themeId: quotedHere.id,
                            answerIds: [answer.id, ...quotedHere.quotes.map((q) => q.id)].slice(0, 3),
                          },
                          t.compilation.done.quote,
                        )
                      }
                    >
                      {quoted ? t.compilation.quoted : t.compilation.quote}
                    </Button>
                  )}
                </li>
              );
            })}
          </ul>
          {data.total > pageSize && (
            <nav className={shared.row} aria-label={t.compilation.pagesLabel}>
              <Button disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - pageSize))}>
                {t.compilation.previous}
              </Button>
              <Button disabled={offset + pageSize >= data.total} onClick={() => setOffset(offset + pageSize)}>
                {t.compilation.next}
              </Button>
            </nav>
          )}
        </>
      )}
    </section>
  );
}

function useDebounced(value: string, delayMs: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), delayMs);
    return () => window.clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
