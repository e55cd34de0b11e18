import { personalMessage } from '../support/activities';
import { ConnectorService } from '../support/connectorService';
import { type RunningBot, startBot } from '../support/runningBot';

describe('the bot endpoint in production mode', () => {
  let connector: ConnectorService;
  let bot: RunningBot;

  beforeAll(async () => {
    connector = await ConnectorService.start();
    bot = await startBot({
      mode: 'production',
      bot: { kind: 'MultiTenant', appId: '00000000-0000-4000-8000-000000000abc', password: 'not-used-here' },
    });
  });

  afterAll(async () => {
    await bot.close();
    await connector.close();
  });

  it('refuses an activity without a Bot Framework token with 401 and does not act on it', async () => {
    const response = await bot.post(personalMessage(connector.serviceUrl, 'hjälp'));

    expect(response.status).toBe(401);
    expect(connector.calls).toEqual([]);
  });

  it('refuses a token that is not a signed JWT with 401', async () => {
    const response = await bot.post(personalMessage(connector.serviceUrl, 'hjälp'), {
      headers: { authorization: 'Bearer not-a-token' },
    });

    expect(response.status).toBe(401);
    expect(connector.calls).toEqual([]);
  });
});
