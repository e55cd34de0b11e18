import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The process environment, with a `.env` file in the working directory filled in underneath
 * (variables already set win). Node's own loader is used so no extra dependency parses secrets.
 */
export function readEnvironment(cwd: string = process.cwd()): Record<string, string | undefined> {
  const file = resolve(cwd, '.env');
  if (existsSync(file)) process.loadEnvFile(file);
  return { ...process.env };
}
