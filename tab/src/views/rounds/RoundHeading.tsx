import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import type { RoundHeader } from '../../api/types';
import { RoundBadges } from './RoundBadges';

const useStyles = makeStyles({
  heading: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    marginBottom: tokens.spacingVerticalS,
  },
  title: { ...typographyStyles.subtitle2, margin: '0' },
});

/** Under a view's own title: which round it shows, and its state. */
export function RoundHeading({ round }: { round: RoundHeader }) {
  const styles = useStyles();
  return (
    <div className={styles.heading}>
      <p className={styles.title}>{round.title}</p>
      <RoundBadges round={round} />
    </div>
  );
}
