import { Button, Spinner } from '@fluentui/react-components';
import type { RoundStatusView } from '../../api/types';
import { useSharedStyles } from '../../components/shared.styles';
import { useTexts } from '../../i18n';
import { CloseDialog } from './CloseDialog';
import { ExtendDialog } from './ExtendDialog';
import { isComplete } from './groupProgress';
import type { ActionOutcome, RoundAction, RunOptions } from './useRoundAction';

type Props = {
  status: RoundStatusView;
  working: string | null;
  run: (key: string, action: RoundAction, body: object, options?: RunOptions) => Promise<ActionOutcome>;
  remind: () => void;
};

/** The coordinator's actions on an open round; an action that has nothing to do is not shown. */
export function StatusActions({ status, working, run, remind }: Props) {
  const t = useTexts();
  const shared = useSharedStyles();
  const questionCount = status.round.questions.length;
  const owing = status.groups.some((group) => !isComplete(group, questionCount));
  const failed = status.groups.filter((group) => group.delivery.state === 'failed').length;
  const busy = working !== null;

  return (
    <section aria-labelledby="status-actions">
      <h2 id="status-actions" className={shared.sectionTitle}>
        {t.status.actionsHeading}
      </h2>
      <div className={shared.row}>
        {owing && (
          <Button
            appearance="primary"
            disabledFocusable={busy}
            icon={working === 'remind' ? <Spinner size="tiny" /> : undefined}
            onClick={remind}
          >
            {t.status.remindAll}
          </Button>
        )}
        <ExtendDialog
          deadline={status.round.deadline}
          disabled={busy}
          working={working === 'extend'}
          onExtend={(deadline) => run('extend', 'extend', { deadline })}
        />
        <CloseDialog
          disabled={busy}
          working={working === 'close'}
          onClose={() => run('close', 'close', {})}
        />
        {failed > 0 && (
          <>
            <Button
              disabledFocusable={busy}
              icon={working === 'retry' ? <Spinner size="tiny" /> : undefined}
              onClick={() => run('retry', 'retry', {})}
              aria-describedby="failed-count"
            >
              {t.status.retry}
            </Button>
            <span id="failed-count">{t.status.failedCount(failed)}</span>
          </>
        )}
      </div>
    </section>
  );
}
