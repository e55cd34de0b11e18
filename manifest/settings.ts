import { z } from 'zod';
import { PackageError } from './packageError';

/** The values that fill the manifest's `${{NAME}}` placeholders. */
export type PackageSettings = {
  MicrosoftAppId: string;
  BOT_DOMAIN: string;
  TEAMS_APP_ID: string;
  /** The tab's Microsoft Entra application (client) id, for its single sign-on (`webApplicationInfo`). */
  TAB_CLIENT_ID: string;
  APP_VERSION: string;
};

// The same pattern as the schema's `guid` definition, so a value accepted here is accepted there.
const guid = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
// The schema only caps the length of `version`; Teams asks for MAJOR.MINOR.PATCH, which is the form
// of the schema's own `semver` definition.
const appVersion = /^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$/;
const hostLabel = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/i;

const text = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const settingsSchema = z.object({
  MicrosoftAppId: text.pipe(
    z
      .string({ required_error: 'is missing; set it to the bot’s Microsoft Entra application (client) id' })
      .regex(guid, 'must be a GUID, the bot’s Microsoft Entra application (client) id'),
  ),
  BOT_DOMAIN: text.pipe(
    z
      .string({ required_error: 'is missing; set it to the host name the bot is served from' })
      .superRefine((value, context) => {
        const problem = hostNameProblem(value);
        if (problem) context.addIssue({ code: z.ZodIssueCode.custom, message: problem });
      }),
  ),
  TEAMS_APP_ID: text.pipe(z.string().regex(guid, 'must be a GUID').optional()),
  TAB_CLIENT_ID: text.pipe(
    z.string().regex(guid, 'must be a GUID, the tab’s Microsoft Entra application (client) id').optional(),
  ),
  APP_VERSION: text.pipe(
    z.string().regex(appVersion, 'must be a version MAJOR.MINOR.PATCH such as 1.0.0').optional(),
  ),
});

/**
 * Reads the placeholder values from an environment. `TEAMS_APP_ID` and `TAB_CLIENT_ID` default to
 * the bot's id (one Entra registration for both, until the tab has its own) and `APP_VERSION` to
 * `defaultVersion` (the project's version). Throws a `PackageError` of kind
 * `settings` naming every variable that is missing or wrong.
 */
export function readPackageSettings(
  env: Record<string, string | undefined>,
  defaultVersion: string,
): PackageSettings {
  const parsed = settingsSchema.safeParse(env);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
  if (parsed.success && !parsed.data.APP_VERSION && !appVersion.test(defaultVersion)) {
    problems.push(
      `APP_VERSION is not set and the project version '${defaultVersion}' is not MAJOR.MINOR.PATCH; set APP_VERSION`,
    );
  }
  if (!parsed.success || problems.length > 0) throw new PackageError('settings', problems);
  const values = parsed.data;
  return {
    MicrosoftAppId: values.MicrosoftAppId,
    BOT_DOMAIN: values.BOT_DOMAIN.toLowerCase(),
    TEAMS_APP_ID: values.TEAMS_APP_ID ?? values.MicrosoftAppId,
    TAB_CLIENT_ID: values.TAB_CLIENT_ID ?? values.MicrosoftAppId,
    APP_VERSION: values.APP_VERSION ?? defaultVersion,
  };
}

function hostNameProblem(value: string): string | undefined {
  const example = 'such as lardomar.azurewebsites.net';
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    return `must be a host name without a scheme, ${example} (got '${value}')`;
  }
  if (/[/?#]/.test(value)) return `must be a host name without a path, ${example} (got '${value}')`;
  if (value.includes(':')) return `must be a host name without a port, ${example} (got '${value}')`;
  const labels = value.split('.');
  // Teams reaches the bot and the tab over public HTTPS, so a bare name like `localhost` cannot work.
  if (labels.length < 2 || value.length > 253 || !labels.every((label) => hostLabel.test(label))) {
    return `must be a public host name, ${example} (got '${value}')`;
  }
  return undefined;
}
