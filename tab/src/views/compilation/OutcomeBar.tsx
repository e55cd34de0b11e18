import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { LiveRegion } from '../../components/LiveRegion';
import { useTexts } from '../../i18n';
import type { Outcome } from './useCompilation';

/** The last step's result, read out as it appears: saved, refused, or overtaken by someone else. */
export function OutcomeBar({ outcome }: { outcome: Outcome | null }) {
  const t = useTexts();
  return (
    <LiveRegion>
      {outcome && (
        <MessageBar
          key={outcome.at}
          intent={outcome.kind === 'done' ? 'success' : outcome.kind === 'stale' ? 'warning' : 'error'}
          layout="multiline"
        >
          <MessageBarBody>
            {outcome.kind === 'stale' && <MessageBarTitle>{t.compilation.staleTitle}</MessageBarTitle>}
            {outcome.message}
          </MessageBarBody>
        </MessageBar>
      )}
    </LiveRegion>
  );
}
