import { Badge, mergeClasses } from '@fluentui/react-components';
import type { CompilationView } from '../../api/types';
import { useSharedStyles } from '../../components/shared.styles';
import { useTexts } from '../../i18n';
import { useStyles } from './compilation.styles';
import { MergeDialog } from './MergeDialog';
import type { Selection } from './selection';
import type { CompilationState } from './useCompilation';

type Props = {
  draft: CompilationView;
  selection: Selection;
  onSelect: (selection: Selection) => void;
  compilation: CompilationState;
};

/** The scope's themes in the order leadership will see them, then Övrigt; choosing one lists its answers. */
export function ThemeList({ draft, selection, onSelect, compilation }: Props) {
  const t = useTexts();
  const styles = useStyles();
  const shared = useSharedStyles();
  const current = (candidate: Selection) =>
    candidate.kind === selection.kind &&
    (candidate.kind !== 'theme' || (selection.kind === 'theme' && selection.themeId === candidate.themeId));

  const entry = (key: string, target: Selection, label: string, size: number, marks: string[]) => (
    <li key={key}>
      <button
        type="button"
        className={mergeClasses(styles.entry, current(target) && styles.entryCurrent)}
        aria-current={current(target) ? 'true' : undefined}
        onClick={() => onSelect(target)}
      >
        <span className={styles.entryLabel}>{label}</span>
        <span className={styles.entryMarks}>
          {marks.map((mark) => (
            <Badge key={mark} size="small" appearance="tint" color="informative">
              {mark}
            </Badge>
          ))}
          <Badge size="small" appearance="filled" color="brand">
            {t.themes.size(size)}
          </Badge>
        </span>
      </button>
    </li>
  );

  return (
    <nav aria-labelledby="compilation-themes">
      <div className={styles.sideHead}>
        <h2 id="compilation-themes" className={shared.sectionTitle}>
          {t.compilation.themesHeading}
        </h2>
        <MergeDialog draft={draft} compilation={compilation} onMerged={onSelect} />
      </div>
      <ul className={mergeClasses(shared.plainList, styles.entries)}>
        {entry('all', { kind: 'all' }, t.compilation.allAnswers, draft.answerCount, [])}
        {draft.themes.map((theme) =>
          entry(
            theme.id,
            { kind: 'theme', themeId: theme.id },
            theme.label,
            theme.size,
            [
              theme.pinned !== null ? t.compilation.pinnedMark(theme.pinned) : null,
              theme.lesson ? t.compilation.lessonMark : null,
              theme.conclusion ? t.compilation.conclusionMark : null,
              theme.newAnswers > 0 ? t.compilation.newMark(theme.newAnswers) : null,
            ].filter((mark): mark is string => mark !== null),
          ),
        )}
        {entry('other', { kind: 'other' }, t.themes.otherLabel, draft.other, [])}
      </ul>
      {draft.themes.length === 0 && <p className={styles.hint}>{t.compilation.noThemes}</p>}
    </nav>
  );
}
