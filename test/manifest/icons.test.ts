import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { iconProblems } from '../../manifest/icons';
import { decodePng, readPngSize } from '../../manifest/png';
import { encodePng, solid } from './pngFixture';

const manifestDir = join(__dirname, '..', '..', 'manifest');
const color = readFileSync(join(manifestDir, 'color.png'));
const outline = readFileSync(join(manifestDir, 'outline.png'));

describe('the app icons', () => {
  it('are 192×192 (colour) and 32×32 (outline)', () => {
    expect(readPngSize(color)).toEqual({ width: 192, height: 192 });
    expect(readPngSize(outline)).toEqual({ width: 32, height: 32 });
  });

  it('meet Teams’ rules: the outline is white on transparent only', () => {
    expect(iconProblems({ color, outline })).toEqual([]);
  });

  it('decode to the colours they were drawn with', () => {
    const image = decodePng(color);
    // The colour icon's background is the manifest's accent colour, #0E6E78.
    expect([...image.rgba.subarray(0, 4)]).toEqual([0x0e, 0x6e, 0x78, 255]);
    const { rgba } = decodePng(outline);
    const alphas = new Set<number>();
    for (let i = 3; i < rgba.length; i += 4) alphas.add(rgba[i] ?? -1);
    expect(alphas.has(0)).toBe(true);
    expect(alphas.has(255)).toBe(true);
  });
});

describe('iconProblems', () => {
  const white = encodePng(32, 32, solid(32, [255, 255, 255, 255]));
  const blue192 = encodePng(192, 192, solid(192, [14, 110, 120, 255]));

  it('names an icon of the wrong size', () => {
    expect(iconProblems({ color: white, outline: white })).toEqual([
      'color.png is 32×32; Teams needs 192×192 pixels',
    ]);
    expect(iconProblems({ color: blue192, outline: blue192 })).toEqual([
      'outline.png is 192×192; Teams needs 32×32 pixels',
    ]);
  });

  it('finds a coloured pixel in the outline, whatever filter the rows use', () => {
    const pixels = solid(32, [255, 255, 255, 0]);
    pixels.set([200, 30, 30, 255], (5 * 32 + 7) * 4);
    for (const filter of [0, 1] as const) {
      expect(iconProblems({ color: blue192, outline: encodePng(32, 32, pixels, filter) })).toEqual([
        expect.stringContaining(
          'outline.png has 1 pixel(s) that are neither white nor transparent (first at 7,5)',
        ),
      ]);
    }
  });

  it('ignores the colour of fully transparent pixels but not of half transparent ones', () => {
    const pixels = solid(32, [0, 0, 0, 0]);
    pixels.set([255, 255, 255, 255], 0);
    expect(iconProblems({ color: blue192, outline: encodePng(32, 32, pixels) })).toEqual([]);
    pixels.set([128, 128, 128, 100], 4);
    expect(iconProblems({ color: blue192, outline: encodePng(32, 32, pixels) })).toHaveLength(1);
  });

  it('refuses an empty outline and a file that is not a PNG', () => {
    expect(
      iconProblems({ color: blue192, outline: encodePng(32, 32, solid(32, [255, 255, 255, 0])) }),
    ).toEqual(['outline.png is fully transparent; it needs a white shape']);
    expect(iconProblems({ color: Buffer.from('<svg/>'), outline: white })).toEqual([
      'color.png: not a PNG file',
    ]);
  });
});
