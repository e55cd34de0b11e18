import { Badge, mergeClasses } from '@fluentui/react-components';
import { type CSSProperties, useLayoutEffect, useRef, useState } from 'react';
import type { ThemeView } from '../../api/types';
import { useTexts } from '../../i18n';
import { CompoundText } from './CompoundText';
import { useStyles } from './PresentView.styles';
import { themeExcerpt, tileLayout } from './slides';
import { roundLanguage, runningFloors, tileFloors } from './slideText';
import { useFittedType } from './useFittedType';

/**
 * A question's themes as tiles. Where the tiles stand side by side (a stage, a projector) and
 * still overflow the slide, each excerpt gives up a line until they fit; in a single column (a
 * side panel) the slide scrolls instead, as a phone's page would.
 */
export function ThemeTiles({ themes }: { themes: ThemeView[] }) {
  const styles = useStyles();
  const layout = tileLayout(themes.length);
  const listRef = useRef<HTMLUListElement>(null);
  // Before the lines are fitted: the names' size is part of what has to fit.
  useFittedType(listRef, themes.map((theme) => theme.label).join('\n'), tileFloors, 'h3');
  useFittedType(
    listRef,
    themes.map((theme) => themeExcerpt(theme)?.text ?? '').join('\n'),
    runningFloors,
    '[data-excerpt]',
  );
  // `tries` counts the fits begun, so a resize fits anew even when the lines are already back.
  const [fit, setFit] = useState({ lines: layout.lines, tries: 0 });
  const { lines } = fit;

  useLayoutEffect(() => {
    const list = listRef.current;
    const slide = list?.parentElement;
    if (!list || !slide || fit.lines <= 1) return;
    const columns = getComputedStyle(list).gridTemplateColumns.split(' ').length;
    if (columns > 1 && slide.scrollHeight > slide.clientHeight)
      setFit({ lines: fit.lines - 1, tries: fit.tries });
  }, [fit]);

  // A new size of the slide (a window resized, a stage shared) may have room for more lines.
  useLayoutEffect(() => {
    const slide = listRef.current?.parentElement;
    if (!slide) return;
    let seen = '';
    const observer = new ResizeObserver(() => {
      const size = `${slide.clientWidth}x${slide.clientHeight}`;
      if (seen !== '' && size !== seen) setFit((now) => ({ lines: layout.lines, tries: now.tries + 1 }));
      seen = size;
    });
    observer.observe(slide);
    return () => observer.disconnect();
  }, [layout.lines]);

  return (
    <ul ref={listRef} className={styles.tiles} style={{ '--tile-columns': layout.columns } as CSSProperties}>
      {themes.map((theme) => (
        <ThemeTile key={theme.id} theme={theme} lines={lines} />
      ))}
    </ul>
  );
}

function ThemeTile({ theme, lines }: { theme: ThemeView; lines: number }) {
  const t = useTexts();
  const styles = useStyles();
  const excerpt = themeExcerpt(theme);
  const clamp = { WebkitLineClamp: lines };
  return (
    <li className={styles.tile}>
      <h3 lang={roundLanguage} className={styles.tileLabel}>
        <CompoundText text={theme.label} />
      </h3>
      <p className={styles.tileMarks}>
        <span>{t.themes.size(theme.size)}</span>
        {theme.lesson && (
          <Badge appearance="tint" color="success">
            {t.themes.lesson}
          </Badge>
        )}
      </p>
      {excerpt?.kind === 'conclusion' && (
        <p className={styles.excerpt} style={clamp} data-excerpt="">
          <span className={styles.conclusionMark}>{t.themes.conclusion}: </span>
          <span lang={roundLanguage}>
            <CompoundText text={excerpt.text} />
          </span>
        </p>
      )}
      {excerpt?.kind === 'quote' && (
        <blockquote
          lang={roundLanguage}
          className={mergeClasses(styles.excerpt, styles.excerptQuote)}
          style={clamp}
          data-excerpt=""
        >
          <CompoundText text={excerpt.text} />
        </blockquote>
      )}
    </li>
  );
}
