import { gunzipSync, gzipSync } from 'node:zlib';

/**
 * Long text (JSON full of answer ids) stored gzipped, as binary properties of at most 60 kB each:
 * it compresses tenfold, a property holds 64 KiB, and binary travels as base64, so no multi-byte
 * character can be cut at a chunk boundary on the way.
 */
const propertyLimit = 60_000;
/** An entity holds 1 MiB; this leaves room for its other properties. */
export const maxPackedChunks = 15;

export class PackedTooLargeError extends Error {
  constructor(readonly bytes: number) {
    super(`${bytes} bytes packed do not fit one entity`);
    this.name = 'PackedTooLargeError';
  }
}

/** `<name>0`, `<name>1`, … and their count (as `<name>Chunks` unless named), to spread into an entity. */
export function packText(
  name: string,
  text: string,
  countName = `${name}Chunks`,
): Record<string, Uint8Array | number> {
  const packed = gzipSync(Buffer.from(text, 'utf8'));
  const chunks: Uint8Array[] = [];
  for (let start = 0; start < packed.length; start += propertyLimit) {
    chunks.push(new Uint8Array(packed.subarray(start, start + propertyLimit)));
  }
  if (chunks.length > maxPackedChunks) throw new PackedTooLargeError(packed.length);
  return {
    [countName]: chunks.length,
    ...Object.fromEntries(chunks.map((chunk, index) => [`${name}${index}`, chunk])),
  };
}

/** The text `packText` stored under `name`. */
export function unpackText(row: Record<string, unknown>, name: string, countName = `${name}Chunks`): string {
  const chunks = Number(row[countName] ?? 0);
  if (chunks === 0) return '';
  return gunzipSync(
    Buffer.concat(
      Array.from(
        { length: chunks },
        (_, index) => (row[`${name}${index}`] as Uint8Array | undefined) ?? new Uint8Array(),
      ),
    ),
  ).toString('utf8');
}
