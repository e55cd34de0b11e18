import { Card } from '@fluentui/react-components';
import { useId } from 'react';
import type { RoundSummary } from '../../api/types';
import { AppLink } from '../../components/AppLink';
import { useFormat } from '../../format/useFormat';
import { useTexts } from '../../i18n';
import { RemoveSampleDialog } from './RemoveSampleDialog';
import { RoundBadges } from './RoundBadges';
import { RoundProgress } from './RoundProgress';
import { useStyles } from './RoundsView.styles';
import { deadlineInWords } from './roundWords';

type Props = { round: RoundSummary; canSeeStatus: boolean; canRemoveSample: boolean; onChanged: () => void };

export function RoundCard({ round, canSeeStatus, canRemoveSample, onChanged }: Props) {
  const t = useTexts();
  const styles = useStyles();
  const format = useFormat();
  const titleId = useId();
  const started = round.state !== 'draft';
  return (
    <Card className={styles.card} aria-labelledby={titleId} role="article">
      <h2 id={titleId} className={styles.title}>
        {round.title}
      </h2>
      <RoundBadges round={round} />
      <p className={styles.meta}>
        {deadlineInWords(round, t, format)} · {t.rounds.questions(round.questions.length)}
      </p>
      {started ? (
        <RoundProgress progress={round.progress} />
      ) : (
        <p className={styles.meta}>{t.rounds.draftNote}</p>
      )}
      {started && (
        <ul className={styles.links}>
          {canSeeStatus && (
            <li>
              <AppLink to={{ view: 'status', roundId: round.id }}>{t.nav.status}</AppLink>
            </li>
          )}
          <li>
            <AppLink to={{ view: 'themes', roundId: round.id }}>{t.nav.themes}</AppLink>
          </li>
        </ul>
      )}
      {round.demo && canRemoveSample && <RemoveSampleDialog roundId={round.id} onRemoved={onChanged} />}
    </Card>
  );
}
