import { Writable } from 'node:stream';
import type { Config } from '../../bot/config/config';
import { createLogger } from '../../bot/logging/createLogger';
import { type RunningService, type ServiceOptions, startService } from '../../bot/service';
import { testStorageSettings } from './storage';

export type RunningBot = RunningService & {
  /** Every log line the service wrote, parsed. */
  logs: Record<string, unknown>[];
  /** Posts a body to /api/messages the way the Bot Connector does. */
  post(body: unknown, init?: { rawBody?: string; headers?: Record<string, string> }): Promise<Response>;
};

/** The real service on a free port, on the run's Azurite, in local (anonymous) mode. */
export async function startBot(
  overrides: Partial<Config> = {},
  options: ServiceOptions = {},
): Promise<RunningBot> {
  const logs: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) logs.push(JSON.parse(line));
      callback();
    },
  });
  const config: Config = {
    mode: 'local',
    host: '127.0.0.1',
    port: 0,
    logLevel: 'info',
    defaultLocale: 'sv',
    bot: { kind: 'anonymous' },
    storage: testStorageSettings(),
    coordinators: { objectIds: [], userPrincipalNames: [], teamIds: [], everyone: true },
    tab: {},
    allowedTenants: [],
    leadership: [],
    ...overrides,
  };
  // Tests change storage behind the service's back, so its reads are not shared unless asked for.
  const service = await startService(config, createLogger(config.logLevel, sink), {
    sharedReadsMs: 0,
    ...options,
  });
  return {
    ...service,
    logs,
    post: (body, init = {}) =>
      fetch(`${service.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...init.headers },
        body: init.rawBody ?? JSON.stringify(body),
      }),
  };
}
