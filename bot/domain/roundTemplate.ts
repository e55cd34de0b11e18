import { messagesFor } from '../i18n/messages';
import type { Locale } from './locale';
import type { RoundContentInput } from './round';

/**
 * The request that the region's crisis-management office sent to every administration, as the
 * starting point for a new round. A coordinator edits it before launching.
 */
export function defaultRoundTemplate(locale: Locale): RoundContentInput {
  const template = messagesFor(locale).roundTemplate;
  return {
    title: template.title,
    purpose: template.purpose,
    questions: [...template.questions],
    reflectionHint: template.reflectionHint,
    outOfScope: [...template.outOfScope],
  };
}
