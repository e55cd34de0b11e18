import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const useStyles = makeStyles({
  card: { height: '100%', boxSizing: 'border-box', rowGap: tokens.spacingVerticalS },
  head: {
    display: 'flex',
    alignItems: 'baseline',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
  label: {
    ...typographyStyles.subtitle2,
    margin: '0',
    overflowWrap: 'break-word',
    hyphens: 'auto',
    minWidth: '0',
  },
  size: { flexShrink: 0 },
  marks: { display: 'flex', flexShrink: 0, gap: tokens.spacingHorizontalXS },
  conclusion: { ...typographyStyles.body1, margin: '0', whiteSpace: 'pre-wrap' },
  conclusionLabel: { ...typographyStyles.body1Strong },
  groups: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2, margin: '0' },
  terms: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
    listStyleType: 'none',
    margin: '0',
    padding: '0',
  },
  quote: {
    margin: '0',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
    ...typographyStyles.body1,
    fontStyle: 'italic',
  },
  quotes: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
});
