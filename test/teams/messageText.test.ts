import fc from 'fast-check';
import { htmlToText, messageText } from '../../bot/teams/messageText';

describe('htmlToText', () => {
  it.each([
    ['<p>Vi lärde oss mycket.</p>', 'Vi lärde oss mycket.'],
    ['<p>Rad ett<br>Rad två</p>', 'Rad ett\nRad två'],
    ['<ol><li>Snabbare beslut</li><li>Digitala möten</li></ol>', '1. Snabbare beslut\n2. Digitala möten'],
    ['<ul><li>Beslut</li><li>Möten</li></ul>', '- Beslut\n- Möten'],
    ['<at>Lärdomar</at> 1. Beslut', '1. Beslut'],
    ['Se <a href="https://region.se/rapport">rapporten</a>', 'Se rapporten (https://region.se/rapport)'],
    ['<a href="https://region.se">https://region.se</a>', 'https://region.se'],
    ['Bemanning &amp; schema&nbsp;ändrades', 'Bemanning & schema ändrades'],
    ['<p>Fråga 2: <b>Digitala</b> möten</p>', 'Fråga 2: Digitala möten'],
    ['<h2>Rubrik</h2><p>Text</p>', 'Rubrik\n\nText'],
  ])('turns %j into %j', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  it('takes the full HTML attachment when Teams sends one', () => {
    const activity = {
      text: '1. Beslut 2. Möten',
      attachments: [{ contentType: 'text/html', content: '<ol><li>Beslut</li><li>Möten</li></ol>' }],
    };

    expect(messageText(activity)).toBe('1. Beslut\n2. Möten');
  });

  it('reads a plain-text message as it is', () => {
    expect(messageText({ text: 'Hej\nhopp' })).toBe('Hej\nhopp');
  });

  it('never throws and never leaves a tag (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const html = `<p>${text}</p><ol><li>${text}</li></ol>`;
        const result = htmlToText(html);
        expect(result).not.toMatch(/<\/?(p|ol|li)>/);
      }),
    );
  });
});
