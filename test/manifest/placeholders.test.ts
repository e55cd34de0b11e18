// biome-ignore-all lint/suspicious/noTemplateCurlyInString: `${{NAME}}` is the manifest's placeholder syntax, not a template.
import { fillPlaceholders, unfilledPlaceholders } from '../../manifest/placeholders';

describe('placeholders', () => {
  it('fills every occurrence in nested strings and leaves other values alone', () => {
    const template = {
      id: '${{APP_ID}}',
      urls: ['https://${{HOST}}/tab', 'api://${{HOST}}/${{APP_ID}}'],
      nested: { count: 2, flag: true, none: null },
    };
    expect(fillPlaceholders(template, { APP_ID: 'abc', HOST: 'example.se' })).toEqual({
      id: 'abc',
      urls: ['https://example.se/tab', 'api://example.se/abc'],
      nested: { count: 2, flag: true, none: null },
    });
  });

  it('keeps JSON intact whatever a value contains', () => {
    const filled = fillPlaceholders({ name: '${{NAME}}' }, { NAME: 'quote " and $& and \\' });
    expect(JSON.parse(JSON.stringify(filled))).toEqual({ name: 'quote " and $& and \\' });
  });

  it('reports placeholders without a value, with where they are', () => {
    const filled = fillPlaceholders(
      { bots: [{ botId: '${{BOT_ID}}' }], host: '${{HOST}}' },
      { HOST: 'x.se' },
    );
    expect(unfilledPlaceholders(filled)).toEqual(['bots[0].botId: ${{BOT_ID}}']);
  });

  it('does not look up inherited names', () => {
    expect(unfilledPlaceholders(fillPlaceholders({ a: '${{toString}}' }, {}))).toEqual(['a: ${{toString}}']);
  });
});
