import {
  Button,
  type ButtonProps,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Spinner,
} from '@fluentui/react-components';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTexts } from '../i18n';

type Props = {
  /** The button that opens the dialog. */
  trigger: { label: string; appearance?: ButtonProps['appearance']; disabled?: boolean };
  title: string;
  confirmLabel: string;
  /** The step is under way: the buttons wait, the confirm button spins. */
  working: boolean;
  /** `alert` for a step that cannot be undone: only the buttons close the dialog. */
  modalType?: 'modal' | 'alert';
  /** Called as the dialog opens, e.g. to suggest values for its fields. */
  onOpen?: () => void;
  /** Takes the step; a message in return keeps the dialog open and shows it. */
  onConfirm: () => Promise<string | null>;
  /** What the step does, and any fields it needs. */
  children: ReactNode;
};

/**
 * A coordinator's step that asks first ("Stäng rundan", "Förläng svarstiden", …): a button, a
 * dialog saying what will happen, Cancel and a confirm button. It is a form, so Enter confirms, and
 * a refusal from the server is read out where it appears.
 */
export function ActionDialog(props: Props) {
  const t = useTexts();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const openChanged = (next: boolean) => {
    if (next) props.onOpen?.();
    setError(null);
    setOpen(next);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const refused = await props.onConfirm();
    if (refused === null) setOpen(false);
    else setError(refused);
  };

  return (
    <Dialog
      open={open}
      modalType={props.modalType ?? 'modal'}
      onOpenChange={(_, data) => openChanged(data.open)}
    >
      <DialogTrigger disableButtonEnhancement>
        <Button
          appearance={props.trigger.appearance ?? 'secondary'}
          disabledFocusable={props.trigger.disabled}
        >
          {props.trigger.label}
        </Button>
      </DialogTrigger>
      <DialogSurface>
        <form onSubmit={submit}>
          <DialogBody>
            <DialogTitle>{props.title}</DialogTitle>
            <DialogContent>
              {props.children}
              <div role="alert">{error && <p>{error}</p>}</div>
            </DialogContent>
            <DialogActions>
              <DialogTrigger disableButtonEnhancement>
                <Button appearance="secondary" disabled={props.working}>
                  {t.common.cancel}
                </Button>
              </DialogTrigger>
              <Button
                type="submit"
                appearance="primary"
                disabledFocusable={props.working}
                icon={props.working ? <Spinner size="tiny" /> : undefined}
              >
                {props.confirmLabel}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
