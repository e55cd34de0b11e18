import type { TypeFloors } from './fittedSize';

/**
 * The language of what slides show from a round (questions, theme names, conclusions, quotes):
 * the answers are Swedish whatever the tab's own language, and so are the compound breaks.
 */
export const roundLanguage = 'sv';

/**
 * How far type may shrink before a compound breaks, and then before a word breaks anywhere: a
 * slide's heading has the most to give; a tile's name and a theme's words sit near reading size.
 */
export const headingFloors: TypeFloors = { words: 0.7, parts: 0.55 };
export const tileFloors: TypeFloors = { words: 0.8, parts: 0.65 };
export const termFloors: TypeFloors = { words: 0.85, parts: 0.75 };
/** Running text keeps its reading size; its compounds only break where they must. */
export const runningFloors: TypeFloors = { words: 1, parts: 1 };
