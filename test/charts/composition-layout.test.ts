import { describe, expect, it } from 'vitest';
import {
  bandPositions,
  barLength,
  fitLabel,
  groupLayout,
  niceMax,
  textWidth,
  ticks,
  valueLabelPosition,
} from '../../packages/elements/src/composition-chart/chart-layout.js';

describe('niceMax', () => {
  it('rounds the largest value up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(niceMax([0, 7, 3])).toBe(10);
    expect(niceMax([120])).toBe(200);
    expect(niceMax([201])).toBe(250);
    expect(niceMax([250])).toBe(250);
    expect(niceMax([989, 997])).toBe(1000);
    expect(niceMax([1])).toBe(1);
    expect(niceMax([0.3])).toBe(0.5);
    expect(niceMax([100_000])).toBe(100_000);
    expect(niceMax([100_001])).toBe(200_000);
  });

  it('gives 1 for nothing to show, ignoring NaN, infinities and negatives', () => {
    expect(niceMax([])).toBe(1);
    expect(niceMax([0, 0])).toBe(1);
    expect(niceMax([Number.NaN, -5, Number.POSITIVE_INFINITY])).toBe(1);
    expect(niceMax([Number.NaN, 3])).toBe(5);
  });

  it('is never below the largest value (every magnitude)', () => {
    for (let v = 1; v < 1e7; v = Math.ceil(v * 1.37)) {
      const m = niceMax([v]);
      expect(m).toBeGreaterThanOrEqual(v);
      expect(m).toBeLessThanOrEqual(2.5 * v);
    }
  });
});

describe('ticks and barLength', () => {
  it('spaces ticks evenly from 0 to the maximum', () => {
    expect(ticks(200)).toEqual([0, 50, 100, 150, 200]);
    expect(ticks(10, 2)).toEqual([0, 5, 10]);
    expect(ticks(0)).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });

  it('scales a value onto the extent, clamped, never NaN', () => {
    expect(barLength(50, 200, 400)).toBe(100);
    expect(barLength(200, 200, 400)).toBe(400);
    expect(barLength(300, 200, 400)).toBe(400);
    expect(barLength(0, 200, 400)).toBe(0);
    expect(barLength(-3, 200, 400)).toBe(0);
    expect(barLength(5, 0, 400)).toBe(0);
    expect(barLength(Number.NaN, 10, 400)).toBe(0);
    expect(barLength(5, Number.NaN, 400)).toBe(0);
    expect(barLength(5, 10, -1)).toBe(0);
  });
});

describe('bandPositions', () => {
  it('splits an extent into equal bands with equal gaps before, between and after', () => {
    expect(bandPositions(2, 100, 0)).toEqual([
      { start: 0, size: 50 },
      { start: 50, size: 50 },
    ]);
    const bands = bandPositions(3, 130, 0.25);
    const gap = bands[0]!.start;
    expect(bands[1]!.start - (bands[0]!.start + bands[0]!.size)).toBeCloseTo(gap);
    expect(130 - (bands[2]!.start + bands[2]!.size)).toBeCloseTo(gap);
    expect(bands.every((b) => b.size > 0)).toBe(true);
  });

  it('gives no bands for none, and finite ones for bad input', () => {
    expect(bandPositions(0, 100)).toEqual([]);
    expect(bandPositions(Number.NaN, 100)).toEqual([]);
    for (const b of bandPositions(2, Number.NaN, Number.NaN)) {
      expect(Number.isFinite(b.start) && Number.isFinite(b.size)).toBe(true);
    }
  });
});

describe('groupLayout', () => {
  it('stacks the series with the gap around each bar and leaves room for value labels', () => {
    const g = groupLayout(2, { width: 380, barThickness: 18, gap: 4, labelRoom: 150 });
    expect(g.height).toBe(2 * 18 + 3 * 4);
    expect(g.plotExtent).toBe(230);
    expect(g.bars.map((b) => [b.start, b.size].map((n) => Math.round(n * 1e9) / 1e9))).toEqual([
      [4, 18],
      [26, 18],
    ]);
    expect(groupLayout(1).bars).toHaveLength(1);
    expect(groupLayout(0).bars).toHaveLength(1);
  });
});

describe('labels', () => {
  it('estimates CJK characters at 1 em and others at 0.6 em', () => {
    expect(textWidth('35岁以下', 10)).toBeCloseTo(2 * 6 + 3 * 10);
    expect(textWidth('', 10)).toBe(0);
  });

  it('cuts a long Chinese label with an ellipsis and says so', () => {
    expect(fitLabel('高中及以上', 100, 13)).toEqual({ text: '高中及以上', truncated: false });
    const cut = fitLabel('黔西南布依族苗族自治州兴义市某某街道某某社区居民委员会', 100, 10);
    expect(cut.truncated).toBe(true);
    expect(cut.text.endsWith('…')).toBe(true);
    expect(textWidth(cut.text, 10)).toBeLessThanOrEqual(100);
  });

  it('puts a value label after its bar, or inside when the bar reaches the end', () => {
    expect(valueLabelPosition(100, 50, 380)).toEqual({ x: 104, inside: false });
    expect(valueLabelPosition(370, 50, 380)).toEqual({ x: 366, inside: true });
    expect(valueLabelPosition(10, 50, 30)).toEqual({ x: 14, inside: false });
  });
});
