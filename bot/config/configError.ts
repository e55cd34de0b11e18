/** A configuration that cannot run; its message names every variable that is missing or wrong. */
export class ConfigError extends Error {
  readonly code = 'config_invalid';

  constructor(readonly problems: readonly string[]) {
    super(`Configuration is not valid:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}
