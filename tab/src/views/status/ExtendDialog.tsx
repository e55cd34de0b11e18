import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Field,
  Input,
  makeStyles,
  Spinner,
  tokens,
} from '@fluentui/react-components';
import { type FormEvent, useState } from 'react';
import { describeError } from '../../api/apiError';
import { fromStockholmInputs, toStockholmInputs } from '../../format/time';
import { useFormat } from '../../format/useFormat';
import { useTexts } from '../../i18n';
import type { ActionOutcome } from './useRoundAction';

const useStyles = makeStyles({
  fields: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    marginTop: tokens.spacingVerticalM,
  },
});

const week = 7 * 24 * 3600 * 1000;

type Props = {
  deadline: string | null;
  disabled: boolean;
  working: boolean;
  /** Sends the new deadline (ISO); the dialog closes when the server accepts it. */
  onExtend: (deadline: string) => Promise<ActionOutcome>;
};

/** "Förläng svarstiden": a new date and time, in Swedish time whatever the computer's zone. */
export function ExtendDialog({ deadline, disabled, working, onExtend }: Props) {
  const t = useTexts();
  const styles = useStyles();
  const format = useFormat();
  const [open, setOpen] = useState(false);
  const [date, setDate] = useState('');
  const [time, setTime] = useState('');
  const [error, setError] = useState<string | null>(null);

  const openDialog = (next: boolean) => {
    if (next) {
      const base = deadline && new Date(deadline) > format.now ? new Date(deadline) : format.now;
      const suggested = toStockholmInputs(new Date(base.getTime() + week).toISOString());
      setDate(suggested.date);
      setTime(deadline ? toStockholmInputs(deadline).time : suggested.time);
      setError(null);
    }
    setOpen(next);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const iso = fromStockholmInputs(date, time);
    if (!iso) {
      setError(t.status.extendInvalid);
      return;
    }
    setError(null);
    const outcome = await onExtend(iso);
    if (outcome.ok) setOpen(false);
    else setError(describeError(outcome.error, t));
  };

  return (
    <Dialog open={open} onOpenChange={(_, data) => openDialog(data.open)}>
      <DialogTrigger disableButtonEnhancement>
        <Button disabledFocusable={disabled}>{t.status.extend}</Button>
      </DialogTrigger>
      <DialogSurface>
        <form onSubmit={submit}>
          <DialogBody>
            <DialogTitle>{t.status.extendTitle}</DialogTitle>
            <DialogContent>
              {deadline && <p>{t.status.extendIntro(format.dateTime(deadline))}</p>}
              <div className={styles.fields}>
                <Field label={t.status.extendDate} required>
                  <Input type="date" value={date} onChange={(_, data) => setDate(data.value)} />
                </Field>
                <Field label={t.status.extendTime} required>
                  <Input type="time" value={time} onChange={(_, data) => setTime(data.value)} />
                </Field>
              </div>
              <div role="alert">{error && <p>{error}</p>}</div>
            </DialogContent>
            <DialogActions>
              <DialogTrigger disableButtonEnhancement>
                <Button appearance="secondary" disabled={working}>
                  {t.common.cancel}
                </Button>
              </DialogTrigger>
              <Button
                type="submit"
                appearance="primary"
                disabledFocusable={working}
                icon={working ? <Spinner size="tiny" /> : undefined}
              >
                {t.status.extendSave}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
