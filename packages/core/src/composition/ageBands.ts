/**
 * Age bands (年龄段) of composition reports: a parameter, with the bands the reports commonly use as the default.
 */

/** An age band in whole years: `min` ≤ age ≤ `max` (either may be open). Bands may overlap ("30岁左右"). */
export interface AgeBand {
  readonly id: string;
  readonly label: { readonly zh: string; readonly en: string };
  readonly min?: number;
  readonly max?: number;
}

/** 35岁以下, 35–45岁, 46–55岁, 56–60岁, 60岁以上. */
export const DEFAULT_AGE_BANDS: readonly AgeBand[] = deepFreezeBands([
  { id: 'under35', label: { zh: '35岁以下', en: 'under 35' }, max: 34 },
  { id: '35-45', label: { zh: '35—45岁', en: '35–45' }, min: 35, max: 45 },
  { id: '46-55', label: { zh: '46—55岁', en: '46–55' }, min: 46, max: 55 },
  { id: '56-60', label: { zh: '56—60岁', en: '56–60' }, min: 56, max: 60 },
  { id: 'over60', label: { zh: '60岁以上', en: 'over 60' }, min: 61 },
]);

/** Summaries share their bands by reference: the defaults must never change under them. */
function deepFreezeBands(bands: AgeBand[]): readonly AgeBand[] {
  for (const b of bands) Object.freeze(Object.assign(b, { label: Object.freeze(b.label) }));
  return Object.freeze(bands);
}

/** A lookup from age (0–150) to the indexes of the bands it falls in (none, one, or several when bands overlap). */
export function bandTable(bands: readonly AgeBand[]): readonly (readonly number[])[] {
  const table: number[][] = [];
  for (let age = 0; age <= 150; age++) {
    table.push(
      bands.flatMap((b, i) =>
        (b.min === undefined || age >= b.min) && (b.max === undefined || age <= b.max) ? [i] : [],
      ),
    );
  }
  return table;
}
