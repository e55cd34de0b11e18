import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { readEnvironment } from '../bot/config/readEnvironment';
import { buildAppPackage } from './appPackage';
import { PackageError } from './packageError';
import { readPackageSettings } from './settings';

/** `npm run package`: builds manifest/build/lardomar.zip from the template and the environment. */
async function main(): Promise<void> {
  const project = JSON.parse(await readFile(join(__dirname, '..', 'package.json'), 'utf8')) as {
    version: string;
  };

  const settings = readPackageSettings(readEnvironment(), project.version);
  const appPackage = await buildAppPackage(settings, __dirname);

  const outFile = join(__dirname, 'build', 'lardomar.zip');
  await mkdir(join(__dirname, 'build'), { recursive: true });
  await writeFile(outFile, appPackage.zip);
  process.stdout.write(
    `Teams app package ${settings.APP_VERSION} for bot ${settings.MicrosoftAppId} and tab ${settings.TAB_CLIENT_ID} ` +
      `at ${settings.BOT_DOMAIN}:\n` +
      `${relative(process.cwd(), outFile) || outFile}\n`,
  );
}

main().catch((error: unknown) => {
  if (error instanceof PackageError) {
    process.stderr.write(`${error.message}\n`);
    // 2 marks a usage error (the settings), apart from 1 for a broken manifest or icon.
    process.exit(error.kind === 'settings' ? 2 : 1);
  }
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
