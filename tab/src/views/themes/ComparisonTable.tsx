import { mergeClasses } from '@fluentui/react-components';
import type { ThemeView } from '../../api/types';
import { useTexts } from '../../i18n';
import { useStyles } from './ComparisonTable.styles';

type Props = { themes: ThemeView[]; groups: { groupId: string; name: string }[] };

/**
 * Themes down, groups across, answers in the cells, shaded by how many. A real table with a
 * caption and header scopes, so a screen reader reads "Digitala möten, Psykiatri Halland, 3".
 */
export function ComparisonTable({ themes, groups }: Props) {
  const t = useTexts();
  const styles = useStyles();
  const count = (theme: ThemeView, groupId: string) =>
    theme.groups.find((g) => g.groupId === groupId)?.count ?? 0;
  const max = Math.max(1, ...themes.flatMap((theme) => groups.map((g) => count(theme, g.groupId))));
  const heat = [styles.heat0, styles.heat1, styles.heat2, styles.heat3];

  return (
    // Scrolls sideways when there are many groups; focusable so a keyboard can scroll it too.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1).
    <section className={styles.wrap} aria-label={t.themes.comparisonHeading} tabIndex={0}>
      <table className={styles.table}>
        <caption className={styles.caption}>{t.themes.comparisonCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.themes.themeColumn}</th>
            {groups.map((group) => (
              <th key={group.groupId} scope="col">
                {group.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {themes.map((theme) => (
            <tr key={theme.id}>
              <th scope="row">{theme.label}</th>
              {groups.map((group) => {
                const n = count(theme, group.groupId);
                const level = n === 0 ? 0 : Math.min(3, Math.ceil((n / max) * 3));
                return (
                  <td key={group.groupId} className={mergeClasses(styles.cell, heat[level])}>
                    {n}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
