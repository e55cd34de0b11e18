import { Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { describeError } from '../../api/apiError';
import { ActionDialog } from '../../components/ActionDialog';
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
  const [date, setDate] = useState('');
  const [time, setTime] = useState('');

  // A week after the current deadline (or after now, when that has passed), at the same time of day.
  const suggest = () => {
    const base = deadline && new Date(deadline) > format.now ? new Date(deadline) : format.now;
    const suggested = toStockholmInputs(new Date(base.getTime() + week).toISOString());
    setDate(suggested.date);
    setTime(deadline ? toStockholmInputs(deadline).time : suggested.time);
  };

  return (
    <ActionDialog
      trigger={{ label: t.status.extend, disabled }}
      title={t.status.extendTitle}
      confirmLabel={t.status.extendSave}
      working={working}
      onOpen={suggest}
      onConfirm={async () => {
        const iso = fromStockholmInputs(date, time);
        if (!iso) return t.status.extendInvalid;
        const outcome = await onExtend(iso);
        return outcome.ok ? null : describeError(outcome.error, t);
      }}
    >
      {deadline && <p>{t.status.extendIntro(format.dateTime(deadline))}</p>}
      <div className={styles.fields}>
        <Field label={t.status.extendDate} required>
          <Input type="date" value={date} onChange={(_, data) => setDate(data.value)} />
        </Field>
        <Field label={t.status.extendTime} required>
          <Input type="time" value={time} onChange={(_, data) => setTime(data.value)} />
        </Field>
      </div>
    </ActionDialog>
  );
}
