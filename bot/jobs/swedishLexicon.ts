/**
 * The Swedish word list the theme engine is given, from the `dictionary-sv` package (Hunspell
 * data by Göran Andersson, LGPL-3.0: used unmodified from its own package, which a user may
 * replace). Read once per process on first use and kept: about 0.3 s and 100 MB.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type Lexicon, parseLexicon } from '../themes/lexicon';

let loaded: Lexicon | undefined;

export function swedishLexicon(): Lexicon {
  if (!loaded) {
    // The package exports only its ESM entry; its data files sit beside it.
    const folder = dirname(require.resolve('dictionary-sv'));
    loaded = parseLexicon(
      readFileSync(join(folder, 'index.aff'), 'utf8'),
      readFileSync(join(folder, 'index.dic'), 'utf8'),
    );
  }
  return loaded;
}
