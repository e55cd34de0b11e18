import { makeStaticStyles, makeStyles, tokens } from '@fluentui/react-components';

export const useStaticStyles = makeStaticStyles({
  body: { margin: '0' },
});

export const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
  },
});
