import { decodePng, readPngSize } from './png';

/** Teams' icon rules: a 192×192 colour icon, and a 32×32 outline that is white on transparent only. */
export const iconRules = {
  color: { width: 192, height: 192 },
  outline: { width: 32, height: 32 },
} as const;

export type IconFiles = { color: Uint8Array; outline: Uint8Array };

/** Every way the icons break Teams' rules, as sentences naming the file; empty when they are fine. */
export function iconProblems(
  icons: IconFiles,
  names = { color: 'color.png', outline: 'outline.png' },
): string[] {
  const problems: string[] = [];
  for (const kind of ['color', 'outline'] as const) {
    const expected = iconRules[kind];
    try {
      const { width, height } = readPngSize(icons[kind]);
      if (width !== expected.width || height !== expected.height) {
        problems.push(
          `${names[kind]} is ${width}×${height}; Teams needs ${expected.width}×${expected.height} pixels`,
        );
      }
    } catch (error) {
      problems.push(`${names[kind]}: ${(error as Error).message}`);
    }
  }
  if (problems.length === 0) problems.push(...outlineColourProblems(icons.outline, names.outline));
  return problems;
}

/**
 * Teams tints the outline icon itself (it shows in the app bar and in message actions), so any
 * colour other than pure white, or a fully transparent icon, renders wrongly there.
 */
function outlineColourProblems(png: Uint8Array, name: string): string[] {
  let image: ReturnType<typeof decodePng>;
  try {
    image = decodePng(png);
  } catch (error) {
    return [`${name}: ${(error as Error).message}`];
  }
  const { rgba, width } = image;
  let coloured = 0;
  let firstColoured = -1;
  let visible = 0;
  for (let i = 0; i < rgba.length; i += 4) {
    if (rgba[i + 3] === 0) continue;
    visible++;
    if (rgba[i] !== 255 || rgba[i + 1] !== 255 || rgba[i + 2] !== 255) {
      coloured++;
      if (firstColoured < 0) firstColoured = i / 4;
    }
  }
  const problems: string[] = [];
  if (visible === 0) problems.push(`${name} is fully transparent; it needs a white shape`);
  if (coloured > 0) {
    const x = firstColoured % width;
    const y = Math.floor(firstColoured / width);
    problems.push(
      `${name} has ${coloured} pixel(s) that are neither white nor transparent (first at ${x},${y}); ` +
        'Teams needs white on a transparent background',
    );
  }
  return problems;
}
