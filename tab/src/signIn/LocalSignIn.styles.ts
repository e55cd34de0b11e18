import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const useStyles = makeStyles({
  people: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))',
    gap: tokens.spacingHorizontalM,
    listStyleType: 'none',
    margin: '0',
    padding: '0',
  },
  person: {
    width: '100%',
    height: '100%',
    justifyContent: 'flex-start',
    textAlign: 'start',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
  },
  personText: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  name: { ...typographyStyles.body1Strong },
  roles: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2 },
});
