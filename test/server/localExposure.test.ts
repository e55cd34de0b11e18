import { type RunningBot, startBot } from '../support/runningBot';

describe('local mode beyond loopback', () => {
  let bot: RunningBot | undefined;

  afterEach(async () => {
    await bot?.close();
  });

  it('warns loudly that anyone who reaches it can act as a coordinator', async () => {
    bot = await startBot({ host: '0.0.0.0' });

    const warning = bot.logs.find(
      (line) => line.level === 40 && String(line.msg).startsWith('LOCAL MODE ON 0.0.0.0'),
    );
    expect(warning?.msg).toContain('can sign in as a coordinator and read every answer');
  });

  it('says nothing of the kind on loopback', async () => {
    bot = await startBot({ host: '127.0.0.1' });

    expect(bot.logs.filter((line) => String(line.msg).includes('LOCAL MODE ON'))).toEqual([]);
  });
});
