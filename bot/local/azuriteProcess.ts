import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { type RunningProcess, startNodeProgram } from './childProcess';

/**
 * Azurite's table service as a child process. `--disableTelemetry` keeps it off the network;
 * `--skipApiVersionCheck` lets a newer @azure/data-tables talk to it.
 *
 * Azurite saves its data as it closes only on SIGINT, and only on the first one (its table
 * main.js listens with `once`): SIGTERM, or a second SIGINT, ends it before the save, losing up to
 * five seconds of writes. So it runs in its own process group, away from the terminal's Ctrl-C,
 * and is stopped with exactly one SIGINT.
 */
export async function startAzurite(options: {
  host: string;
  port: number;
  /** A folder to persist to; omitted, the data lives in memory and dies with the process. */
  location?: string;
  onOutput?: (line: string) => void;
}): Promise<RunningProcess> {
  const azuriteRoot = dirname(createRequire(__filename).resolve('azurite/package.json'));
  const storageArgs = options.location ? ['--location', options.location] : ['--inMemoryPersistence'];
  return startNodeProgram({
    name: 'Azurite',
    script: join(azuriteRoot, 'dist', 'src', 'table', 'main.js'),
    args: [
      ...storageArgs,
      '--tableHost',
      options.host,
      '--tablePort',
      String(options.port),
      '--disableTelemetry',
      '--skipApiVersionCheck',
    ],
    ready: /successfully (started|listening)/i,
    stopSignal: 'SIGINT',
    ownProcessGroup: true,
    ...(options.onOutput ? { onOutput: options.onOutput } : {}),
  });
}
