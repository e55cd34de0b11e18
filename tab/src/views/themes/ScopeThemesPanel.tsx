import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  mergeClasses,
} from '@fluentui/react-components';
import type { ScopeThemes } from '../../api/types';
import { EmptyState } from '../../components/EmptyState';
import { useSharedStyles } from '../../components/shared.styles';
import { useFormat } from '../../format/useFormat';
import { useTexts } from '../../i18n';
import { CompilationNote } from './CompilationNote';
import { HiddenScope } from './HiddenScope';
import { ThemeBars } from './ThemeBars';
import { ThemeCard } from './ThemeCard';
import { useStyles } from './themes.styles';

type Props = {
  scope: ScopeThemes | undefined;
  /** Level of this panel's section headings; theme labels are one below. */
  headingLevel: 3 | 4;
  showGroups: boolean;
  /** One column of cards (side by side comparison). */
  narrow?: boolean;
  /** The round's themes are being computed: a scope not there yet is coming, not empty. */
  computing?: boolean;
};

/** The themes of one scope: how big each is, then each with its quotes, then Övrigt folded away. */
export function ScopeThemesPanel({
  scope,
  headingLevel,
  showGroups,
  narrow = false,
  computing = false,
}: Props) {
  const t = useTexts();
  const styles = useStyles();
  const shared = useSharedStyles();
  const format = useFormat();
  const Heading = `h${headingLevel}` as const;

  if (!scope) return <EmptyState>{computing ? t.themes.computing : t.themes.noAnswers}</EmptyState>;
  if (!scope.visible) return <HiddenScope scope={scope} />;

  return (
    <div className={shared.stack}>
      <p className={styles.meta}>{t.themes.basedOn(scope.answerCount, format.relative(scope.computedAt))}</p>
      {scope.compilation && <CompilationNote mark={scope.compilation} />}
      {scope.themes.length === 0 ? (
        <EmptyState>{t.themes.noThemes}</EmptyState>
      ) : (
        <>
          <section>
            <Heading className={shared.subTitle}>{t.themes.chartHeading}</Heading>
            <ThemeBars themes={scope.themes} other={scope.other} />
          </section>
          <section>
            <Heading className={shared.subTitle}>{t.themes.cardsHeading}</Heading>
            <ul className={mergeClasses(styles.cards, narrow && styles.cardsNarrow)}>
              {scope.themes.map((theme) => (
                <li key={theme.id}>
                  <ThemeCard
                    theme={theme}
                    showGroups={showGroups}
                    headingLevel={headingLevel === 3 ? 4 : 5}
                  />
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
      {scope.other > 0 && (
        <Accordion collapsible>
          <AccordionItem value="other">
            <AccordionHeader as={Heading}>{t.themes.other(scope.other)}</AccordionHeader>
            <AccordionPanel>
              <p>{t.themes.otherBody}</p>
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      )}
    </div>
  );
}
