import type { ExtendedFeature, ExtendedFeatureCollection } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { MAP_HEIGHT, MAP_WIDTH, projectShapes, upright } from '../../packages/elements/src/village-board/map-layout.js';

/** A 0.01° square at `x`, its ring wound as RFC 7946 winds it (counter-clockwise), or the other way. */
const square = (name: string, x: number, rfc = true): ExtendedFeature => {
  const ring = [
    [x, 0],
    [x + 0.01, 0],
    [x + 0.01, 0.01],
    [x, 0.01],
    [x, 0],
  ];
  return {
    type: 'Feature',
    properties: { 村名: name },
    geometry: { type: 'Polygon', coordinates: [rfc ? ring : [...ring].reverse()] },
  };
};
const collection = (...features: ExtendedFeature[]): ExtendedFeatureCollection<ExtendedFeature> => ({
  type: 'FeatureCollection',
  features,
});

/** The numbers of an SVG path. */
const numbers = (d: string) => (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);

describe('projectShapes', () => {
  it('fits the shapes into the map’s box and names each one’s village', () => {
    const byName = new Map([
      ['红岩村', 0],
      ['青山村', 2],
    ]);
    const shapes = projectShapes(
      collection(square('红岩村', 0), square('无名村', 0.01), square('青山村', 0.02)),
      '村名',
      byName,
    );
    expect(shapes.map((s) => [s.name, s.index])).toEqual([
      ['红岩村', 0],
      ['无名村', -1],
      ['青山村', 2],
    ]);
    const all = shapes.flatMap((s) => numbers(s.d));
    expect(Math.min(...all)).toBeGreaterThanOrEqual(-0.01);
    // Three squares in a row fill the width; the height is theirs, centred.
    const xs = shapes.flatMap((s) => numbers(s.d).filter((_, i) => i % 2 === 0));
    expect(Math.max(...xs)).toBeCloseTo(MAP_WIDTH, 0);
    const ys = shapes.flatMap((s) => numbers(s.d).filter((_, i) => i % 2 === 1));
    expect(Math.max(...ys)).toBeLessThanOrEqual(MAP_HEIGHT);
    // Each square is a third of the width.
    const first = numbers(shapes[0]?.d ?? '').filter((_, i) => i % 2 === 0);
    expect(Math.max(...first) - Math.min(...first)).toBeCloseTo(MAP_WIDTH / 3, 0);
  });

  it('draws rings wound either way the same', () => {
    const byName = new Map<string, number>();
    const rfc = projectShapes(collection(square('a', 0), square('b', 0.01)), '村名', byName);
    const d3 = projectShapes(collection(square('a', 0, false), square('b', 0.01, false)), '村名', byName);
    expect(rfc.map((s) => numbers(s.d).length)).toEqual([8, 8]);
    for (const [k, s] of rfc.entries()) {
      const sorted = (d: string) =>
        numbers(d)
          .map((n) => n.toFixed(3))
          .sort();
      expect(sorted(s.d)).toEqual(sorted(d3[k]?.d ?? ''));
    }
  });

  it('draws nothing without features, and names a feature without the property ""', () => {
    expect(projectShapes(undefined, 'name', new Map())).toEqual([]);
    expect(projectShapes(collection(), 'name', new Map())).toEqual([]);
    expect(projectShapes(collection(square('a', 0)), 'name', new Map([['', 4]]))[0]).toMatchObject({
      name: '',
      index: 4,
    });
  });
});

describe('upright', () => {
  it('turns round a ring that covers more than a hemisphere, and leaves the others as they are', () => {
    const small = square('a', 0, false);
    expect(upright(small)).toBe(small);
    const turned = upright(square('a', 0));
    const geometry = turned.geometry as { coordinates: number[][][] };
    expect(geometry.coordinates[0]?.[1]).toEqual([0, 0.01]);
    const point: ExtendedFeature = {
      type: 'Feature',
      properties: {},
      geometry: { type: 'Point', coordinates: [0, 0] },
    };
    expect(upright(point)).toBe(point);
  });

  it('turns round every polygon of a MultiPolygon', () => {
    const ring = (square('a', 0).geometry as { coordinates: number[][][] }).coordinates;
    const multi: ExtendedFeature = {
      type: 'Feature',
      properties: {},
      geometry: { type: 'MultiPolygon', coordinates: [ring, ring] },
    };
    const turned = upright(multi).geometry as { coordinates: number[][][][] };
    expect(turned.coordinates.map((p) => p[0]?.[1])).toEqual([
      [0, 0.01],
      [0, 0.01],
    ]);
  });
});
