import { describeError } from '../../api/apiError';
import { ActionDialog } from '../../components/ActionDialog';
import { useTexts } from '../../i18n';
import type { ActionOutcome } from './useRoundAction';

type Props = { disabled: boolean; working: boolean; onClose: () => Promise<ActionOutcome> };

/** "Stäng rundan", after saying what closing does. */
export function CloseDialog({ disabled, working, onClose }: Props) {
  const t = useTexts();
  return (
    <ActionDialog
      trigger={{ label: t.status.close, disabled }}
      title={t.status.closeTitle}
      confirmLabel={t.status.closeConfirm}
      working={working}
      modalType="alert"
      onConfirm={async () => {
        const outcome = await onClose();
        return outcome.ok ? null : describeError(outcome.error, t);
      }}
    >
      <p>{t.status.closeBody}</p>
    </ActionDialog>
  );
}
