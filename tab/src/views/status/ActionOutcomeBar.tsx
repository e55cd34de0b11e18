import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { ErrorBar } from '../../components/ErrorBar';
import { LiveRegion } from '../../components/LiveRegion';
import type { ActionOutcome } from './useRoundAction';

/** The server's answer to the last action, read out by screen readers as it appears. */
export function ActionOutcomeBar({ outcome }: { outcome: ActionOutcome | null }) {
  return (
    <LiveRegion>
      {outcome?.ok === true && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{outcome.message}</MessageBarBody>
        </MessageBar>
      )}
      {outcome?.ok === false && <ErrorBar error={outcome.error} alert={false} />}
    </LiveRegion>
  );
}
