import { resolveLocale } from '../../bot/domain/locale';

describe('resolveLocale', () => {
  it.each([
    ['sv-SE', 'sv'],
    ['sv', 'sv'],
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['EN_us', 'en'],
    ['fi-FI', 'sv'],
    ['', 'sv'],
    [undefined, 'sv'],
  ])('reads %s as %s', (tag, expected) => {
    expect(resolveLocale(tag, 'sv')).toBe(expected);
  });

  it('falls back to the configured default', () => {
    expect(resolveLocale('de-DE', 'en')).toBe('en');
  });
});
