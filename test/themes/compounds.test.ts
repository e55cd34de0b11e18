import { createCompoundSplitter } from '../../bot/themes/compounds';
import { createStemCache } from '../../bot/themes/stem';
import { isStopword } from '../../bot/themes/stopwords';

const stems = createStemCache();
const stem = (word: string) => stems.stem(word, 'sv');

function splitterFor(words: string[]) {
  const counts = new Map<string, number>();
  for (const word of words) counts.set(stem(word), (counts.get(stem(word)) ?? 0) + 1);
  return createCompoundSplitter(counts, stem, (word) => isStopword(word, 'sv'));
}

describe('splitting Swedish compounds', () => {
  const split = splitterFor(['distans', 'arbete', 'beslut', 'vägar', 'kompetens', 'försörjning', 'möten']);

  it('cuts a compound where both parts are words of the round', () => {
    expect(split('distansarbete')).toEqual([stem('distans'), stem('arbete')]);
    expect(split('kompetensförsörjning')).toEqual([stem('kompetens'), stem('försörjning')]);
  });

  it('drops the linking s', () => {
    expect(split('beslutsvägar')).toEqual([stem('beslut'), stem('vägar')]);
  });

  it('leaves short words and words with no known head whole', () => {
    expect(split('möten')).toEqual([]);
    expect(split('sjukfrånvaro')).toEqual([]);
  });
});
