import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Spinner,
} from '@fluentui/react-components';
import { useFormat } from '../../format/useFormat';
import { useTexts } from '../../i18n';

type Props = {
  /** When the earlier reminder went out; null keeps the dialog closed. */
  lastReminderAt: string | null;
  working: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

/** A second "Påminn nu" within two hours of the last: the server asks first, and so does the tab. */
export function RemindAgainDialog({ lastReminderAt, working, onConfirm, onCancel }: Props) {
  const t = useTexts();
  const format = useFormat();
  return (
    <Dialog
      open={lastReminderAt !== null}
      modalType="alert"
      onOpenChange={(_, data) => {
        if (!data.open) onCancel();
      }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t.status.remindAgainTitle}</DialogTitle>
          <DialogContent>
            {lastReminderAt && (
              <p>
                {t.status.remindAgainBody(format.dateTime(lastReminderAt), format.relative(lastReminderAt))}
              </p>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" disabled={working} onClick={onCancel}>
              {t.common.cancel}
            </Button>
            <Button
              appearance="primary"
              disabledFocusable={working}
              icon={working ? <Spinner size="tiny" /> : undefined}
              onClick={onConfirm}
            >
              {t.status.remindAgainConfirm}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
