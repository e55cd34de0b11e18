import fc from 'fast-check';
import { tabModule } from './tabModule';

const { softHyphen, withSoftHyphens } = tabModule<{
  softHyphen: string;
  withSoftHyphens: (text: string) => string;
}>('views/present/compoundBreaks');

/** The breaks made visible: "Skydds|utrustning". */
const shown = (text: string) => withSoftHyphens(text).replaceAll(softHyphen, '|');

describe('soft hyphens at Swedish compound boundaries', () => {
  it.each([
    ['Skyddsutrustning', 'Skydds|utrustning'],
    ['ledningsgruppen', 'lednings|gruppen'],
    ['kompetensförsörjning', 'kompetens|försörjning'],
    ['sjukfrånvaro', 'sjuk|frånvaro'],
    ['regionledningsgruppen', 'region|lednings|gruppen'],
    ['krisledningsstaben', 'kris|lednings|staben'],
    ['företagshälsovården', 'företags|hälso|vården'],
    ['förvaltningsledningen', 'förvaltnings|ledningen'],
    ['beslutsvägarna', 'besluts|vägarna'],
    ['sjuksköterskorna', 'sjuk|sköterskorna'],
    ['vårdavdelningarna', 'vård|avdelningarna'],
    ['arbetsmiljön', 'arbets|miljön'],
  ])('breaks %s as %s', (word, expected) => {
    expect(shown(word)).toBe(expected);
  });

  it('breaks a front it does not know when a long known head or a derived front says where', () => {
    // "covid" is no entry; "avdelning" is, and long enough to be no accident.
    expect(shown('covidavdelning')).toBe('covid|avdelning');
    // "-nings" ends a compound's front, whatever its head.
    expect(shown('avlastningssamtal')).toBe('avlastnings|samtal');
    // A long known front with a linking -s- carries a head it does not know.
    expect(shown('läkemedelsgenomgångarna')).toBe('läkemedels|genomgångarna');
  });

  it('prefers known parts to a guessed one', () => {
    expect(shown('läkemedelsförskrivning')).toBe('läkemedels|förskrivning');
    expect(shown('kontaktsjuksköterskorna')).toBe('kontakt|sjuk|sköterskorna');
  });

  it.each([
    // A known word inside a word that is no compound.
    'specialist',
    'planeringen',
    'lägenheter',
    'kortsiktiga',
    'öppningsbara',
    // Single words it knows, with their endings.
    'medarbetarna',
    'informationen',
    'avdelningarna',
    // A compound of parts it does not know stays whole, and type shrinks instead.
    'värmeböljan',
    // Short words never need a break.
    'vårdtid',
  ])('leaves %s whole', (word) => {
    expect(shown(word)).toBe(word);
  });

  it('keeps the case, the punctuation and the other words of a text', () => {
    expect(shown('Vilka är de viktigaste lärdomarna inför framtiden?')).toBe(
      'Vilka är de viktigaste lärdomarna inför framtiden?',
    );
    expect(shown('Skyddsutrustningen räckte inte – IVA-utbildning för ledningsgruppen!')).toBe(
      'Skydds|utrustningen räckte inte – IVA-utbildning för lednings|gruppen!',
    );
  });

  it('keeps the soft hyphens a writer put in a word', () => {
    expect(shown(`kompe${softHyphen}tensförsörjning`)).toBe('kompe|tensförsörjning');
  });

  const swedishText = fc.string({
    unit: fc.constantFrom(...'aaeeiioouyåäösnrtlgkdmvpbfjh', ' ', ' ', '-', '.'),
    maxLength: 200,
  });

  it('only ever adds soft hyphens, so the text read is the text stored', () => {
    fc.assert(
      fc.property(fc.oneof(swedishText, fc.string({ maxLength: 200 })), (text) => {
        expect(withSoftHyphens(text).replaceAll(softHyphen, '')).toBe(text);
      }),
    );
  });

  it('never leaves a part of fewer than three letters, nor breaks a word shorter than eight', () => {
    fc.assert(
      fc.property(swedishText, (text) => {
        for (const word of withSoftHyphens(text).match(/[\p{L}\u00ad]+/gu) ?? []) {
          if (!word.includes(softHyphen)) continue;
          expect(word.replaceAll(softHyphen, '').length).toBeGreaterThanOrEqual(8);
          for (const part of word.split(softHyphen)) expect(part.length).toBeGreaterThanOrEqual(3);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same breaks when run again', () => {
    fc.assert(
      fc.property(swedishText, (text) => {
        const once = withSoftHyphens(text);
        expect(withSoftHyphens(once)).toBe(once);
      }),
    );
  });
});
