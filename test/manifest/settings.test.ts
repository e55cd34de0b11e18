import { PackageError } from '../../manifest/packageError';
import { readPackageSettings } from '../../manifest/settings';

const botId = '6f1c9a52-3b7d-4e8a-9c21-0d5e4f3a2b10';

function problemsOf(env: Record<string, string | undefined>): string[] {
  try {
    readPackageSettings(env, '0.1.0');
  } catch (error) {
    if (error instanceof PackageError && error.kind === 'settings') return [...error.problems];
    throw error;
  }
  throw new Error('expected the settings to be refused');
}

describe('readPackageSettings', () => {
  it('fills the defaults: the Teams app id and the tab client id from the bot id, the version from the project', () => {
    expect(
      readPackageSettings({ MicrosoftAppId: botId, BOT_DOMAIN: 'lardomar.azurewebsites.net' }, '0.1.0'),
    ).toEqual({
      MicrosoftAppId: botId,
      BOT_DOMAIN: 'lardomar.azurewebsites.net',
      TEAMS_APP_ID: botId,
      TAB_CLIENT_ID: botId,
      APP_VERSION: '0.1.0',
    });
  });

  it('takes TEAMS_APP_ID, TAB_CLIENT_ID and APP_VERSION when they are set', () => {
    const settings = readPackageSettings(
      {
        MicrosoftAppId: botId,
        BOT_DOMAIN: 'Lardomar.Example.se',
        TEAMS_APP_ID: 'a0a0a0a0-1111-4222-8333-444455556666',
        TAB_CLIENT_ID: ' b1b1b1b1-2222-4333-8444-555566667777 ',
        APP_VERSION: '2.3.4',
      },
      '0.1.0',
    );
    expect(settings).toMatchObject({
      BOT_DOMAIN: 'lardomar.example.se',
      TEAMS_APP_ID: 'a0a0a0a0-1111-4222-8333-444455556666',
      TAB_CLIENT_ID: 'b1b1b1b1-2222-4333-8444-555566667777',
      APP_VERSION: '2.3.4',
    });
  });

  it('falls back to the bot id when TAB_CLIENT_ID is blank, and refuses one that is not a GUID', () => {
    const env = { MicrosoftAppId: botId, BOT_DOMAIN: 'lardomar.azurewebsites.net' };
    expect(readPackageSettings({ ...env, TAB_CLIENT_ID: '  ' }, '0.1.0').TAB_CLIENT_ID).toBe(botId);
    expect(problemsOf({ ...env, TAB_CLIENT_ID: 'api://lardomar.azurewebsites.net/x' })).toEqual([
      expect.stringMatching(/^TAB_CLIENT_ID must be a GUID, the tab’s Microsoft Entra application/),
    ]);
  });

  it('names MicrosoftAppId when it is missing or blank', () => {
    for (const MicrosoftAppId of [undefined, '', '   ']) {
      const problems = problemsOf({ MicrosoftAppId, BOT_DOMAIN: 'lardomar.azurewebsites.net' });
      expect(problems).toEqual([expect.stringMatching(/^MicrosoftAppId is missing/)]);
    }
  });

  it('refuses a MicrosoftAppId that is not a GUID', () => {
    expect(problemsOf({ MicrosoftAppId: 'lardomar-bot', BOT_DOMAIN: 'lardomar.azurewebsites.net' })).toEqual([
      expect.stringMatching(/^MicrosoftAppId must be a GUID/),
    ]);
  });

  it.each([
    ['https://lardomar.azurewebsites.net', /without a scheme/],
    ['lardomar.azurewebsites.net/api/messages', /without a path/],
    ['lardomar.azurewebsites.net:443', /without a port/],
    ['localhost', /public host name/],
    ['lär domar.se', /public host name/],
  ])('refuses BOT_DOMAIN %s and says why', (domain, reason) => {
    const problems = problemsOf({ MicrosoftAppId: botId, BOT_DOMAIN: domain });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^BOT_DOMAIN /);
    expect(problems[0]).toMatch(reason);
    expect(problems[0]).toContain(domain);
  });

  it('names every broken variable at once', () => {
    const problems = problemsOf({ TEAMS_APP_ID: 'nope', TAB_CLIENT_ID: 'nope', APP_VERSION: '1.0' });
    expect(problems.map((problem) => problem.split(' ')[0])).toEqual([
      'MicrosoftAppId',
      'BOT_DOMAIN',
      'TEAMS_APP_ID',
      'TAB_CLIENT_ID',
      'APP_VERSION',
    ]);
  });

  it.each(['1.0', 'v1.0.0', '1.0.0-beta.1', '01.0.0'])(
    'refuses APP_VERSION %s (Teams takes MAJOR.MINOR.PATCH)',
    (version) => {
      expect(
        problemsOf({ MicrosoftAppId: botId, BOT_DOMAIN: 'lardomar.azurewebsites.net', APP_VERSION: version }),
      ).toEqual([expect.stringMatching(/^APP_VERSION must be a version MAJOR.MINOR.PATCH/)]);
    },
  );

  it('asks for APP_VERSION when the project version cannot be used', () => {
    expect(() =>
      readPackageSettings({ MicrosoftAppId: botId, BOT_DOMAIN: 'lardomar.azurewebsites.net' }, '1.0.0-rc.1'),
    ).toThrow(/APP_VERSION is not set and the project version '1.0.0-rc.1'/);
  });
});
