// biome-ignore-all lint/suspicious/noTemplateCurlyInString: `${{NAME}}` is the manifest's placeholder syntax, not a template.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { buildAppPackage, templateFile } from '../../manifest/appPackage';
import { PackageError } from '../../manifest/packageError';
import { manifestSchemaProblems } from '../../manifest/schemaValidation';
import type { PackageSettings } from '../../manifest/settings';

// @microsoft/app-manifest requires the ESM-only strip-bom at load time. Node loads it, jest's
// CommonJS loader cannot; the validation under test never calls it.
jest.mock('strip-bom', () => ({ __esModule: true, default: (text: string) => text.replace(/^\uFEFF/, '') }));

const manifestDir = join(__dirname, '..', '..', 'manifest');

const settings: PackageSettings = {
  MicrosoftAppId: '6f1c9a52-3b7d-4e8a-9c21-0d5e4f3a2b10',
  BOT_DOMAIN: 'lardomar.azurewebsites.net',
  TEAMS_APP_ID: 'a0a0a0a0-1111-4222-8333-444455556666',
  TAB_CLIENT_ID: 'b1b1b1b1-2222-4333-8444-555566667777',
  APP_VERSION: '1.2.3',
};

type StaticTab = { entityId: string; name: string; contentUrl: string; websiteUrl: string; scopes: string[] };
type ConfigurableTab = {
  configurationUrl: string;
  canUpdateConfiguration: boolean;
  scopes: string[];
  context: string[];
};

type Manifest = Record<string, unknown> & {
  bots: { botId: string; scopes: string[]; commandLists: { commands: { title: string }[] }[] }[];
  staticTabs: StaticTab[];
  configurableTabs: ConfigurableTab[];
  validDomains: string[];
};

let fetchSpy: jest.SpyInstance;

beforeEach(() => {
  // The schema ships with @microsoft/app-manifest; any request would mean it was fetched instead.
  fetchSpy = jest.spyOn(globalThis, 'fetch').mockRejectedValue(new Error('no network in tests'));
});

afterEach(() => {
  expect(fetchSpy).not.toHaveBeenCalled();
  fetchSpy.mockRestore();
});

async function unzip(zip: Buffer): Promise<Record<string, Buffer>> {
  const archive = await JSZip.loadAsync(zip);
  const files: Record<string, Buffer> = {};
  for (const name of Object.keys(archive.files)) {
    files[name] = await (archive.file(name) as JSZip.JSZipObject).async('nodebuffer');
  }
  return files;
}

/** The manifest.json inside the zip built from manifest/, as Teams will read it. */
async function packagedManifest(): Promise<Manifest> {
  const { zip } = await buildAppPackage(settings, manifestDir);
  const files = await unzip(zip);
  return JSON.parse((files['manifest.json'] as Buffer).toString('utf8')) as Manifest;
}

async function problemsOf(build: Promise<unknown>): Promise<{ kind: string; problems: string[] }> {
  try {
    await build;
  } catch (error) {
    if (error instanceof PackageError) return { kind: error.kind, problems: [...error.problems] };
    throw error;
  }
  throw new Error('expected the package to be refused');
}

/** A copy of manifest/ whose template (or another file) has been changed by `edit`. */
async function editedSources(edit: (dir: string) => Promise<void>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'lardomar-manifest-'));
  for (const file of [templateFile, 'sv.json', 'en.json', 'color.png', 'outline.png']) {
    await cp(join(manifestDir, file), join(dir, file));
  }
  await edit(dir);
  return dir;
}

async function editTemplate(dir: string, change: (template: Manifest) => void): Promise<void> {
  const path = join(dir, templateFile);
  const template = JSON.parse(await readFile(path, 'utf8')) as Manifest;
  change(template);
  await writeFile(path, JSON.stringify(template));
}

