import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { type RunningProcess, startNodeProgram } from './childProcess';

/**
 * The Microsoft 365 Agents Playground: a Teams-like chat in the browser with a mocked connector.
 * It opens no browser and sends no telemetry; its process runs in the chosen locale so the
 * times it shows read as they would for that user. Mock team, channels and users come from the config file.
 */
export async function startPlayground(options: {
  port: number;
  botEndpoint: string;
  locale: string;
  configPath: string;
  logFile: string;
  onOutput?: (line: string) => void;
}): Promise<RunningProcess> {
  const root = dirname(createRequire(__filename).resolve('@microsoft/m365agentsplayground/package.json'));
  const posixLocale = `${options.locale.replace('-', '_')}.UTF-8`;
  return startNodeProgram({
    name: 'Agents Playground',
    script: join(root, 'cli.js'),
    args: ['-e', options.botEndpoint, '-c', 'msteams', '-p', String(options.port), '--disable-telemetry'],
    ready: /Listening on \d+/,
    timeoutMs: 30000,
    env: {
      ...process.env,
      LC_ALL: posixLocale,
      LANG: posixLocale,
      TEAMSAPPTESTER_BROWSER: 'none',
      M365_AGENTS_PLAYGROUND_CONFIG_PATH: resolve(options.configPath),
      M365_AGENTS_PLAYGROUND_LOGFILE: resolve(options.logFile),
    },
    ...(options.onOutput ? { onOutput: options.onOutput } : {}),
  });
}
