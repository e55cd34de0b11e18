import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const useSharedStyles = makeStyles({
  /** Hidden on screen, read by screen readers. */
  visuallyHidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: '0',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
    border: '0',
  },
  pageTitle: { ...typographyStyles.title2, margin: `0 0 ${tokens.spacingVerticalS}` },
  sectionTitle: {
    ...typographyStyles.subtitle1,
    margin: `${tokens.spacingVerticalL} 0 ${tokens.spacingVerticalS}`,
  },
  subTitle: { ...typographyStyles.subtitle2, margin: `0 0 ${tokens.spacingVerticalXS}` },
  lead: {
    ...typographyStyles.body1,
    color: tokens.colorNeutralForeground2,
    margin: `0 0 ${tokens.spacingVerticalM}`,
  },
  stack: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  plainList: { listStyleType: 'none', margin: '0', padding: '0' },
});
