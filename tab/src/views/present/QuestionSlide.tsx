import { mergeClasses } from '@fluentui/react-components';
import { useRef } from 'react';
import { useTexts } from '../../i18n';
import { missingPeople } from '../themes/scopes';
import { CompoundText } from './CompoundText';
import { useStyles } from './PresentView.styles';
import type { Slide } from './slides';
import { headingFloors, roundLanguage } from './slideText';
import { ThemeTiles } from './ThemeTiles';
import { useFittedType } from './useFittedType';

/** A question and what its answers say: each theme with its conclusion or its top quote. */
export function QuestionSlide({ slide }: { slide: Extract<Slide, { kind: 'question' }> }) {
  const t = useTexts();
  const styles = useStyles();
  const { scope } = slide;
  const titleRef = useRef<HTMLHeadingElement>(null);
  useFittedType(titleRef, slide.text, headingFloors);
  return (
    <>
      <p className={styles.eyebrow}>{t.common.question(slide.number)}</p>
      <h2 ref={titleRef} lang={roundLanguage} className={mergeClasses(styles.title, styles.questionTitle)}>
        <CompoundText text={slide.text} />
      </h2>
      {!scope ? (
        <p className={styles.message}>{t.themes.noAnswers}</p>
      ) : !scope.visible ? (
        <p className={styles.message}>{t.themes.hidden(scope.threshold, missingPeople(scope))}</p>
      ) : scope.themes.length === 0 ? (
        <p className={styles.message}>{t.themes.noThemes}</p>
      ) : (
        <ThemeTiles key={scope.themes.length} themes={scope.themes} />
      )}
    </>
  );
}
