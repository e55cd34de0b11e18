/**
 * Every call into @microsoft/teams-js lives here, so moving to another host SDK touches this file
 * only. The SDK is loaded on demand: a plain browser never downloads it.
 */

export type HostTheme = 'light' | 'dark' | 'contrast';

/** Where Teams shows the tab: `content` (a tab), `sidePanel` (meeting side panel), `meetingStage`, `settings`. */
export type FrameContext = 'content' | 'sidePanel' | 'meetingStage' | 'settings' | 'other';

export type TeamsContext = {
  locale: string;
  theme: HostTheme;
  frameContext: FrameContext;
  channelId: string | null;
  teamId: string | null;
  meetingId: string | null;
};

export type TabConfig = {
  contentUrl: string;
  websiteUrl: string;
  entityId: string;
  suggestedDisplayName: string;
};

export type TeamsHost = {
  context: TeamsContext;
  onThemeChange(handler: (theme: HostTheme) => void): void;
  /** An SSO token for the API; ask for it before every call, Teams caches and renews it. */
  getAuthToken(): Promise<string>;
  /** Puts `url` on the meeting stage; only presenters and organisers may, and not on mobile. */
  shareToStage(url: string): Promise<void>;
  /** The settings page of the configurable tab. */
  settings: {
    setValid(valid: boolean): void;
    /** `save` runs when the person presses Save; a rejection keeps the dialog open. */
    onSave(save: () => Promise<TabConfig>): void;
  };
};

/**
 * Outside a Teams frame app.initialize() rejects ("No Parent window found") or, when framed by
 * something else, hangs for a minute. Nothing reliable tells Teams apart, so the manifest's tab
 * URLs carry `?host=teams` and only then is the SDK touched.
 */
export function isTeamsHost(search: URLSearchParams): boolean {
  return search.get('host') === 'teams';
}

const initializeTimeoutMs = 15_000;

export async function connectToTeams(): Promise<TeamsHost> {
  const { app, authentication, meeting, pages } = await import('@microsoft/teams-js');
  await withTimeout(app.initialize(), initializeTimeoutMs);
  const context = await app.getContext();
  // Harmless when the manifest does not ask for a loading indicator; required when it does.
  app.notifySuccess().catch((error: unknown) => console.warn('Teams notifySuccess failed', error));

  return {
    context: {
      locale: context.app.locale,
      theme: hostTheme(context.app.theme),
      frameContext: frameContextOf(String(context.page.frameContext)),
      channelId: context.channel?.id ?? null,
      teamId: context.team?.internalId ?? null,
      meetingId: context.meeting?.id ?? null,
    },
    onThemeChange(handler) {
      app.registerOnThemeChangeHandler((theme) => handler(hostTheme(theme)));
    },
    getAuthToken() {
      return authentication.getAuthToken();
    },
    shareToStage(url) {
      return new Promise((resolve, reject) => {
        meeting.shareAppContentToStage((error, ok) => {
          if (error || !ok) reject(new Error(error?.message ?? 'shareAppContentToStage refused'));
          else resolve();
        }, url);
      });
    },
    settings: {
      setValid(valid) {
        pages.config.setValidityState(valid);
      },
      onSave(save) {
        pages.config.registerOnSaveHandler((event) => {
          save()
            .then((config) => pages.config.setConfig(config))
            .then(
              () => event.notifySuccess(),
              (error: unknown) => event.notifyFailure(error instanceof Error ? error.message : String(error)),
            );
        });
      },
    },
  };
}

function hostTheme(theme: string | undefined): HostTheme {
  if (theme === 'dark') return 'dark';
  if (theme === 'contrast') return 'contrast';
  return 'light';
}

function frameContextOf(value: string): FrameContext {
  switch (value) {
    case 'content':
    case 'sidePanel':
    case 'meetingStage':
    case 'settings':
      return value;
    default:
      return 'other';
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = window.setTimeout(() => reject(new Error(`Teams did not answer within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        window.clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        window.clearTimeout(timer);
        reject(error);
      },
    );
  });
}
