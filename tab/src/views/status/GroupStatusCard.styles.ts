import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const useStyles = makeStyles({
  card: { height: '100%', boxSizing: 'border-box', rowGap: tokens.spacingVerticalS },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  name: { ...typographyStyles.subtitle2, margin: '0', marginRight: 'auto' },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: '0',
    ...typographyStyles.body1,
  },
  term: { color: tokens.colorNeutralForeground2 },
  detail: { margin: '0' },
  reason: {
    display: 'block',
    marginTop: tokens.spacingVerticalXXS,
    color: tokens.colorPaletteRedForeground1,
  },
  table: {
    borderCollapse: 'collapse',
    ...typographyStyles.body1,
    '& th, & td': {
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      textAlign: 'start',
    },
    '& th': { fontWeight: tokens.fontWeightSemibold },
    '& .count': { textAlign: 'end', fontVariantNumeric: 'tabular-nums', minWidth: '2em' },
  },
  tableWrap: { overflowX: 'auto' },
  missing: { color: tokens.colorNeutralForeground3 },
});
