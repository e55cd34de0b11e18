/** A placeholder as the manifest writes it: `${{NAME}}`. */
const placeholder = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/**
 * Replaces `${{NAME}}` in every string of a JSON value with `values[NAME]`; names without a value
 * are left as they are, for `unfilledPlaceholders` to report. Works on parsed JSON so a value can
 * never break the JSON around it.
 */
export function fillPlaceholders<T>(json: T, values: Readonly<Record<string, string>>): T {
  return mapStrings(json, (text) =>
    text.replace(placeholder, (whole, name: string) =>
      Object.hasOwn(values, name) ? (values[name] ?? whole) : whole,
    ),
  ) as T;
}

/** Every placeholder still in a JSON value, as `path: ${{NAME}}`. */
export function unfilledPlaceholders(json: unknown): string[] {
  const found: string[] = [];
  visitStrings(json, '', (text, path) => {
    for (const match of text.matchAll(placeholder)) found.push(`${path || '(root)'}: ${match[0]}`);
  });
  return found;
}

function mapStrings(value: unknown, map: (text: string) => string): unknown {
  if (typeof value === 'string') return map(value);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, map));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapStrings(item, map)]));
  }
  return value;
}

function visitStrings(value: unknown, path: string, visit: (text: string, path: string) => void): void {
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) visitStrings(item, `${path}[${index}]`, visit);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) visitStrings(item, path ? `${path}.${key}` : key, visit);
  }
}
