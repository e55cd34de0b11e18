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
import { useEffect, useState } from 'react';
import { describeError } from '../../api/apiError';
import { useTexts } from '../../i18n';
import { useRoundAction } from '../status/useRoundAction';

type Props = { roundId: string; onRemoved: () => void };

const noop = () => {};

/** "Ta bort exempelrundan": the sample round goes with its answers, after saying so. */
export function RemoveSampleDialog({ roundId, onRemoved }: Props) {
  const t = useTexts();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [removed, setRemoved] = useState(false);
  const { working, run } = useRoundAction(roundId, noop);

  // The card (and this dialog with it) disappears once the list is fetched again. Closing the
  // dialog first lets it give the page back to screen readers (it hides the rest while open).
  useEffect(() => {
    if (!removed || open) return;
    const timer = window.setTimeout(onRemoved, 300);
    return () => window.clearTimeout(timer);
  }, [removed, open, onRemoved]);

  const confirm = async () => {
    const outcome = await run('remove', 'remove', {});
    if (outcome.ok) {
      setOpen(false);
      setRemoved(true);
    } else setError(describeError(outcome.error, t));
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
        <Button appearance="subtle">{t.rounds.removeSample}</Button>
      </DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t.rounds.removeSampleTitle}</DialogTitle>
          <DialogContent>
            <p>{t.rounds.removeSampleBody}</p>
            <div role="alert">{error && <p>{error}</p>}</div>
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="secondary" disabled={working !== null}>
                {t.common.cancel}
              </Button>
            </DialogTrigger>
            <Button
              appearance="primary"
              onClick={confirm}
              disabledFocusable={working !== null}
              icon={working ? <Spinner size="tiny" /> : undefined}
            >
              {t.rounds.removeSampleConfirm}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
