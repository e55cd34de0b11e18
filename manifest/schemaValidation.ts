import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AppManifestUtils } from '@microsoft/app-manifest';

type Json = Record<string, unknown>;
type Schema = Parameters<typeof AppManifestUtils.validateAgainstSchema>[1];

const schemaRoot = join(
  dirname(require.resolve('@microsoft/app-manifest/package.json')),
  'build',
  'json-schemas',
  'teams',
);

/**
 * Validates a filled manifest against the Teams schema of its own `manifestVersion`, as shipped in
 * `@microsoft/app-manifest`. The schema is always passed in: without it the library resolves the
 * manifest's `$schema` URL and may fetch it over the network.
 */
export async function manifestSchemaProblems(manifest: Json): Promise<string[]> {
  const schema = readSchema(manifest, 'MicrosoftTeams.schema.json');
  if (typeof schema === 'string') return [schema];
  return validate(manifest, schema);
}

/** Validates a localization file against the Localization schema of the manifest's version. */
export async function localizationSchemaProblems(manifest: Json, localization: Json): Promise<string[]> {
  const schema = readSchema(manifest, 'MicrosoftTeams.Localization.schema.json');
  if (typeof schema === 'string') return [schema];
  return validate(localization, schema);
}

/**
 * Localization keys that point at nothing in the manifest. The schema only checks their shape, so
 * a command list that moved would otherwise leave its translation silently unused.
 */
export function unmatchedLocalizationKeys(manifest: Json, localization: Json): string[] {
  return Object.keys(localization)
    .filter((key) => key !== '$schema' && key !== 'localizationKeys')
    .filter((key) => resolvePath(manifest, key) === undefined)
    .map((key) => `${key} has no matching value in the manifest`);
}

/**
 * Strings of the default language's file that say something else than the manifest itself: the
 * file repeats the manifest's own language, and a copy that drifted would show Swedish users text
 * nobody reviewed.
 */
export function defaultLanguageDrift(manifest: Json, localization: Json): string[] {
  return Object.entries(localization)
    .filter(([key]) => key !== '$schema' && key !== 'localizationKeys')
    .filter(
      ([key, value]) => resolvePath(manifest, key) !== undefined && resolvePath(manifest, key) !== value,
    )
    .map(([key]) => `${key} differs from the manifest's own text`);
}

async function validate(document: Json, schema: Schema): Promise<string[]> {
  // The library's own types expect a Teams manifest; the call is the same for a localization file.
  return AppManifestUtils.validateAgainstSchema(document as never, schema);
}

function readSchema(manifest: Json, file: string): Schema | string {
  const version = manifest.manifestVersion;
  if (typeof version !== 'string' || !/^\d+\.\d+$/.test(version)) {
    return `manifestVersion must be a released schema version such as "1.30" (got ${JSON.stringify(version)})`;
  }
  const path = join(schemaRoot, `v${version}`, file);
  if (!existsSync(path)) return `no bundled Teams schema for manifestVersion ${version} (${file})`;
  return repairPatterns(JSON.parse(readFileSync(path, 'utf8'))) as Schema;
}

/**
 * ajv compiles patterns with the `u` flag, under which a lone `]` is a syntax error. The Teams
 * Localization schemas have had two such patterns since v1.16 (MicrosoftDocs/msteams-docs#8858),
 * so ajv refuses the whole schema. Escaping the bracket keeps the meaning the pattern has without
 * the flag.
 */
function repairPatterns(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(repairPatterns);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => {
      if (key === 'pattern' && typeof value === 'string') return [key, repairPattern(value)];
      if (key === 'patternProperties' && value !== null && typeof value === 'object') {
        return [
          key,
          Object.fromEntries(
            Object.entries(value).map(([pattern, schema]) => [
              repairPattern(pattern),
              repairPatterns(schema),
            ]),
          ),
        ];
      }
      return [key, repairPatterns(value)];
    }),
  );
}

function repairPattern(pattern: string): string {
  try {
    new RegExp(pattern, 'u');
    return pattern;
  } catch {
    let repaired = '';
    let inClass = false;
    for (let i = 0; i < pattern.length; i++) {
      const char = pattern[i];
      if (char === '\\') {
        repaired += char + (pattern[i + 1] ?? '');
        i++;
      } else if (char === '[') {
        inClass = true;
        repaired += char;
      } else if (char === ']') {
        repaired += inClass ? char : '\\]';
        inClass = false;
      } else {
        repaired += char;
      }
    }
    return repaired;
  }
}

function resolvePath(root: unknown, path: string): unknown {
  let current = root;
  for (const part of path.match(/[^.[\]]+/g) ?? []) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}
