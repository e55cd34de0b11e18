import { Badge, Card, Tag } from '@fluentui/react-components';
import { useId } from 'react';
import type { ThemeView } from '../../api/types';
import { useSharedStyles } from '../../components/shared.styles';
import { useTexts } from '../../i18n';
import { useStyles } from './ThemeCard.styles';

/** The groups carrying the most of a theme; the table under the cards has them all. */
const shownGroups = 4;

type Props = {
  theme: ThemeView;
  /** False in a single group's view, where the group is already named. */
  showGroups: boolean;
  headingLevel: 3 | 4 | 5;
};

/** One theme: its label and size, the groups that carry it, its words and a few verbatim quotes. */
export function ThemeCard({ theme, showGroups, headingLevel }: Props) {
  const t = useTexts();
  const styles = useStyles();
  const shared = useSharedStyles();
  const labelId = useId();
  const Heading = `h${headingLevel}` as const;
  return (
    <Card className={styles.card} role="article" aria-labelledby={labelId}>
      <div className={styles.head}>
        <Heading id={labelId} className={styles.label}>
          {theme.label}
        </Heading>
        <span className={styles.marks}>
          {theme.lesson && (
            <Badge appearance="tint" color="success">
              {t.themes.lesson}
            </Badge>
          )}
          <Badge appearance="filled" color="brand" className={styles.size}>
            {t.themes.size(theme.size)}
          </Badge>
        </span>
      </div>
      {theme.conclusion && (
        <p className={styles.conclusion}>
          <span className={styles.conclusionLabel}>{t.themes.conclusion}: </span>
          {theme.conclusion}
        </p>
      )}
      {showGroups && theme.groups.length > 0 && (
        <p className={styles.groups}>
          {t.themes.groups}:{' '}
          {theme.groups
            .slice(0, shownGroups)
            .map((g) => t.themes.groupCount(g.name, g.count))
            .join(', ')}
          {theme.groups.length > shownGroups && ` ${t.themes.moreGroups(theme.groups.length - shownGroups)}`}
        </p>
      )}
      {theme.terms.length > 0 && (
        <>
          <span className={shared.visuallyHidden}>{t.themes.terms}</span>
          <ul className={styles.terms}>
            {theme.terms.map((term) => (
              <li key={term}>
                <Tag size="small" appearance="outline" shape="circular">
                  {term}
                </Tag>
              </li>
            ))}
          </ul>
        </>
      )}
      {theme.quotes.length > 0 && (
        <div className={styles.quotes}>
          <span className={shared.visuallyHidden}>{t.themes.quotes}</span>
          {theme.quotes.slice(0, 3).map((quote) => (
            <blockquote key={quote.text} className={styles.quote}>
              {quote.text}
            </blockquote>
          ))}
        </div>
      )}
    </Card>
  );
}
