import { makeStyles, Spinner, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({ root: { padding: `${tokens.spacingVerticalXXL} 0` } });

/** A spinner whose label is what is being waited for ("Hämtar temana"). */
export function Loading({ label }: { label: string }) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Spinner label={label} labelPosition="below" />
    </div>
  );
}
