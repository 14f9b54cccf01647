/**
 * A small seeded pseudo-random generator (mulberry32) so that the synthetic county is the same on every machine.
 */

/** Draws from a seeded sequence. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  /** `true` with probability `p`. */
  chance(p: number): boolean;
  /** One item of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** One key, drawn with the given weights. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K;
  /** Roughly normal (sum of three uniforms), scaled to a mean and spread, clamped to [min, max]. */
  around(mean: number, spread: number, min: number, max: number): number;
}

/**
 * Creates a seeded generator.
 *
 * @param seed - any 32-bit integer
 * @example
 * ```ts
 * createRandom(1).int(1, 6) // the same number on every machine
 * ```
 */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    weighted(weights) {
      const entries = Object.entries(weights) as [keyof typeof weights, number][];
      let r = next() * entries.reduce((s, [, w]) => s + w, 0);
      for (const [key, w] of entries) {
        r -= w;
        if (r < 0) return key;
      }
      return entries[entries.length - 1]![0];
    },
    around(mean, spread, min, max) {
      const z = (next() + next() + next() - 1.5) * 2; // about N(0, 1)
      return Math.min(max, Math.max(min, mean + z * spread));
    },
  };
  return random;
}
