import type { Browser, FrameLocator, Page } from 'playwright-core';
import { swedishPage } from './browser';

/** What the pretend Teams client tells the tab about where it is shown. */
export type HostSetup = {
  /** teams-js frame context: `content`, `settings`, `sidePanel`, `meetingStage`. */
  frameContext: 'content' | 'settings' | 'sidePanel' | 'meetingStage';
  /** The tab's address below the service, as the manifest gives it (with `host=teams`). */
  path: string;
  /** The token `authentication.getAuthToken()` answers with. */
  token: string;
  theme?: 'default' | 'dark' | 'contrast';
  teamId?: string;
  channelId?: string;
  meetingId?: string;
  /** The tab's frame, as Teams sizes it (the meeting side panel is 320 px wide). */
  width?: number;
  height?: number;
};

export type HostCall = { func: string; args: unknown[] };

export type TeamsHostPage = {
  page: Page;
  app: FrameLocator;
  /** Every message the tab sent to Teams, in order. */
  calls(): Promise<HostCall[]>;
  /** Teams telling the tab something (`settings.save`, `themeChange`, …). */
  send(func: string, args: unknown[]): Promise<void>;
  /** Every console message of the host and the tab so far (CSP violations are reported there). */
  console(): string[];
};

/**
 * A pretend Teams client around the tab: a page on the service's own origin (which teams-js trusts
 * as its parent) holding the tab in an iframe and answering the teams-js messages the tab sends:
 * `initialize` with a runtime that supports pages, config, meeting and authentication,
 * `getContext`, `authentication.getAuthToken`, `settings.setSettings` and
 * `meeting.shareAppContentToStage`. The message shapes are teams-js 2's own (`{ id, uuid, func,
 * args }` out, `{ id, uuid, args }` back). Nothing leaves the machine: other addresses are refused.
 */
export async function openInTeamsHost(
  browser: Browser,
  baseUrl: string,
  setup: HostSetup,
): Promise<TeamsHostPage> {
  const page = await swedishPage(browser);
  const messages: string[] = [];
  page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
  await page
    .context()
    .route('**/*', (route) => (route.request().url().startsWith(baseUrl) ? route.fallback() : route.abort()));
  const hostUrl = `${baseUrl}/__teams-host`;
  const runtime = {
    apiVersion: 4,
    hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } },
    isLegacyTeams: true,
    supports: {
      app: {},
      appEntity: {},
      authentication: {},
      meeting: {},
      pages: { appButton: {}, tabs: {}, config: {}, backStack: {}, fullTrust: {} },
      teams: { fullTrust: {} },
      teamsCore: {},
    },
  };
  const context = {
    locale: 'sv-se',
    theme: setup.theme ?? 'default',
    frameContext: setup.frameContext,
    hostClientType: 'web',
    tid: 'tenant-1',
    userObjectId: 'user',
    ...(setup.teamId ? { teamId: setup.teamId } : {}),
    ...(setup.channelId ? { channelId: setup.channelId } : {}),
    ...(setup.meetingId ? { meetingId: setup.meetingId } : {}),
  };
  const script = `
    const runtime = ${JSON.stringify(JSON.stringify(runtime))};
    const context = ${JSON.stringify(context)};
    const token = ${JSON.stringify(setup.token)};
    const frameContext = ${JSON.stringify(setup.frameContext)};
    window.hostCalls = [];
    window.addEventListener('message', (event) => {
      const message = event.data;
      if (!message || typeof message.func !== 'string') return;
      window.hostCalls.push({ func: message.func, args: message.args || [] });
      const reply = (args) => event.source.postMessage({ id: message.id, uuid: message.uuid, args }, event.origin);
      switch (message.func) {
        case 'initialize': return reply([frameContext, 'web', runtime, '2.58.0']);
        case 'getContext': return reply([context]);
        case 'authentication.getAuthToken': return reply([true, token]);
        case 'settings.setSettings': return reply([true]);
        case 'meeting.shareAppContentToStage': return reply([null, true]);
      }
    });
    window.sendToApp = (func, args) =>
      document.getElementById('app').contentWindow.postMessage({ func, args }, location.origin);
  `;
  await page.route(hostUrl, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Microsoft Teams</title></head>
        <body style="margin:0;background:#ebebeb"><script>${script}</script>
        <iframe id="app" title="Lärdomar" src="${baseUrl}${setup.path}"
          style="border:0;width:${setup.width ?? 1280}px;height:${setup.height ?? 900}px"></iframe></body></html>`,
    }),
  );
  await page.setViewportSize({ width: setup.width ?? 1280, height: setup.height ?? 900 });
  await page.goto(hostUrl);
  return {
    page,
    app: page.frameLocator('#app'),
    calls: () => page.evaluate('window.hostCalls') as Promise<HostCall[]>,
    console: () => [...messages],
    send: (func, args) =>
      page.evaluate(
        ([f, a]) => (globalThis as unknown as { sendToApp(f: unknown, a: unknown): void }).sendToApp(f, a),
        [func, args] as const,
      ),
  };
}
