import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('configuration is read once', () => {
  // The command-line tools are entry points of their own: they read their environment once and
  // pass it in, as bot/config does for the service.
  it('reads process.env only in bot/config, the local launcher and the command-line entries', () => {
    const readers = sourceFiles(join(root, 'bot'))
      .filter((file) => /process\.env\b/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(root, file));

    expect(readers.filter((file) => !/^bot\/(config|local|cli)\//.test(file))).toEqual([]);
  });

  it('reads no clock in the domain: time is passed in', () => {
    const clockReaders = sourceFiles(join(root, 'bot', 'domain'))
      .filter((file) => /new Date\(\)|Date\.now\(\)/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(root, file));

    expect(clockReaders).toEqual([]);
  });
});
