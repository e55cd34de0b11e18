import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const useStyles = makeStyles({
  chart: {
    display: 'grid',
    gridTemplateColumns: 'minmax(8em, max-content) minmax(6em, 1fr) max-content',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    maxWidth: '880px',
    ...typographyStyles.body1,
  },
  label: { maxWidth: '22em', overflowWrap: 'anywhere' },
  track: {
    height: '14px',
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground4,
  },
  bar: {
    height: '100%',
    minWidth: '2px',
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorBrandBackground,
  },
  otherBar: { backgroundColor: tokens.colorNeutralForeground3 },
  value: { fontVariantNumeric: 'tabular-nums', textAlign: 'end' },
});
