/**
 * The tab's static build for `npm start` and the browser tests: built with Vite when missing or
 * older than its sources, so the one command serves a current tab without a watcher running.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const repoRoot = join(__dirname, '..', '..');
export const tabSourceDir = join(repoRoot, 'tab');
export const tabBuildDir = join(repoRoot, 'dist', 'tab');

/** Whether dist/tab is missing or older than any file of tab/ (or the contract it imports). */
export function tabBuildIsStale(): boolean {
  const built = join(tabBuildDir, 'index.html');
  if (!existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  const sources = [...files(tabSourceDir), join(repoRoot, 'bot', 'api', 'contract.ts')];
  return sources.some((file) => existsSync(file) && statSync(file).mtimeMs > builtAt);
}

/** Runs `vite build` for the tab; resolves when done, rejects with Vite's last words on failure. */
export function buildTab(onLine: (line: string) => void = () => {}): Promise<void> {
  const vite = join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js');
  const child = spawn(process.execPath, [vite, 'build', '--config', join(tabSourceDir, 'vite.config.ts')], {
    cwd: repoRoot,
    // Always a production build: jest sets NODE_ENV=test, and Vite would then compile JSX for
    // React's development runtime while bundling React's production build, which cannot run it.
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const recent: string[] = [];
  const collect = (chunk: Buffer) => {
    for (const line of chunk
      .toString('utf8')
      .split('\n')
      .filter((text) => text.trim() !== '')) {
      recent.push(line);
      if (recent.length > 30) recent.shift();
      onLine(line);
    }
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`The tab could not be built (vite exited with ${code}):\n${recent.join('\n')}`));
    });
  });
}

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) return [];
    const path = join(dir, entry.name);
    return entry.isDirectory() ? files(path) : [path];
  });
}
