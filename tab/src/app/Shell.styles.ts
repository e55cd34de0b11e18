import { makeStyles, tokens } from '@fluentui/react-components';

export const useStyles = makeStyles({
  navList: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    listStyleType: 'none',
    margin: '0',
    padding: '0',
  },
  navLink: {
    fontWeight: tokens.fontWeightSemibold,
    '&[aria-current="page"]': { textDecorationLine: 'underline', textUnderlineOffset: '4px' },
  },
});
