import { azuriteConnectionString } from '../../bot/config/config';
import { startAzurite } from '../../bot/local/azuriteProcess';
import { findFreePort } from '../../bot/local/ports';
import { type RunningBot, startBot } from '../support/runningBot';

describe('/healthz', () => {
  let bot: RunningBot | undefined;

  afterEach(async () => {
    await bot?.close();
  });

  it('answers 200 with storage reachable', async () => {
    bot = await startBot();

    const response = await fetch(`${bot.url}/healthz`);

    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', storage: { reachable: true } });
  });

  it('answers 503 once storage goes down, and 200 again when it is back', async () => {
    const port = await findFreePort();
    const storage = {
      kind: 'connectionString' as const,
      connectionString: azuriteConnectionString('127.0.0.1', port),
      tablePrefix: 'health',
    };
    let azurite = await startAzurite({ host: '127.0.0.1', port });
    bot = await startBot({ storage });

    await azurite.stop();
    const down = await fetch(`${bot.url}/healthz`);

    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({ status: 'unavailable', storage: { reachable: false } });

    azurite = await startAzurite({ host: '127.0.0.1', port });
    const up = await fetch(`${bot.url}/healthz`);
    expect(up.status).toBe(200);
    await azurite.stop();
  });
});
