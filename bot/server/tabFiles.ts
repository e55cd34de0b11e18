import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { contentTypeOf } from './contentTypes';

export type FileReply = { status: number; headers: Record<string, string>; body: Buffer | string };

export const tabNotBuilt =
  'Fliken är inte byggd: kör npm run build:tab\nThe tab is not built: run npm run build:tab\n';

/**
 * One file of the built tab, for a path below /tab/. A path that is no file gets index.html, so
 * the tab's own routes (/tab/rounds/…) load the app, which then reads its address.
 */
export async function tabFile(tabDir: string, relativePath: string): Promise<FileReply> {
  const root = resolve(tabDir);
  const wanted = fileWithin(root, relativePath);
  if (wanted && (await isFile(wanted))) return fileReply(root, wanted);
  const index = join(root, 'index.html');
  if (await isFile(index)) return fileReply(root, index);
  return {
    status: 503,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
    body: tabNotBuilt,
  };
}

/** `dist/tab` in the repository, from the sources (tsx) or from the build (dist/bot). */
export function defaultTabDir(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return join(dir, 'dist', 'tab');
}

/** The file a URL path names, or undefined when it is malformed or would leave the tab's folder. */
function fileWithin(root: string, relativePath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(relativePath);
  } catch (error) {
    // A malformed escape names no file; the app's index answers it like any unknown path.
    if (error instanceof URIError) return undefined;
    throw error;
  }
  if (decoded.includes('\0')) return undefined;
  const path = resolve(root, `.${sep}${decoded}`);
  return path.startsWith(root + sep) ? path : undefined;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return false;
    throw error;
  }
}

async function fileReply(root: string, path: string): Promise<FileReply> {
  // Vite names the files under assets/ by their content hash: they never change, so cache them for
  // good. Anything else (index.html above all) is checked again each time, so a deploy shows at once.
  const hashed = path.startsWith(join(root, 'assets') + sep);
  return {
    status: 200,
    headers: {
      'content-type': contentTypeOf(path),
      'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
    },
    body: await readFile(path),
  };
}
