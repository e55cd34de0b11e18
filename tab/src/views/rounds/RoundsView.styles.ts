import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 420px), 1fr))',
    gap: tokens.spacingHorizontalL,
    listStyleType: 'none',
    margin: '0',
    padding: '0',
  },
  card: { height: '100%', boxSizing: 'border-box', rowGap: tokens.spacingVerticalM },
  title: { ...typographyStyles.subtitle1, margin: '0' },
  meta: { ...typographyStyles.body1, color: tokens.colorNeutralForeground2, margin: '0' },
  links: {
    display: 'flex',
    gap: tokens.spacingHorizontalL,
    listStyleType: 'none',
    margin: '0',
    padding: '0',
    marginTop: 'auto',
  },
});
