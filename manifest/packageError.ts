/** Why a Teams app package could not be built; `problems` names each broken value or file. */
export class PackageError extends Error {
  constructor(
    readonly kind: 'settings' | 'placeholders' | 'schema' | 'icons',
    readonly problems: readonly string[],
  ) {
    super(`${titles[kind]}:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'PackageError';
  }
}

const titles: Record<PackageError['kind'], string> = {
  settings: 'The package settings are not valid',
  placeholders: 'Placeholders were left unfilled',
  schema: 'The manifest does not match the Teams schema',
  icons: 'The icons do not meet Teams’ rules',
};
