import { Field, ProgressBar } from '@fluentui/react-components';
import type { RoundSummary } from '../../api/types';
import { useTexts } from '../../i18n';

/** "3 av 12 grupper har svarat på alla frågor", as a labelled progress bar (worded as in chat). */
export function RoundProgress({ progress }: { progress: RoundSummary['progress'] }) {
  const t = useTexts();
  const { answered, targeted, unit } = progress;
  return (
    <Field
      label={t.rounds.progressLabel}
      hint={t.rounds.progress(answered, targeted, unit)}
      validationState="none"
    >
      <ProgressBar value={targeted > 0 ? answered / targeted : 0} max={1} thickness="large" />
    </Field>
  );
}
