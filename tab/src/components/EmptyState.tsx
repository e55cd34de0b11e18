import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  root: {
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalL}`,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  title: { ...typographyStyles.subtitle2, margin: `0 0 ${tokens.spacingVerticalXS}` },
  body: { ...typographyStyles.body1, margin: '0' },
});

type Props = { title?: string; children: ReactNode; headingLevel?: 2 | 3 };

export function EmptyState({ title, children, headingLevel = 2 }: Props) {
  const styles = useStyles();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className={styles.root}>
      {title && <Heading className={styles.title}>{title}</Heading>}
      <p className={styles.body}>{children}</p>
    </div>
  );
}
