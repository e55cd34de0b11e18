import { makeStyles, tokens } from '@fluentui/react-components';

export const useStyles = makeStyles({
  groups: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 360px), 1fr))',
    gap: tokens.spacingHorizontalL,
    listStyleType: 'none',
    margin: '0',
    padding: '0',
  },
  summary: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, maxWidth: '560px' },
  roundTitle: { margin: '0' },
});
