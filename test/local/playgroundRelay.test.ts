import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startPlaygroundRelay, withLocale } from '../../bot/local/playgroundRelay';

describe('withLocale', () => {
  it('replaces the Playground’s fixed en-US with the chosen locale, in the activity and its client info', () => {
    const body = JSON.stringify({
      type: 'message',
      locale: 'en-US',
      entities: [{ type: 'clientInfo', locale: 'en-US' }],
    });

    expect(JSON.parse(withLocale(body, 'sv-SE'))).toEqual({
      type: 'message',
      locale: 'sv-SE',
      entities: [{ type: 'clientInfo', locale: 'sv-SE' }],
    });
  });

  it('leaves what is not a JSON object as it is', () => {
    expect(withLocale('not json', 'sv-SE')).toBe('not json');
    expect(withLocale('[1]', 'sv-SE')).toBe('[1]');
  });
});

describe('startPlaygroundRelay', () => {
  it('forwards activities to the bot and the bot’s answer back', async () => {
    const seen: string[] = [];
    const bot = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => {
        body += chunk;
      });
      request.on('end', () => {
        seen.push(body);
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end('{"status":200}');
      });
    });
    await new Promise<void>((resolve) => bot.listen(0, '127.0.0.1', resolve));
    const relay = await startPlaygroundRelay({
      botEndpoint: `http://127.0.0.1:${(bot.address() as AddressInfo).port}/api/messages`,
      locale: 'en-GB',
    });

    const answer = await fetch(relay.url, { method: 'POST', body: '{"type":"message","locale":"en-US"}' });

    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ status: 200 });
    expect(JSON.parse(seen[0] as string).locale).toBe('en-GB');
    await relay.close();
    await new Promise((resolve) => bot.close(resolve));
  });
});
