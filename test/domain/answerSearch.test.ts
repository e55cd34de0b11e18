import { matchesQuery, queryWords } from '../../bot/domain/answerSearch';

describe('answer search', () => {
  it.each([
    ['beslutsvagar', 'Korta beslutsvägar gjorde skillnad.'],
    ['BESLUTSVÄGAR', 'korta beslutsvägar'],
    ['Ovrigt', 'Övrigt om allt'],
    ['vägar korta', 'Korta beslutsvägar.'],
    ['  skydds-utrustning ', 'Skyddsutrustningen räckte, utrustning fanns'],
  ])('finds %p in %p', (query, text) => {
    expect(matchesQuery(text, queryWords(query))).toBe(true);
  });

  it.each([
    ['samverkan', 'Samarbete med kommunerna.'],
    ['korta långa', 'Korta beslutsvägar.'],
  ])('does not find %p in %p', (query, text) => {
    expect(matchesQuery(text, queryWords(query))).toBe(false);
  });

  it('reads punctuation and markup as separators and keeps at most ten words', () => {
    expect(queryWords('<b>"stab";  DROP</b>')).toEqual(['b', 'stab', 'drop', 'b']);
    expect(queryWords(Array.from({ length: 30 }, (_, i) => `ord${i}`).join(' '))).toHaveLength(10);
    expect(queryWords('   ')).toEqual([]);
  });
});
