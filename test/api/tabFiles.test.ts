import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RunningBot, startBot } from '../support/runningBot';

describe('the built tab, served at /tab/', () => {
  let root: string;
  let bot: RunningBot;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'lardomar-tab-'));
    const dir = join(root, 'tab');
    mkdirSync(join(dir, 'assets'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Lärdomar</title><div id="root"></div>');
    writeFileSync(join(dir, 'assets', 'index-3f9a.js'), 'console.log("tab")');
    writeFileSync(join(dir, 'assets', 'index-3f9a.css'), 'body{margin:0}');
    writeFileSync(join(dir, 'icon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    // Beside the tab's folder: what a path with ../ would reach.
    writeFileSync(join(root, 'secret.txt'), 'not for the web');
    bot = await startBot({}, { startWorker: false, tabDir: dir });
  });

  afterAll(async () => {
    await bot.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('serves the files with their content types', async () => {
    const page = await fetch(`${bot.url}/tab/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(await page.text()).toContain('<div id="root">');

    const script = await fetch(`${bot.url}/tab/assets/index-3f9a.js`);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await script.text()).toBe('console.log("tab")');
    expect((await fetch(`${bot.url}/tab/assets/index-3f9a.css`)).headers.get('content-type')).toBe(
      'text/css; charset=utf-8',
    );
    expect((await fetch(`${bot.url}/tab/icon.svg`)).headers.get('content-type')).toBe('image/svg+xml');
  });

  it('sends /tab on to /tab/, keeping the query', async () => {
    const plain = await fetch(`${bot.url}/tab`, { redirect: 'manual' });
    expect(plain.status).toBe(301);
    expect(plain.headers.get('location')).toBe('/tab/');

    const fromTeams = await fetch(`${bot.url}/tab?host=teams`, { redirect: 'manual' });
    expect(fromTeams.headers.get('location')).toBe('/tab/?host=teams');
  });

  it("answers the tab's own routes with index.html, so the app can read its address", async () => {
    for (const path of ['/tab/rounds/abc/themes', '/tab/rounds/%E2%9C%93']) {
      const page = await fetch(`${bot.url}${path}`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root">');
    }
  });

  it('never serves a file outside the tab folder, nor fails on a malformed path', async () => {
    const paths = [
      '/tab/..%2Fsecret.txt',
      '/tab/%2E%2E/secret.txt',
      '/tab/assets/..%2F..%2Fsecret.txt',
      '/tab/%E0%A4%A',
    ];
    for (const path of paths) {
      const page = await fetch(`${bot.url}${path}`);
      expect(page.status).toBeLessThan(500);
      expect(await page.text()).not.toContain('not for the web');
    }
  });

  it('says how to build the tab when it is not built', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'lardomar-notab-'));
    const unbuilt = await startBot({}, { startWorker: false, tabDir: join(empty, 'missing') });
    try {
      const page = await fetch(`${unbuilt.url}/tab/`);
      expect(page.status).toBe(503);
      expect(page.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(await page.text()).toContain('Fliken är inte byggd: kör npm run build:tab');
    } finally {
      await unbuilt.close();
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
