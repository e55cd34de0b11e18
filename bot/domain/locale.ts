export const locales = ['sv', 'en'] as const;
export type Locale = (typeof locales)[number];

/**
 * Picks the app's locale from a BCP 47 tag such as Teams' `activity.locale` ("sv-SE", "en-GB").
 * Anything that is not English falls back to the default, which is Swedish for the first users.
 */
export function resolveLocale(tag: string | undefined | null, fallback: Locale): Locale {
  const language = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return locales.find((locale) => locale === language) ?? fallback;
}
