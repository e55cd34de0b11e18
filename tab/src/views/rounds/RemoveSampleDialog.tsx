import { useEffect, useState } from 'react';
import { describeError } from '../../api/apiError';
import { ActionDialog } from '../../components/ActionDialog';
import { useTexts } from '../../i18n';
import { useRoundAction } from '../status/useRoundAction';

type Props = { roundId: string; onRemoved: () => void };

const noop = () => {};

/** "Ta bort exempelrundan": the sample round goes with its answers, after saying so. */
export function RemoveSampleDialog({ roundId, onRemoved }: Props) {
  const t = useTexts();
  const [removed, setRemoved] = useState(false);
  const { working, run } = useRoundAction(roundId, noop);

  // The card (and this dialog with it) disappears once the list is fetched again. Letting the
  // dialog close first gives the page back to screen readers (it hides the rest while open).
  useEffect(() => {
    if (!removed) return;
    const timer = window.setTimeout(onRemoved, 300);
    return () => window.clearTimeout(timer);
  }, [removed, onRemoved]);

  return (
    <ActionDialog
      trigger={{ label: t.rounds.removeSample, appearance: 'subtle' }}
      title={t.rounds.removeSampleTitle}
      confirmLabel={t.rounds.removeSampleConfirm}
      working={working !== null}
      modalType="alert"
      onConfirm={async () => {
        const outcome = await run('remove', 'remove', {});
        if (!outcome.ok) return describeError(outcome.error, t);
        setRemoved(true);
        return null;
      }}
    >
      <p>{t.rounds.removeSampleBody}</p>
    </ActionDialog>
  );
}
