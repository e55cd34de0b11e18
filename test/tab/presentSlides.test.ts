import { tabModule } from './tabModule';

type Theme = { conclusion?: string | null; quotes: { text: string }[] };
const { themeExcerpt, tileLayout } = tabModule<{
  themeExcerpt: (theme: Theme) => { kind: 'conclusion' | 'quote'; text: string } | null;
  tileLayout: (themes: number) => { columns: number; lines: number };
}>('views/present/slides');

describe('what a question slide shows of each theme', () => {
  const quotes = [{ text: 'Vi behöver lager som räcker i månader.' }, { text: 'Fler leverantörer.' }];

  it('shows the published conclusion', () => {
    expect(themeExcerpt({ conclusion: 'Bygg beredskapslager. ', quotes })).toEqual({
      kind: 'conclusion',
      text: 'Bygg beredskapslager.',
    });
  });

  it('shows the top quote while there is no conclusion', () => {
    expect(themeExcerpt({ quotes })).toEqual({ kind: 'quote', text: quotes[0]?.text });
    expect(themeExcerpt({ conclusion: '  ', quotes })).toEqual({ kind: 'quote', text: quotes[0]?.text });
  });

  it('shows nothing for a theme with neither', () => {
    expect(themeExcerpt({ conclusion: null, quotes: [] })).toBeNull();
  });

  it('gives more themes fewer lines each, and lays them out in even rows', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 12].map((count) => tileLayout(count))).toEqual([
      { columns: 1, lines: 6 },
      { columns: 2, lines: 6 },
      { columns: 3, lines: 6 },
      { columns: 2, lines: 5 },
      { columns: 3, lines: 4 },
      { columns: 3, lines: 4 },
      { columns: 4, lines: 3 },
      { columns: 4, lines: 3 },
      { columns: 4, lines: 3 },
    ]);
  });
});
