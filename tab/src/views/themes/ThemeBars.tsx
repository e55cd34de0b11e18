import { mergeClasses } from '@fluentui/react-components';
import type { ThemeView } from '../../api/types';
import { useSharedStyles } from '../../components/shared.styles';
import { useTexts } from '../../i18n';
import { useStyles } from './ThemeBars.styles';

type Props = { themes: ThemeView[]; other: number };

/**
 * The themes' sizes as bars drawn with CSS (no chart library: it would weigh more than the whole
 * tab). The picture is one labelled image; a screen reader gets the same figures as a table.
 */
export function ThemeBars({ themes, other }: Props) {
  const t = useTexts();
  const styles = useStyles();
  const shared = useSharedStyles();
  const rows = [
    ...themes.map((theme) => ({ key: theme.id, label: theme.label, size: theme.size, other: false })),
    ...(other > 0 ? [{ key: 'other', label: t.themes.otherLabel, size: other, other: true }] : []),
  ];
  const max = Math.max(1, ...rows.map((row) => row.size));
  return (
    <>
      <div role="img" aria-label={t.themes.chartLabel(themes.length)} className={styles.chart}>
        {rows.map((row) => (
          <div key={row.key} style={{ display: 'contents' }}>
            <span className={styles.label} title={row.label}>
              {row.label}
            </span>
            <span className={styles.track}>
              <span
                className={mergeClasses(styles.bar, row.other && styles.otherBar)}
                style={{ display: 'block', width: `${(row.size / max) * 100}%` }}
              />
            </span>
            <span className={styles.value}>{row.size}</span>
          </div>
        ))}
      </div>
      <table className={shared.visuallyHidden}>
        <caption>{t.themes.chartCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.themes.themeColumn}</th>
            <th scope="col">{t.themes.answersColumn}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td>{row.size}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
