import fc from 'fast-check';
import { tabModule } from './tabModule';

type TypeMeasure = { base: number; room: number; widestWord: number; widestPart: number };
type TypeFloors = { words: number; parts: number };
const { fittedSize } = tabModule<{ fittedSize: (measure: TypeMeasure, floors: TypeFloors) => number }>(
  'views/present/fittedSize',
);

/** A slide heading of 50 px that may shrink to 35 px whole and 27.5 px in parts. */
const floors = { words: 0.7, parts: 0.55 };

describe('the size large type is set at', () => {
  it('stays at its base when every word fits', () => {
    expect(fittedSize({ base: 50, room: 600, widestWord: 580, widestPart: 300 }, floors)).toBe(50);
  });

  it('shrinks so that the longest word fits whole, rather than break it', () => {
    // "Kompetensförsörjning" 450 px wide at 50 px, in 400 px: 44.4 px keeps it whole.
    expect(fittedSize({ base: 50, room: 400, widestWord: 450, widestPart: 260 }, floors)).toBe(44.4);
  });

  it('breaks a compound at its soft hyphen once whole words would need type below the floor', () => {
    // Whole it needs 25 px; its parts fit at the 35 px floor, so it breaks there at that size.
    expect(fittedSize({ base: 50, room: 300, widestWord: 600, widestPart: 350 }, floors)).toBe(35);
  });

  it('shrinks the parts too, down to their own floor, and no further', () => {
    expect(fittedSize({ base: 50, room: 200, widestWord: 600, widestPart: 300 }, floors)).toBe(33.3);
    expect(fittedSize({ base: 50, room: 100, widestWord: 600, widestPart: 300 }, floors)).toBe(27.5);
  });

  it('leaves type alone in a box with no room yet', () => {
    expect(fittedSize({ base: 50, room: 0, widestWord: 600, widestPart: 300 }, floors)).toBe(50);
  });

  it('is never above the base nor below the parts floor, and the base whenever the words fit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10, max: 80 }),
        fc.integer({ min: 1, max: 2000 }),
        fc.integer({ min: 1, max: 2000 }),
        fc.integer({ min: 1, max: 2000 }),
        (base, room, widestWord, part) => {
          const widestPart = Math.min(part, widestWord);
          const size = fittedSize({ base, room, widestWord, widestPart }, floors);
          expect(size).toBeLessThanOrEqual(base);
          expect(size).toBeGreaterThanOrEqual(Math.floor(base * floors.parts * 10) / 10);
          if (widestWord <= room) expect(size).toBe(base);
        },
      ),
    );
  });
});
