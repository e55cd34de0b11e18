import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const useStyles = makeStyles({
  toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  tabs: { flexWrap: 'wrap', margin: `${tokens.spacingVerticalM} 0` },
  pickers: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-end' },
  picker: { minWidth: '220px' },
  panel: { paddingTop: tokens.spacingVerticalS },
  panelTitle: { ...typographyStyles.subtitle1, margin: `0 0 ${tokens.spacingVerticalXS}` },
  meta: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground2,
    margin: `0 0 ${tokens.spacingVerticalM}`,
  },
  compare: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 340px), 1fr))',
    gap: tokens.spacingHorizontalXL,
  },
  compareColumn: {
    '& > h3': { marginTop: '0' },
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  cards: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 320px), 1fr))',
    gap: tokens.spacingHorizontalL,
    listStyleType: 'none',
    margin: '0',
    padding: '0',
  },
  cardsNarrow: { gridTemplateColumns: '1fr' },
  hidden: { maxWidth: '640px' },
  compilationNote: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground2,
    margin: `calc(-1 * ${tokens.spacingVerticalS}) 0 ${tokens.spacingVerticalS}`,
  },
});
