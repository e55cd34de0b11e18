import { useTexts } from '../../i18n';
import { missingPeople } from '../themes/scopes';
import { useStyles } from './PresentView.styles';
import type { Slide } from './slides';

/** One slide, in type large enough for a meeting room's screen. */
export function SlideContent({ slide }: { slide: Slide }) {
  const t = useTexts();
  const styles = useStyles();

  if (slide.kind === 'theme') {
    const { theme } = slide;
    return (
      <>
        <p className={styles.eyebrow}>{t.present.themeOf(theme.size)}</p>
        <h2 className={styles.title}>{theme.label}</h2>
        {theme.terms.length > 0 && <p className={styles.terms}>{theme.terms.join(' · ')}</p>}
        {theme.quotes.length > 0 ? (
          <div className={styles.quotes}>
            {theme.quotes.slice(0, 3).map((quote) => (
              <blockquote key={quote.text} className={styles.quote}>
                {quote.text}
              </blockquote>
            ))}
          </div>
        ) : (
          <p className={styles.message}>{t.present.noQuotes}</p>
        )}
      </>
    );
  }

  const { scope } = slide;
  return (
    <>
      <p className={styles.eyebrow}>{t.common.question(slide.number)}</p>
      <h2 className={styles.title}>{slide.text}</h2>
      {!scope ? (
        <p className={styles.message}>{t.themes.noAnswers}</p>
      ) : !scope.visible ? (
        <p className={styles.message}>{t.themes.hidden(scope.threshold, missingPeople(scope))}</p>
      ) : scope.themes.length === 0 ? (
        <p className={styles.message}>{t.themes.noThemes}</p>
      ) : (
        <ul className={styles.cards}>
          {scope.themes.map((theme) => (
            <li key={theme.id} className={styles.card}>
              <h3 className={styles.cardLabel}>{theme.label}</h3>
              <span className={styles.cardSize}>{t.themes.size(theme.size)}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
