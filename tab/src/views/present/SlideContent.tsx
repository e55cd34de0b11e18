import { QuestionSlide } from './QuestionSlide';
import type { Slide } from './slides';
import { ThemeSlide } from './ThemeSlide';

/** One slide, in type large enough for a meeting room's screen. */
export function SlideContent({ slide }: { slide: Slide }) {
  return slide.kind === 'theme' ? <ThemeSlide theme={slide.theme} /> : <QuestionSlide slide={slide} />;
}
