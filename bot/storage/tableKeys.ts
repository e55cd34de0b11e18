/**
 * Azure Table keys may not contain `/`, `\`, `#`, `?` or control characters. `%` is escaped too so
 * the encoding stays reversible, and `|` because this app uses it to join parts of a row key. Teams ids ("19:abc@thread.tacv2") pass unchanged.
 * https://learn.microsoft.com/rest/api/storageservices/understanding-the-table-service-data-model
 */
export function encodeKey(value: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what must be escaped
  return value.replace(/[%|/\\#?\u0000-\u001f\u007f-\u009f]/g, (char) => {
    return `%${char.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()}`;
  });
}

export function decodeKey(key: string): string {
  return key.replace(/%([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/** The first key after every key that starts with `prefix`, for range queries on a key prefix. */
export function prefixUpperBound(prefix: string): string {
  const last = prefix.charCodeAt(prefix.length - 1);
  return prefix.slice(0, -1) + String.fromCharCode(last + 1);
}

/** OData string literal: single quotes doubled. */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