describe('buildAppPackage', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });
  const sources = async (edit: (dir: string) => Promise<void>) => {
    const dir = await editedSources(edit);
    dirs.push(dir);
    return dir;
  };

  it('zips a filled, schema-valid manifest with its localization and icons at the root', async () => {
    const { zip } = await buildAppPackage(settings, manifestDir);
    const files = await unzip(zip);
    expect(Object.keys(files).sort()).toEqual([
      'color.png',
      'en.json',
      'manifest.json',
      'outline.png',
      'sv.json',
    ]);

    const text = (files['manifest.json'] as Buffer).toString('utf8');
    expect(text).not.toContain('${{');
    const manifest = JSON.parse(text) as Manifest;
    expect(manifest.id).toBe(settings.TEAMS_APP_ID);
    expect(manifest.version).toBe('1.2.3');
    expect(manifest.bots[0]?.botId).toBe(settings.MicrosoftAppId);
    expect(manifest.bots[0]?.scopes).toEqual(['personal', 'team']);
    expect(
      manifest.bots[0]?.commandLists.map((list) => list.commands.map((command) => command.title)),
    ).toEqual([
      ['hjälp', 'grupper'],
      ['hjälp', 'grupper'],
    ]);
    // Without ChannelMessage.Read.Group the bot only sees channel messages that @mention it, so
    // replies in a round's thread would be lost (learn.microsoft.com: "Receive all messages for
    // bots"). The tab shares its view to a meeting's stage with meeting.shareAppContentToStage,
    // which needs MeetingStage.Write.Chat, and ChannelMeetingStage.Write.Group in channel meetings.
    expect(manifest.authorization).toEqual({
      permissions: {
        resourceSpecific: [
          { name: 'ChannelMessage.Read.Group', type: 'Application' },
          { name: 'MeetingStage.Write.Chat', type: 'Delegated' },
          { name: 'ChannelMeetingStage.Write.Group', type: 'Delegated' },
        ],
      },
    });
    // The tab's single sign-on: Teams asks Entra for a token to the Application ID URI
    // api://<host>/<client id>, which must be the tab's registration, not necessarily the bot's.
    expect(manifest.webApplicationInfo).toEqual({
      id: settings.TAB_CLIENT_ID,
      resource: `api://lardomar.azurewebsites.net/${settings.TAB_CLIENT_ID}`,
    });
    expect(manifest.validDomains).toEqual(['lardomar.azurewebsites.net']);
    // A management group's channel may be private or shared; from manifest 1.25 a bot can be added
    // there only when it declares "tier1" (learn.microsoft.com: "Apps for shared and private channels").
    expect(manifest.supportsChannelFeatures).toBe('tier1');
    expect(await manifestSchemaProblems(manifest)).toEqual([]);

    const english = JSON.parse((files['en.json'] as Buffer).toString('utf8')) as Record<string, string>;
    expect(english['bots[0].commandLists[0].commands[0].title']).toBe('help');
    expect(english['bots[0].commandLists[1].commands[1].title']).toBe('groups');
    expect(english['staticTabs[0].name']).toBe('Lessons learned');
    expect(files['color.png']).toEqual(await readFile(join(manifestDir, 'color.png')));
  });

  it('declares the personal tab and the configurable tab for channels, chats and meetings', async () => {
    const manifest = await packagedManifest();
    // Swedish is the default language: the manifest itself carries the Swedish names.
    expect(manifest.localizationInfo).toMatchObject({ defaultLanguageTag: 'sv-SE' });
    expect(manifest.staticTabs).toEqual([
      {
        entityId: 'home',
        name: 'Lärdomar',
        contentUrl: 'https://lardomar.azurewebsites.net/tab/?host=teams&view=rounds',
        websiteUrl: 'https://lardomar.azurewebsites.net/tab/?view=rounds',
        scopes: ['personal'],
      },
    ]);
    expect(manifest.configurableTabs).toEqual([
      {
        configurationUrl: 'https://lardomar.azurewebsites.net/tab/config?host=teams',
        canUpdateConfiguration: true,
        scopes: ['team', 'groupChat'],
        context: [
          'channelTab',
          'privateChatTab',
          'meetingChatTab',
          'meetingDetailsTab',
          'meetingSidePanel',
          'meetingStage',
        ],
      },
    ]);
  });

  it('serves every tab over HTTPS from a valid domain, flagged as Teams only where Teams frames it', async () => {
    const manifest = await packagedManifest();
    const [personal] = manifest.staticTabs;
    const [configurable] = manifest.configurableTabs;
    const framed = [personal?.contentUrl, configurable?.configurationUrl].map((url) => new URL(url ?? ''));
    const website = new URL(personal?.websiteUrl ?? '');
    for (const url of [...framed, website]) {
      expect(url.protocol).toBe('https:');
      expect(manifest.validDomains).toContain(url.hostname);
      expect(url.pathname.startsWith('/tab/')).toBe(true);
    }
    // Outside a Teams frame app.initialize() fails or hangs, so only the URLs Teams opens in its
    // frame say host=teams; the website URL opens in a plain browser.
    for (const url of framed) expect(url.searchParams.get('host')).toBe('teams');
    expect(website.searchParams.has('host')).toBe(false);
  });

  it('gives the same bytes for the same sources and settings', async () => {
    const first = await buildAppPackage(settings, manifestDir);
    const second = await buildAppPackage(settings, manifestDir);
    expect(first.zip.equals(second.zip)).toBe(true);
  });

  it('reports a name longer than Teams allows as a schema problem', async () => {
    const dir = await sources((d) =>
      editTemplate(d, (template) => {
        template.name = { short: 'Lärdomar från alla ledningsgrupper', full: 'Lärdomar' };
      }),
    );
    const { kind, problems } = await problemsOf(buildAppPackage(settings, dir));
    expect(kind).toBe('schema');
    expect(problems).toEqual([
      expect.stringContaining('manifest.json /name/short must NOT have more than 30 characters'),
      // The Swedish file still has the old names: changing the manifest alone is caught too.
      "sv.json name.short differs from the manifest's own text",
      "sv.json name.full differs from the manifest's own text",
    ]);
  });

  it('reports a bot id that is not a GUID, and a property the schema does not know', async () => {
    const dir = await sources((d) =>
      editTemplate(d, (template) => {
        template.bots[0] = { ...(template.bots[0] as Manifest['bots'][number]), botId: 'lardomar-bot' };
        template.tabs = [];
      }),
    );
    const { kind, problems } = await problemsOf(buildAppPackage(settings, dir));
    expect(kind).toBe('schema');
    expect(problems.join('\n')).toMatch(/\/bots\/0\/botId must match pattern/);
    expect(problems.join('\n')).toMatch(/must NOT have additional properties.*"additionalProperty":"tabs"/);
  });

  it('refuses a manifestVersion it has no bundled schema for, rather than fetching one', async () => {
    const dir = await sources((d) =>
      editTemplate(d, (template) => {
        template.manifestVersion = '1.99';
      }),
    );
    const { kind, problems } = await problemsOf(buildAppPackage(settings, dir));
    expect(kind).toBe('schema');
    expect(problems[0]).toContain('no bundled Teams schema for manifestVersion 1.99');
  });

  it('reports a placeholder that no setting fills, with where it is', async () => {
    const dir = await sources((d) =>
      editTemplate(d, (template) => {
        template.developer = { ...(template.developer as object), mpnId: '${{MPN_ID}}' };
      }),
    );
    await expect(problemsOf(buildAppPackage(settings, dir))).resolves.toEqual({
      kind: 'placeholders',
      problems: ['manifest.template.json developer.mpnId: ${{MPN_ID}}'],
    });
  });

  it('checks the English file against the Localization schema and the manifest', async () => {
    const dir = await sources(async (d) => {
      const path = join(d, 'en.json');
      const english = JSON.parse(await readFile(path, 'utf8')) as Record<string, string>;
      english['name.short'] = 'Lessons learned from every group';
      english['bots[0].commandLists[2].commands[0].title'] = 'help';
      english['staticTabs[1].name'] = 'Themes';
      await writeFile(path, JSON.stringify(english));
    });
    const { kind, problems } = await problemsOf(buildAppPackage(settings, dir));
    expect(kind).toBe('schema');
    expect(problems).toEqual([
      expect.stringMatching(/^en\.json \/name\.short must NOT have more than 30 characters/),
      'en.json bots[0].commandLists[2].commands[0].title has no matching value in the manifest',
      'en.json staticTabs[1].name has no matching value in the manifest',
    ]);
  });

  it('refuses a Swedish file that says something else than the manifest', async () => {
    const dir = await sources(async (d) => {
      const path = join(d, 'sv.json');
      const swedish = JSON.parse(await readFile(path, 'utf8')) as Record<string, string>;
      swedish['staticTabs[0].name'] = 'Teman';
      await writeFile(path, JSON.stringify(swedish));
    });
    const { kind, problems } = await problemsOf(buildAppPackage(settings, dir));
    expect(kind).toBe('schema');
    expect(problems).toEqual(["sv.json staticTabs[0].name differs from the manifest's own text"]);
  });

  it('refuses a localization key the schema does not allow, such as a configurable tab’s URL', async () => {
    const dir = await sources(async (d) => {
      const path = join(d, 'en.json');
      const english = JSON.parse(await readFile(path, 'utf8')) as Record<string, string>;
      english['configurableTabs[0].configurationUrl'] = 'https://lardomar.azurewebsites.net/tab/config';
      await writeFile(path, JSON.stringify(english));
    });
    const { kind, problems } = await problemsOf(buildAppPackage(settings, dir));
    expect(kind).toBe('schema');
    expect(problems.join('\n')).toMatch(
      /^en\.json .*must NOT have additional properties.*"additionalProperty":"configurableTabs\[0\]\.configurationUrl"/m,
    );
  });

  it('refuses an outline icon that is not white on transparent', async () => {
    const dir = await sources(async (d) => {
      await cp(join(manifestDir, 'color.png'), join(d, 'outline.png'));
    });
    const { kind, problems } = await problemsOf(buildAppPackage(settings, dir));
    expect(kind).toBe('icons');
    expect(problems).toEqual(['outline.png is 192×192; Teams needs 32×32 pixels']);
  });
});
