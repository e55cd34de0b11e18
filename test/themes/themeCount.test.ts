import { chooseThemeCount, themeCountRange } from '../../bot/themes/themeCount';

describe('how many themes', () => {
  it('lets the ceiling grow with the round, from a handful to twelve', () => {
    expect(themeCountRange(15, 0)).toEqual({ min: 3, max: 5 });
    expect(themeCountRange(80, 0)).toEqual({ min: 4, max: 8 });
    expect(themeCountRange(333, 0)).toEqual({ min: 4, max: 12 });
    expect(themeCountRange(100_000, 0)).toEqual({ min: 4, max: 12 });
    expect(themeCountRange(300, 3).min).toBeGreaterThanOrEqual(4);
  });

  it('keeps the themes that carry at least 4 % of the answers, within the range', () => {
    const sizes = [120, 80, 60, 30, 12, 11, 5, 2, 0, 0, 0, 0];
    // 4 % of 320 is 12.8: five themes hold 13 or more.
    expect(
      chooseThemeCount(320, { min: 4, max: 12 }, () => [...sizes.slice(0, 4), 13, 11, 5, 2, 0, 0, 0, 62]),
    ).toBe(6);
    expect(chooseThemeCount(320, { min: 4, max: 12 }, () => sizes)).toBe(4);
    expect(chooseThemeCount(320, { min: 4, max: 12 }, () => new Array(12).fill(26))).toBe(12);
  });
});

describe('how many themes in a tiny round', () => {
  it('takes two answers saying one thing as a theme among fewer than ten', () => {
    expect(chooseThemeCount(5, { min: 1, max: 4 }, () => [3, 2, 0, 0])).toBe(2);
    expect(chooseThemeCount(15, { min: 3, max: 5 }, () => [5, 4, 2, 2, 2])).toBe(3);
  });
});
