import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

/** Mixes the brand colour into the card's background: only theme tokens, so dark and high contrast follow. */
function shade(percent: number): string {
  return `color-mix(in srgb, ${tokens.colorBrandBackground} ${percent}%, ${tokens.colorNeutralBackground1})`;
}

export const useStyles = makeStyles({
  wrap: {
    overflowX: 'auto',
    maxWidth: '100%',
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  table: {
    borderCollapse: 'collapse',
    backgroundColor: tokens.colorNeutralBackground1,
    ...typographyStyles.body1,
    '& th, & td': {
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
      border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    },
    '& thead th': { ...typographyStyles.body1Strong, textAlign: 'center', verticalAlign: 'bottom' },
    '& tbody th': { ...typographyStyles.body1Strong, textAlign: 'start' },
  },
  caption: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground2,
    textAlign: 'start',
    paddingBottom: tokens.spacingVerticalXS,
  },
  cell: { textAlign: 'center', fontVariantNumeric: 'tabular-nums', minWidth: '4em' },
  heat0: { color: tokens.colorNeutralForeground3 },
  heat1: { backgroundColor: shade(20) },
  heat2: { backgroundColor: shade(45) },
  heat3: {
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    fontWeight: tokens.fontWeightSemibold,
  },
});
