import { loadConfig } from '../../bot/config/config';
import { type BicepTemplate, interpolated, type SyntaxNode } from './bicepTemplate';

/** The service's side of its app settings: what `loadConfig` reads, and what it makes of values. */

export type Environment = Record<string, string>;

/** Stands for values known only at deployment, such as the identity's client id. */
const deployedId = '00000000-0000-4000-8000-000000000000';

/**
 * The app settings with a sample value for each, as the Web App's environment would hold them:
 * parameters take the given values, or else their defaults.
 */
export function sampleEnvironment(template: BicepTemplate, parameters: Environment = {}): Environment {
  return Object.fromEntries(
    template.appSettings.map((setting) => [
      setting.name,
      sampleValue({ template, parameters }, setting.value),
    ]),
  );
}

/** Whether `loadConfig` notices the setting: a different value, or its absence, changes the result. */
export function serviceReads(env: Environment, name: string): boolean {
  const baseline = outcome(env);
  const without = { ...env };
  delete without[name];
  return (
    outcome({ ...env, [name]: 'probe:not-a-value-any-setting-takes' }) !== baseline ||
    outcome(without) !== baseline
  );
}

/**
 * Every setting `loadConfig` reads, from what it looks up in the given environments. A look-up
 * counts when the value matters in at least one of them: the schema library also looks up names
 * such as `then` to learn what kind of object it was given.
 */
export function settingsReadAtStart(environments: Environment[]): string[] {
  const looked = new Set<string>();
  for (const env of environments) {
    const recording = new Proxy(env, {
      get(target, key, receiver) {
        if (typeof key === 'string') looked.add(key);
        return Reflect.get(target, key, receiver);
      },
    });
    loadConfig(recording);
  }
  return [...looked].filter((name) => environments.some((env) => serviceReads(env, name))).sort();
}

function outcome(env: Environment): string {
  try {
    return JSON.stringify(loadConfig(env));
  } catch (error) {
    return `error: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/**
 * A value of the kind the expression yields at deployment: a literal as written (interpolations
 * filled with letters), a parameter's default, a variable followed, anything else (resource
 * properties such as the identity's client id) a GUID-shaped placeholder.
 */
function sampleValue(
  deployment: { template: BicepTemplate; parameters: Environment },
  expression: SyntaxNode,
  seen: string[] = [],
): string {
  const text = interpolated(expression, () => 'sample');
  if (text !== undefined) return text;
  if (expression.type === 'identifier') {
    const name = expression.text;
    if (seen.includes(name)) throw new Error(`Circular reference through ${name}`);
    const given = deployment.parameters[name];
    if (given !== undefined) return given;
    const param = deployment.template.params.get(name);
    if (param) {
      if (!param.defaultValue) throw new Error(`Parameter ${name} has no default`);
      return sampleValue(deployment, param.defaultValue, [...seen, name]);
    }
    const variable = deployment.template.vars.get(name);
    if (variable) return sampleValue(deployment, variable, [...seen, name]);
  }
  return deployedId;
}
