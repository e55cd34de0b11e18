import { createContext, useContext } from 'react';
import { en } from './en';
import { sv, type Texts } from './sv';

export type Language = 'sv' | 'en';
export type { Texts };

/** Swedish unless the host asks for English: a German Teams client still gets Swedish. */
export function languageOf(locale: string | null | undefined): Language {
  return locale?.toLowerCase().startsWith('en') ? 'en' : 'sv';
}

export function textsFor(language: Language): Texts {
  return language === 'en' ? en : sv;
}

const TextsContext = createContext<Texts>(sv);

export const TextsProvider = TextsContext.Provider;

export function useTexts(): Texts {
  return useContext(TextsContext);
}
