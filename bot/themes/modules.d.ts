// The two language libraries ship no types of their own; these declare only what the engine uses.
declare module 'stopwords-iso' {
  const stopwords: Record<string, string[]>;
  export default stopwords;
}

declare module 'snowball-stemmers' {
  export type Stemmer = { stem(word: string): string };
  export function newStemmer(language: string): Stemmer;
  export function algorithms(): string[];
}
