import { inflateSync } from 'node:zlib';

export type PngSize = { width: number; height: number };

/** Decoded pixels, four bytes (red, green, blue, alpha) per pixel, row by row. */
export type RgbaImage = PngSize & { rgba: Uint8Array };

const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Channels per pixel for the 8-bit colour types this reader decodes (grey, RGB, grey+alpha, RGBA). */
const channelsByColourType: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

type Header = PngSize & { bitDepth: number; colourType: number; interlace: number };

/** Reads width and height from the IHDR chunk, which the format puts first, right after the signature. */
export function readPngSize(png: Uint8Array): PngSize {
  const { width, height } = readHeader(Buffer.from(png));
  return { width, height };
}

/**
 * Decodes an 8-bit, non-interlaced PNG (what browsers and most editors write) into RGBA pixels.
 * Palette and 16-bit images are refused with a message rather than guessed at.
 */
export function decodePng(png: Uint8Array): RgbaImage {
  const buffer = Buffer.from(png);
  const header = readHeader(buffer);
  const channels = channelsByColourType[header.colourType];
  if (header.bitDepth !== 8 || channels === undefined || header.interlace !== 0) {
    throw new Error(
      `unsupported PNG format (bit depth ${header.bitDepth}, colour type ${header.colourType}, ` +
        `interlace ${header.interlace}); save it as 8-bit RGBA without interlacing`,
    );
  }
  const raw = inflateSync(collectImageData(buffer));
  const stride = header.width * channels;
  if (raw.length !== (stride + 1) * header.height) {
    throw new Error('PNG image data has the wrong length for its size');
  }
  const pixels = unfilter(raw, stride, header.height, channels);
  return { width: header.width, height: header.height, rgba: toRgba(pixels, channels) };
}

function readHeader(buffer: Buffer): Header {
  if (buffer.length < 33 || !buffer.subarray(0, 8).equals(signature)) {
    throw new Error('not a PNG file');
  }
  if (buffer.toString('latin1', 12, 16) !== 'IHDR') throw new Error('PNG has no IHDR chunk first');
  return {
    width: buffer.readUInt32BE(16),
    height: buffer.readUInt32BE(20),
    bitDepth: buffer.readUInt8(24),
    colourType: buffer.readUInt8(25),
    interlace: buffer.readUInt8(28),
  };
}

function collectImageData(buffer: Buffer): Buffer {
  const parts: Buffer[] = [];
  let offset = 8;
  while (offset + 8 <= buffer.length) {
    const length = buffer.readUInt32BE(offset);
    const type = buffer.toString('latin1', offset + 4, offset + 8);
    if (type === 'IDAT') parts.push(buffer.subarray(offset + 8, offset + 8 + length));
    if (type === 'IEND') break;
    offset += 12 + length;
  }
  if (parts.length === 0) throw new Error('PNG has no image data');
  return Buffer.concat(parts);
}

/** Reverses the per-row filters of PNG (None, Sub, Up, Average, Paeth). */
function unfilter(raw: Buffer, stride: number, height: number, bytesPerPixel: number): Uint8Array {
  const out = new Uint8Array(stride * height);
  for (let row = 0; row < height; row++) {
    const filter = raw[row * (stride + 1)];
    const source = row * (stride + 1) + 1;
    const target = row * stride;
    for (let i = 0; i < stride; i++) {
      const x = raw[source + i] ?? 0;
      const left = i >= bytesPerPixel ? (out[target + i - bytesPerPixel] ?? 0) : 0;
      const up = row > 0 ? (out[target - stride + i] ?? 0) : 0;
      const upLeft = row > 0 && i >= bytesPerPixel ? (out[target - stride + i - bytesPerPixel] ?? 0) : 0;
      let predicted: number;
      switch (filter) {
        case 0:
          predicted = 0;
          break;
        case 1:
          predicted = left;
          break;
        case 2:
          predicted = up;
          break;
        case 3:
          predicted = (left + up) >> 1;
          break;
        case 4:
          predicted = paeth(left, up, upLeft);
          break;
        default:
          throw new Error(`PNG row ${row} has unknown filter ${filter}`);
      }
      out[target + i] = (x + predicted) & 0xff;
    }
  }
  return out;
}

function paeth(left: number, up: number, upLeft: number): number {
  const estimate = left + up - upLeft;
  const toLeft = Math.abs(estimate - left);
  const toUp = Math.abs(estimate - up);
  const toUpLeft = Math.abs(estimate - upLeft);
  if (toLeft <= toUp && toLeft <= toUpLeft) return left;
  return toUp <= toUpLeft ? up : upLeft;
}

function toRgba(pixels: Uint8Array, channels: number): Uint8Array {
  if (channels === 4) return pixels;
  const count = pixels.length / channels;
  const rgba = new Uint8Array(count * 4);
  for (let p = 0; p < count; p++) {
    const s = p * channels;
    const grey = channels <= 2;
    rgba[p * 4] = pixels[s] ?? 0;
    rgba[p * 4 + 1] = (grey ? pixels[s] : pixels[s + 1]) ?? 0;
    rgba[p * 4 + 2] = (grey ? pixels[s] : pixels[s + 2]) ?? 0;
    rgba[p * 4 + 3] = channels === 2 ? (pixels[s + 1] ?? 0) : 255;
  }
  return rgba;
}
