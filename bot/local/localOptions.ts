import { z } from 'zod';
import { ConfigError } from '../config/configError';

/** Settings only `npm start` uses: what to run beside the service on a developer's machine. */
export type LocalOptions = {
  playground: boolean;
  playgroundPort: number;
  playgroundLocale: string;
  dataDir: string;
  /** Whether to load the sample round (the pandemic case with its answers) into empty storage. */
  sampleData: boolean;
};

const schema = z.object({
  PLAYGROUND: z
    .enum(['on', 'off', 'true', 'false', '1', '0'])
    .default('on')
    .transform((value) => ['on', 'true', '1'].includes(value)),
  PLAYGROUND_PORT: z.coerce.number().int().min(1).max(65535).default(56150),
  PLAYGROUND_LOCALE: z
    .string()
    .regex(/^[a-z]{2}[-_][A-Z]{2}$/, 'must look like sv-SE or en-US')
    .default('sv-SE'),
  DATA_DIR: z.string().min(1).default('.data'),
  SAMPLE_DATA: z
    .enum(['on', 'off', 'true', 'false', '1', '0'])
    .default('on')
    .transform((value) => ['on', 'true', '1'].includes(value)),
});

export function loadLocalOptions(env: Record<string, string | undefined>): LocalOptions {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  return {
    playground: parsed.data.PLAYGROUND,
    playgroundPort: parsed.data.PLAYGROUND_PORT,
    playgroundLocale: parsed.data.PLAYGROUND_LOCALE.replace('_', '-'),
    dataDir: parsed.data.DATA_DIR,
    sampleData: parsed.data.SAMPLE_DATA,
  };
}
