import { Badge } from '@fluentui/react-components';
import type { CompilationMark } from '../../api/types';
import { useFormat } from '../../format/useFormat';
import { useTexts } from '../../i18n';
import { useStyles } from './themes.styles';

/**
 * Whether the themes shown are a person's published compilation or still the machine's, and a
 * small mark while a compiler has changes not yet published.
 */
export function CompilationNote({ mark }: { mark: CompilationMark }) {
  const t = useTexts();
  const styles = useStyles();
  const format = useFormat();
  return (
    <p className={styles.compilationNote}>
      {mark.state === 'draft' && (
        <>
          <Badge appearance="tint" color="warning">
            {t.themes.draftMark}
          </Badge>{' '}
        </>
      )}
      {mark.publishedAt
        ? t.themes.compiled(mark.publishedBy ?? '', format.dateTime(mark.publishedAt))
        : t.themes.notCompiled}
      {mark.state === 'draft' && mark.publishedAt ? ` ${t.themes.draftPending}` : ''}
    </p>
  );
}
