import { swedishLexicon } from '../../bot/jobs/swedishLexicon';
import { parseLexicon } from '../../bot/themes/lexicon';

describe('the Swedish word list', () => {
  const lexicon = swedishLexicon();

  it('finds the base form of an inflected word', () => {
    expect(lexicon.baseForms('sjukfrånvaron')).toContain('sjukfrånvaro');
    expect(lexicon.baseForms('kommunerna')).toContain('kommun');
    expect(lexicon.baseForms('mötena')).toContain('möte');
    expect(lexicon.baseForms('xyzzyorden')).toEqual([]);
  });

  it('splits compounds the round never uses the parts of', () => {
    expect(lexicon.compoundParts('kompetensförsörjningen')).toEqual(['kompetens', 'försörjning']);
    expect(lexicon.compoundParts('specialistsjuksköterskor')).toEqual(['specialist', 'sjuksköterska']);
    expect(lexicon.compoundParts('reservrutiner')).toEqual(['reserv', 'rutin']);
    // A word the list knows whole is not cut into short pieces ("digi" + "tala").
    expect(lexicon.compoundParts('digitala')).toEqual([]);
    expect(lexicon.compoundParts('möten')).toEqual([]);
  });

  it('gives the heading form of a noun, and tells a genitive', () => {
    expect(lexicon.headword('kommunerna')).toMatchObject({ kind: 'noun', heading: 'kommuner', plural: true });
    expect(lexicon.headword('vårdskulden')).toMatchObject({
      kind: 'noun',
      heading: 'vårdskuld',
      plural: false,
    });
    expect(lexicon.headword('kommunernas')).toMatchObject({ kind: 'noun', genitive: true });
    expect(lexicon.headword('samverkan')).toMatchObject({ kind: 'noun', heading: 'samverkan' });
    expect(lexicon.headword('fatta')?.kind).toBe('verb');
    expect(lexicon.headword('hjälpa')?.kind).toBe('verb');
    expect(lexicon.headword('tydliga')?.kind).toBe('adjective');
  });

  it('tells names from words', () => {
    expect(lexicon.isName('halmstad')).toBe(true);
    expect(lexicon.isName('stockholm')).toBe(true);
    expect(lexicon.isName('samverkan')).toBe(false);
  });

  it('reads the Hunspell form: suffix rules with conditions, and compound flags', () => {
    const aff = [
      'COMPOUNDBEGIN X',
      'COMPOUNDEND Y',
      'SFX G Y 2',
      'SFX G 0 ar [^ae]',
      'SFX G e ar e',
      'SFX v N 1',
      'SFX v 0 s/WXZ [^a]',
    ].join('\n');
    const dic = ['3', 'stol/GXY', 'timme/GY', 'beslut/vY', 'Lund'].join('\n');
    const small = parseLexicon(aff, dic);
    expect(small.baseForms('stolar')).toEqual(['stol']);
    expect(small.baseForms('timmar')).toEqual(['timme']);
    expect(small.baseForms('timmear')).toEqual([]);
    expect(small.compoundParts('stolstimmar')).toEqual([]);
    expect(small.compoundParts('beslutsstolar')).toEqual(['beslut', 'stol']);
    expect(small.isName('lund')).toBe(true);
  });
});
