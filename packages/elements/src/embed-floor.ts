/**
 * What the embed files use in place of runtime APIs newer than their browser floor (Chromium 78, the engine of many
 * offices' domestic browsers; the README's browser table). Rollup's inject plugin writes these in for the embed
 * builds only, so the page's own globals are left alone; the modular builds keep the standard APIs for the user's
 * bundler to polyfill. Syntax is lowered by esbuild (rollup.config.js).
 */

/** `Object.hasOwn` (Chromium 93). */
export function hasOwn(object: object, key: PropertyKey): boolean {
  // biome-ignore lint/suspicious/noPrototypeBuiltins: this is what stands in for Object.hasOwn below Chromium 93
  return Object.prototype.hasOwnProperty.call(object, key);
}

/** `structuredClone` (Chromium 98), for what the embed clones: plain data (the built-in policies' specs). */
export function structuredClone<T>(value: T): T {
  if (Array.isArray(value)) return value.map(structuredClone) as T;
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) copy[key] = structuredClone(v);
  return copy as T;
}
