import { AccordionHeader, AccordionItem, AccordionPanel } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import { compilationHistoryPath } from '../../api/paths';
import type { CompilationChangeView } from '../../api/types';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBar } from '../../components/ErrorBar';
import { Loading } from '../../components/Loading';
import { useSharedStyles } from '../../components/shared.styles';
import { useFormat } from '../../format/useFormat';
import { useLoad } from '../../hooks/useLoad';
import { useRefreshOnChange } from '../../hooks/useRefreshOnChange';
import { useTexts } from '../../i18n';
import { useSession } from '../../session/session';
import { useStyles } from './compilation.styles';

/** Every change to the round's compilation: who, when and what. Asked for once first opened. */
export function HistoryPanel({ roundId, changes }: { roundId: string; changes: number }) {
  const t = useTexts();
  const [open, setOpen] = useState(false);
  return (
    <AccordionItem value="history">
      <AccordionHeader as="h2" onClick={() => setOpen(true)}>
        {t.compilation.historyHeading}
      </AccordionHeader>
      <AccordionPanel>{open && <History roundId={roundId} changes={changes} />}</AccordionPanel>
    </AccordionItem>
  );
}

function History({ roundId, changes }: { roundId: string; changes: number }) {
  const t = useTexts();
  const styles = useStyles();
  const shared = useSharedStyles();
  const format = useFormat();
  const { api } = useSession();
  const load = useCallback(
    (signal: AbortSignal) =>
      api.get<{ changes: CompilationChangeView[] }>(compilationHistoryPath(roundId), signal),
    [api, roundId],
  );
  const history = useLoad(load);
  useRefreshOnChange(changes, history.refresh);
  if (history.error) return <ErrorBar error={history.error} onRetry={history.refresh} />;
  if (!history.data) return <Loading label={t.compilation.loadingHistory} />;
  if (history.data.changes.length === 0) return <EmptyState>{t.compilation.noHistory}</EmptyState>;
  return (
    <ol className={shared.plainList}>
      {history.data.changes.map((change) => (
        <li key={`${change.at}|${change.scope}|${change.kind}`} className={styles.change}>
          <span className={styles.changeWhen}>{format.dateTime(change.at)}</span>{' '}
          {t.compilation.change(change)}
        </li>
      ))}
    </ol>
  );
}
