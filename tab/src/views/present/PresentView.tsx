import { Button } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { isForbidden } from '../../api/apiError';
import { themesPath } from '../../api/paths';
import type { RoundThemesView } from '../../api/types';
import { NoAccessMessage } from '../../app/NoAccess';
import { ErrorBar } from '../../components/ErrorBar';
import { Loading } from '../../components/Loading';
import { useSharedStyles } from '../../components/shared.styles';
import { usePolling } from '../../hooks/usePolling';
import { useTexts } from '../../i18n';
import { navigate } from '../../route';
import { useSession } from '../../session/session';
import { enterFullscreen, leaveFullscreen } from './fullscreen';
import { useStyles } from './PresentView.styles';
import { SlideContent } from './SlideContent';
import { buildSlides } from './slides';

const nextKeys = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ']);
const previousKeys = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

/**
 * Full-screen presentation for a meeting: a slide per question, then a slide per theme. Keys:
 * → ↓ PageDown space forward, ← ↑ PageUp back, Home/End, Esc leaves to the themes.
 */
export default function PresentView({ roundId }: { roundId: string | null }) {
  const t = useTexts();
  const styles = useStyles();
  const shared = useSharedStyles();
  const { api } = useSession();
  const load = useCallback(
    (signal: AbortSignal) => api.get<RoundThemesView>(themesPath(roundId ?? ''), signal),
    [api, roundId],
  );
  const themes = usePolling(roundId ? load : null);
  const slides = useMemo(() => (themes.data ? buildSlides(themes.data) : []), [themes.data]);
  const [index, setIndex] = useState(0);
  const current = Math.min(index, Math.max(0, slides.length - 1));
  const rootRef = useRef<HTMLElement>(null);

  const leave = useCallback(() => {
    leaveFullscreen();
    navigate(roundId ? { view: 'themes', roundId } : { view: 'rounds', roundId: null });
  }, [roundId]);
  const move = useCallback(
    (step: number) =>
      setIndex((i) => Math.max(0, Math.min(slides.length - 1, Math.min(i, slides.length - 1) + step))),
    [slides.length],
  );

  useEffect(() => {
    rootRef.current?.focus();
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      // Space and arrows on a focused button belong to the button.
      const onControl =
        event.target instanceof HTMLElement && event.target.closest('button, a, input, select');
      if (event.key === 'Escape') leave();
      else if (onControl && (event.key === ' ' || event.key === 'Enter')) return;
      else if (nextKeys.has(event.key) && !(event.key === ' ' && event.shiftKey)) move(1);
      else if (previousKeys.has(event.key) || (event.key === ' ' && event.shiftKey)) move(-1);
      else if (event.key === 'Home') setIndex(0);
      else if (event.key === 'End') setIndex(Math.max(0, slides.length - 1));
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [leave, move, slides.length]);

  // Esc in full screen is taken by the browser to leave full screen; treat that as leaving too.
  const [fullscreen, setFullscreen] = useState(() => document.fullscreenElement !== null);
  useEffect(() => {
    let wasFullscreen = document.fullscreenElement !== null;
    const onChange = () => {
      const now = document.fullscreenElement !== null;
      setFullscreen(now);
      if (wasFullscreen && !now) leave();
      wasFullscreen = now;
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [leave]);

  const slide = slides[current];
  const title = themes.data?.round.title ?? '';

  return (
    <main ref={rootRef} id="main" tabIndex={-1} className={styles.root} aria-labelledby="present-title">
      <h1 id="present-title" className={shared.visuallyHidden}>
        {title ? `${t.present.title}: ${title}` : t.present.title}
      </h1>
      <div className={styles.bar}>
        <p className={styles.roundTitle}>{title}</p>
        <Button
          className={styles.barButton}
          aria-label={t.present.previous}
          onClick={() => move(-1)}
          disabledFocusable={current === 0}
        >
          <span className={styles.wideOnly}>{t.present.previous}</span>
          <span className={styles.narrowOnly} aria-hidden="true">
            ←
          </span>
        </Button>
        <span className={styles.counter} role="status" aria-live="polite" aria-atomic="true">
          {slides.length > 0 && (
            <>
              <span aria-hidden="true">{`${current + 1} / ${slides.length}`}</span>
              <span className={shared.visuallyHidden}>
                {t.present.counterLabel(current + 1, slides.length)}
              </span>
            </>
          )}
        </span>
        <Button
          className={styles.barButton}
          aria-label={t.present.next}
          onClick={() => move(1)}
          disabledFocusable={current >= slides.length - 1}
        >
          <span className={styles.wideOnly}>{t.present.next}</span>
          <span className={styles.narrowOnly} aria-hidden="true">
            →
          </span>
        </Button>
        {document.fullscreenEnabled && !fullscreen && (
          <Button className={styles.barButton} appearance="subtle" onClick={enterFullscreen}>
            {t.present.fullscreen}
          </Button>
        )}
        <Button className={styles.barButton} appearance="primary" onClick={leave}>
          {t.present.exit}
        </Button>
      </div>
      <section
        className={styles.slide}
        aria-roledescription={t.present.slide}
        aria-label={slides.length ? t.present.counterLabel(current + 1, slides.length) : t.present.title}
      >
        {!roundId ? (
          <p className={styles.message}>{t.errors.noRound}</p>
        ) : isForbidden(themes.error) ? (
          <NoAccessMessage />
        ) : themes.error && !themes.data ? (
          <ErrorBar error={themes.error} onRetry={themes.refresh} />
        ) : !themes.data ? (
          <Loading label={t.present.loading} />
        ) : slide ? (
          <SlideContent key={slide.key} slide={slide} />
        ) : (
          <p className={styles.message}>{t.present.empty}</p>
        )}
      </section>
      <p className={styles.hint}>{t.present.keys}</p>
    </main>
  );
}
