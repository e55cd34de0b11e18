import { NotFoundError, ValidationError } from '../domain/errors';
import type { Locale } from '../domain/locale';
import { describeError } from './errorMessage';
import { format, messagesFor } from './messages';

/** What to tell a compiler about a refused correction, in their language. */
export function describeCompilationError(error: unknown, locale: Locale): string {
  const texts = messagesFor(locale).compilation.errors;
  if (error instanceof ValidationError) {
    const byField = (texts as unknown as Record<string, Record<string, string> | string>)[error.field ?? ''];
    const template = typeof byField === 'object' ? byField[error.rule] : undefined;
    return format(template ?? texts.fallback, error.params);
  }
  if (error instanceof NotFoundError) {
    if (error.entity === 'theme') return texts.themeGone;
    if (error.entity === 'answer') return texts.answerElsewhere;
    if (error.entity === 'themes') return texts.notComputed;
  }
  return describeError(error, locale);
}
