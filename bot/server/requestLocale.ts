import Negotiator from 'negotiator';
import { type Locale, locales } from '../domain/locale';

/**
 * The locale a caller asks for in `Accept-Language` (the tab sends the Teams client's language),
 * weighed by q-values; the service's default when it names none of ours.
 */
export function requestLocale(
  headers: Record<string, string | string[] | undefined>,
  fallback: Locale,
): Locale {
  const chosen = new Negotiator({ headers }).language([...locales]);
  return locales.find((locale) => locale === chosen) ?? fallback;
}
