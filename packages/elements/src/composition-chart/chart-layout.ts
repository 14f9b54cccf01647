/**
 * Scales and layout of `<hj-composition-chart>`: small pure functions, no DOM, tested in Node. Every function
 * returns finite numbers whatever it is given (0, negative, NaN or infinite inputs give 0-sized results, never NaN).
 */

const finite = (n: number) => (Number.isFinite(n) ? n : 0);

/**
 * The smallest "nice" number (1, 2, 2.5 or 5 times a power of ten) at or above the largest value, so that the bars
 * of a chart share one scale with room to spare. 1 when there is nothing to show.
 *
 * @example niceMax([0, 7, 3]) // 10; niceMax([120]) // 200; niceMax([]) // 1
 */
export function niceMax(values: readonly number[]): number {
  let max = 0;
  for (const v of values) if (Number.isFinite(v) && v > max) max = v;
  if (max <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 2.5, 5, 10]) {
    const nice = step * power;
    // Guard against 0.1 + 0.2 drift: a value equal to the step (within a rounding error) fits.
    if (nice >= max * (1 - 1e-12)) return nice;
  }
  return 10 * power;
}

/** Evenly spaced ticks from 0 to `max` inclusive (`count` intervals, at least 1). */
export function ticks(max: number, count = 4): number[] {
  const m = finite(max) > 0 ? max : 1;
  const n = Math.max(1, Math.floor(finite(count)) || 1);
  return Array.from({ length: n + 1 }, (_, i) => (m * i) / n);
}

/** The length of a bar for `value` on a scale from 0 to `max` drawn over `extent` units, clamped to [0, extent]. */
export function barLength(value: number, max: number, extent: number): number {
  const e = Math.max(0, finite(extent));
  if (!(finite(max) > 0) || !(finite(value) > 0)) return 0;
  return Math.min(e, (value / max) * e);
}

/** Where each of `count` bands starts and how wide it is, over `extent` units, with `padding` (0–1) between. */
export interface Band {
  readonly start: number;
  readonly size: number;
}

/**
 * A band scale: `count` equal bands over `extent`, separated (and framed) by `padding` of a band's step.
 *
 * @example bandPositions(2, 100, 0) // [{ start: 0, size: 50 }, { start: 50, size: 50 }]
 */
export function bandPositions(count: number, extent: number, padding = 0.1): Band[] {
  const n = Math.max(0, Math.floor(finite(count)));
  const e = Math.max(0, finite(extent));
  if (n === 0) return [];
  const p = Math.min(0.9, Math.max(0, finite(padding)));
  // n steps plus one more gap: every gap (before, between, after the bands) is step · p.
  const step = e / (n + p);
  const size = step * (1 - p);
  return Array.from({ length: n }, (_, i) => ({ start: step * p + i * step, size }));
}

/** The estimated width of a text in a font of `fontSize`: CJK and full-width characters 1 em, others 0.6 em. */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    ems += code >= 0x2e80 ? 1 : 0.6;
  }
  return ems * Math.max(0, finite(fontSize));
}

/**
 * A label cut to fit `maxWidth` with an ellipsis (the full text then belongs in a `<title>`).
 *
 * @returns the text to draw and whether it was cut
 */
export function fitLabel(text: string, maxWidth: number, fontSize: number): { text: string; truncated: boolean } {
  if (textWidth(text, fontSize) <= maxWidth) return { text, truncated: false };
  const chars = [...text];
  let out = '';
  const room = maxWidth - textWidth('…', fontSize);
  for (const ch of chars) {
    if (textWidth(out + ch, fontSize) > room) break;
    out += ch;
  }
  return { text: `${out}…`, truncated: true };
}

/** Where a bar's value label goes: just after the bar, or inside its end when there is no room after it. */
export function valueLabelPosition(
  length: number,
  labelWidth: number,
  extent: number,
  gap = 4,
): { x: number; inside: boolean } {
  const l = Math.max(0, finite(length));
  const w = Math.max(0, finite(labelWidth));
  const e = Math.max(0, finite(extent));
  if (l + gap + w <= e || l < w + 2 * gap) return { x: l + gap, inside: false };
  return { x: l - gap, inside: true };
}

/** The geometry of one group of a horizontal grouped bar chart: one bar per series, stacked top to bottom. */
export interface GroupLayout {
  readonly width: number;
  readonly height: number;
  /** Where the bars start (x) and how long the longest may be. */
  readonly plotStart: number;
  readonly plotExtent: number;
  /** One per series: the bar's top and thickness. */
  readonly bars: readonly Band[];
}

/**
 * The layout of one group (e.g. an age band: previous term above the current one) in a `width` wide drawing,
 * leaving `labelRoom` on the right for the value labels.
 */
export function groupLayout(
  series: number,
  options: { width?: number; barThickness?: number; gap?: number; labelRoom?: number } = {},
): GroupLayout {
  const width = Math.max(1, finite(options.width ?? 360));
  const thickness = Math.max(1, finite(options.barThickness ?? 18));
  const gap = Math.max(0, finite(options.gap ?? 4));
  const n = Math.max(1, Math.floor(finite(series)));
  const labelRoom = Math.min(width - 1, Math.max(0, finite(options.labelRoom ?? 140)));
  const height = n * thickness + (n + 1) * gap;
  const bars = bandPositions(n, height, gap / (thickness + gap));
  return { width, height, plotStart: 0, plotExtent: width - labelRoom, bars };
}
