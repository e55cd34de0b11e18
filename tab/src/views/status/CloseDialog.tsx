import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Spinner,
} from '@fluentui/react-components';
import { useState } from 'react';
import { describeError } from '../../api/apiError';
import { useTexts } from '../../i18n';
import type { ActionOutcome } from './useRoundAction';

type Props = { disabled: boolean; working: boolean; onClose: () => Promise<ActionOutcome> };

/** "Stäng rundan", after saying what closing does. */
export function CloseDialog({ disabled, working, onClose }: Props) {
  const t = useTexts();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const confirm = async () => {
    const outcome = await onClose();
    if (outcome.ok) setOpen(false);
    else setError(describeError(outcome.error, t));
  };

  return (
    <Dialog
      open={open}
      modalType="alert"
      onOpenChange={(_, data) => {
        setError(null);
        setOpen(data.open);
      }}
    >
      <DialogTrigger disableButtonEnhancement>
        <Button disabledFocusable={disabled}>{t.status.close}</Button>
      </DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t.status.closeTitle}</DialogTitle>
          <DialogContent>
            <p>{t.status.closeBody}</p>
            <div role="alert">{error && <p>{error}</p>}</div>
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="secondary" disabled={working}>
                {t.common.cancel}
              </Button>
            </DialogTrigger>
            <Button
              appearance="primary"
              onClick={confirm}
              disabledFocusable={working}
              icon={working ? <Spinner size="tiny" /> : undefined}
            >
              {t.status.closeConfirm}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
