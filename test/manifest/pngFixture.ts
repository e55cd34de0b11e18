import { crc32, deflateSync } from 'node:zlib';

/** Encodes RGBA pixels as a minimal 8-bit PNG, each row with the given filter byte (0 = None, 1 = Sub). */
export function encodePng(width: number, height: number, rgba: Uint8Array, filter: 0 | 1 = 0): Buffer {
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let row = 0; row < height; row++) {
    raw[row * (stride + 1)] = filter;
    for (let i = 0; i < stride; i++) {
      const value = rgba[row * stride + i] ?? 0;
      const left = filter === 1 && i >= 4 ? (rgba[row * stride + i - 4] ?? 0) : 0;
      raw[row * (stride + 1) + 1 + i] = (value - left) & 0xff;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A square image of one colour. */
export function solid(size: number, [r, g, b, a]: [number, number, number, number]): Uint8Array {
  const rgba = new Uint8Array(size * size * 4);
  for (let i = 0; i < rgba.length; i += 4) rgba.set([r, g, b, a], i);
  return rgba;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}
