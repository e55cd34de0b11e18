import { format, joinList, messagesFor } from '../../bot/i18n/messages';
import en from '../../bot/locales/en.json';
import sv from '../../bot/locales/sv.json';

function shape(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shape);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, shape(inner)]));
  }
  return typeof value;
}

function placeholders(value: unknown, path = ''): string[] {
  if (typeof value === 'string')
    return [...value.matchAll(/\{(\w+)\}/g)].map((match) => `${path}:${match[1]}`);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) => placeholders(inner, `${path}.${key}`));
  }
  return [];
}

describe('the locale files', () => {
  it('have the same keys, lists and placeholders in English as in Swedish', () => {
    expect(shape(en)).toEqual(shape(sv));
    expect(placeholders(en).sort()).toEqual(placeholders(sv).sort());
  });

  it('have no empty text', () => {
    for (const catalog of [sv, en]) {
      expect(JSON.stringify(catalog)).not.toMatch(/:\s*""/);
    }
  });
});

describe('format', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('Hej {team}, {count} kanaler {missing}', { team: 'RLG', count: 3 })).toBe(
      'Hej RLG, 3 kanaler {missing}',
    );
  });

  it('inserts values as they are, without reading placeholders in them', () => {
    expect(format('Hej {team}', { team: '{count} $& $1' })).toBe('Hej {count} $& $1');
  });
});

describe('joinList', () => {
  it.each([
    [[], ''],
    [['Allmänt'], 'Allmänt'],
    [['Allmänt', 'Ledning'], 'Allmänt och Ledning'],
    [['A', 'B', 'C'], 'A, B och C'],
  ])('joins %j as "%s" in Swedish', (items, expected) => {
    expect(joinList(items, 'sv')).toBe(expected);
  });

  it('uses "and" in English', () => {
    expect(joinList(['A', 'B'], 'en')).toBe('A and B');
    expect(messagesFor('en').list.and).toBe('and');
  });
});
