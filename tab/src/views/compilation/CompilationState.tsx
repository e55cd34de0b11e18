import { Badge } from '@fluentui/react-components';
import type { CompilationView } from '../../api/types';
import { ActionDialog } from '../../components/ActionDialog';
import { useFormat } from '../../format/useFormat';
import { useTexts } from '../../i18n';
import { useStyles } from './compilation.styles';
import type { CompilationState as State } from './useCompilation';

/** Draft or published, by whom and when, what is new, and the step that publishes. */
export function CompilationState({ draft, compilation }: { draft: CompilationView; compilation: State }) {
  const t = useTexts();
  const styles = useStyles();
  const format = useFormat();
  const published = draft.state === 'published';
  return (
    <section className={styles.state} aria-label={t.compilation.stateLabel}>
      <div className={styles.stateText}>
        <Badge appearance={published ? 'filled' : 'tint'} color={published ? 'success' : 'warning'}>
          {published ? t.compilation.publishedBadge : t.compilation.draftBadge}
        </Badge>
        <p className={styles.stateLine}>
          {draft.published
            ? t.compilation.publishedBy(draft.published.by, format.relative(draft.published.at))
            : t.compilation.neverPublished}{' '}
          {draft.edited && t.compilation.editedBy(draft.edited.by, format.relative(draft.edited.at))}{' '}
          {!published && draft.published && t.compilation.unpublishedChanges}
        </p>
        {draft.newAnswers > 0 && (
          <Badge appearance="outline" color="informative">
            {t.compilation.newAnswers(draft.newAnswers)}
          </Badge>
        )}
      </div>
      <ActionDialog
        trigger={{ label: t.compilation.publish, appearance: 'primary', disabled: published }}
        title={t.compilation.publishTitle}
        confirmLabel={t.compilation.publish}
        working={compilation.working}
        onConfirm={() => compilation.publish(t.compilation.done.publish)}
      >
        <p>{t.compilation.publishBody}</p>
      </ActionDialog>
    </section>
  );
}
