import { Badge } from '@fluentui/react-components';
import { useRef } from 'react';
import type { ThemeView } from '../../api/types';
import { useTexts } from '../../i18n';
import { CompoundText } from './CompoundText';
import { useStyles } from './PresentView.styles';
import { headingFloors, roundLanguage, runningFloors, termFloors } from './slideText';
import { useFittedType } from './useFittedType';

/** A theme of the whole round: its name, its words, its conclusion and a few verbatim quotes. */
export function ThemeSlide({ theme }: { theme: ThemeView }) {
  const t = useTexts();
  const styles = useStyles();
  const terms = theme.terms.join(' · ');
  const conclusion = theme.conclusion?.trim() ?? '';
  // A conclusion takes the room of one quote, so the slide still fits a 720-line stage.
  const quotes = theme.quotes.slice(0, conclusion ? 2 : 3);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const termsRef = useRef<HTMLParagraphElement>(null);
  const conclusionRef = useRef<HTMLParagraphElement>(null);
  const quotesRef = useRef<HTMLDivElement>(null);
  useFittedType(titleRef, theme.label, headingFloors);
  useFittedType(termsRef, terms, termFloors);
  useFittedType(conclusionRef, conclusion, runningFloors);
  useFittedType(quotesRef, quotes.map((quote) => quote.text).join('\n'), runningFloors, 'blockquote');
  return (
    <>
      <p className={styles.eyebrow}>
        {t.present.themeOf(theme.size)}
        {theme.lesson && (
          <Badge appearance="tint" color="success" size="large">
            {t.themes.lesson}
          </Badge>
        )}
      </p>
      <h2 ref={titleRef} lang={roundLanguage} className={styles.title}>
        <CompoundText text={theme.label} />
      </h2>
      {terms !== '' && (
        <p ref={termsRef} className={styles.terms} lang={roundLanguage}>
          <CompoundText text={terms} />
        </p>
      )}
      {conclusion !== '' && (
        <p ref={conclusionRef} className={styles.conclusion}>
          <span className={styles.conclusionMark}>{t.themes.conclusion}: </span>
          <span lang={roundLanguage}>
            <CompoundText text={conclusion} />
          </span>
        </p>
      )}
      {quotes.length > 0 ? (
        <div ref={quotesRef} className={styles.quotes}>
          {quotes.map((quote) => (
            <blockquote key={quote.text} className={styles.quote} lang={roundLanguage}>
              <CompoundText text={quote.text} />
            </blockquote>
          ))}
        </div>
      ) : (
        conclusion === '' && <p className={styles.message}>{t.present.noQuotes}</p>
      )}
    </>
  );
}
