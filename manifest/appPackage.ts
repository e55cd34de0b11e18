import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { iconProblems } from './icons';
import { PackageError } from './packageError';
import { fillPlaceholders, unfilledPlaceholders } from './placeholders';
import {
  defaultLanguageDrift,
  localizationSchemaProblems,
  manifestSchemaProblems,
  unmatchedLocalizationKeys,
} from './schemaValidation';
import type { PackageSettings } from './settings';

type Json = Record<string, unknown>;

export type AppPackage = {
  /** The filled manifest, as written into the zip. */
  manifest: Json;
  /** The zip Teams takes: manifest.json, the localization files and the icons at its root. */
  zip: Buffer;
};

export const templateFile = 'manifest.template.json';

// A fixed time stamp makes the same sources give the same bytes, so a changed zip means a changed app.
const fileDate = new Date('2020-01-01T00:00:00Z');

/**
 * Builds the Teams app package from the template and files in `sourceDir`: fills the placeholders,
 * then checks the result offline (no placeholder left, Teams schema, localization, icons) before
 * zipping. Throws a `PackageError` naming every problem found.
 */
export async function buildAppPackage(settings: PackageSettings, sourceDir: string): Promise<AppPackage> {
  const template = await readJson(join(sourceDir, templateFile));
  const manifest = fillPlaceholders(template, settings);
  const languageFiles = localizationFiles(manifest);
  const localizations = new Map<string, Json>();
  for (const file of languageFiles) {
    localizations.set(file, fillPlaceholders(await readJson(join(sourceDir, file)), settings));
  }

  const unfilled = [
    ...unfilledPlaceholders(manifest).map((found) => `${templateFile} ${found}`),
    ...[...localizations].flatMap(([file, json]) =>
      unfilledPlaceholders(json).map((found) => `${file} ${found}`),
    ),
  ];
  if (unfilled.length > 0) throw new PackageError('placeholders', unfilled);

  const schemaProblems = (await manifestSchemaProblems(manifest)).map(
    (problem) => `manifest.json ${problem}`,
  );
  for (const [file, json] of localizations) {
    const problems = [
      ...(await localizationSchemaProblems(manifest, json)),
      ...unmatchedLocalizationKeys(manifest, json),
      ...(file === defaultLanguageFile(manifest) ? defaultLanguageDrift(manifest, json) : []),
    ];
    schemaProblems.push(...problems.map((problem) => `${file} ${problem}`));
  }
  if (schemaProblems.length > 0) throw new PackageError('schema', schemaProblems);

  const iconNames = iconFiles(manifest);
  const icons = {
    color: await readFile(join(sourceDir, iconNames.color)),
    outline: await readFile(join(sourceDir, iconNames.outline)),
  };
  const badIcons = iconProblems(icons, iconNames);
  if (badIcons.length > 0) throw new PackageError('icons', badIcons);

  const zip = new JSZip();
  const add = (name: string, content: string | Buffer) => zip.file(name, content, { date: fileDate });
  add('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  for (const [file, json] of localizations) add(file, `${JSON.stringify(json, null, 2)}\n`);
  add(iconNames.color, icons.color);
  add(iconNames.outline, icons.outline);
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  return { manifest, zip: bytes };
}

async function readJson(path: string): Promise<Json> {
  return JSON.parse(await readFile(path, 'utf8')) as Json;
}

function defaultLanguageFile(manifest: Json): string | undefined {
  return (manifest.localizationInfo as { defaultLanguageFile?: string } | undefined)?.defaultLanguageFile;
}

function localizationFiles(manifest: Json): string[] {
  const info = manifest.localizationInfo as
    | { defaultLanguageFile?: string; additionalLanguages?: { file: string }[] }
    | undefined;
  const files = [
    info?.defaultLanguageFile,
    ...(info?.additionalLanguages ?? []).map((language) => language.file),
  ];
  return files.filter((file): file is string => typeof file === 'string');
}

function iconFiles(manifest: Json): { color: string; outline: string } {
  const icons = manifest.icons as { color?: string; outline?: string } | undefined;
  return { color: icons?.color ?? 'color.png', outline: icons?.outline ?? 'outline.png' };
}
