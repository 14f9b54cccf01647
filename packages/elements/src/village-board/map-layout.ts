/**
 * The geometry of a board's map (`<hj-risk-board>`, `<hj-campaign-map>`): the villages' shapes projected into the
 * map's box (d3-geo, Mercator fitted to the box), each with the village it draws. No DOM: tested in Node
 * (test/charts/map-layout.test.ts).
 */
import { type ExtendedFeature, type ExtendedFeatureCollection, geoArea, geoMercator, geoPath } from 'd3-geo';

/** The map's box (SVG `viewBox`): width and height. */
export const MAP_WIDTH = 600;
export const MAP_HEIGHT = 400;

/** One feature drawn: its SVG path, the name it gives and the village of that name. */
export interface MapShape {
  readonly d: string;
  readonly name: string;
  /** The village drawn, or -1 when no village has the feature's name. */
  readonly index: number;
}

/**
 * The features of `geojson` drawn in the map's box; a feature's property `key` names its village, looked up in
 * `byName` (name, or code → index). Rings wound against d3-geo's convention (RFC 7946) are turned round.
 *
 * @example projectShapes(squares, 'name', new Map([['甲村', 0]]))[0] // { d: 'M…Z', name: '甲村', index: 0 }
 */
export function projectShapes(
  geojson: ExtendedFeatureCollection<ExtendedFeature> | undefined,
  key: string,
  byName: ReadonlyMap<string, number>,
): MapShape[] {
  if (!geojson?.features?.length) return [];
  const features = geojson.features.map(upright);
  const projection = geoMercator().fitSize([MAP_WIDTH, MAP_HEIGHT], { type: 'FeatureCollection', features });
  const path = geoPath(projection);
  return features.map((f) => {
    const name = String(f.properties?.[key] ?? '');
    return { d: path(f) ?? '', name, index: byName.get(name) ?? -1 };
  });
}

/** A feature whose rings d3-geo would read as "everything but the shape" (more than a hemisphere), turned round. */
export function upright(f: ExtendedFeature): ExtendedFeature {
  const g = f.geometry;
  if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon') || geoArea(f) <= 2 * Math.PI) return f;
  const reverse = (rings: number[][][]) => rings.map((r) => [...r].reverse());
  return {
    ...f,
    geometry:
      g.type === 'Polygon'
        ? { ...g, coordinates: reverse(g.coordinates) }
        : { ...g, coordinates: g.coordinates.map(reverse) },
  };
}
