import { splitPoints } from '../../bot/themes/splitPoints';

const texts = (text: string) => splitPoints(text, 0).map((point) => point.text);

describe('splitting an answer into points', () => {
  it('splits numbered lists, bullets and sentences, dropping the markers', () => {
    expect(texts('1. Digitala möten sparar restid\n2) Tydligare beslutsvägar behövs')).toEqual([
      'Digitala möten sparar restid',
      'Tydligare beslutsvägar behövs',
    ]);
    expect(texts('- Bemanningen räckte inte\n• Skyddsutrustningen tog slut')).toEqual([
      'Bemanningen räckte inte',
      'Skyddsutrustningen tog slut',
    ]);
    expect(
      texts('Samverkan med kommunerna blev bättre. Kommunikationen till medarbetarna brast ibland.'),
    ).toEqual(['Samverkan med kommunerna blev bättre.', 'Kommunikationen till medarbetarna brast ibland.']);
  });

  it('starts a new point at a number written inline', () => {
    expect(texts('1. Digitala möten fungerar 2. Tydliga beslut behövs')).toEqual([
      'Digitala möten fungerar',
      'Tydliga beslut behövs',
    ]);
  });

  it('keeps a line that only continues the one before with it', () => {
    expect(texts('- punkt om ekonomi och\n  budget som fortsätter här')).toEqual([
      'punkt om ekonomi och budget som fortsätter här',
    ]);
  });

  it('joins a one-word sentence to the next, so no point is a bare word', () => {
    expect(texts('Kommunikation. Det var svårt att nå alla medarbetare.')).toEqual([
      'Kommunikation. Det var svårt att nå alla medarbetare.',
    ]);
  });

  it('leaves decimals and times alone', () => {
    expect(texts('Vi fick 1.5 miljoner i statsbidrag och möttes kl 10:30 varje dag.')).toEqual([
      'Vi fick 1.5 miljoner i statsbidrag och möttes kl 10:30 varje dag.',
    ]);
  });

  it('gives nothing for an empty answer', () => {
    expect(texts('   \n  ')).toEqual([]);
  });
});
