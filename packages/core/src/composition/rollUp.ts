/**
 * Rolling composition up a hierarchy in one pass: each member is added to its smallest unit (a village), and the
 * units are merged upward (township, county).
 */
import type { IsoDate } from '../dates/calendar.js';
import { type AgeBand, DEFAULT_AGE_BANDS } from './ageBands.js';
import { addSummaries } from './mergeCompositions.js';
import {
  accumulatorContext,
  CompositionAccumulator,
  type CompositionMember,
  type CompositionSummary,
  checkAsOf,
} from './summarizeComposition.js';

/** A node of the roll-up: a unit's summary and the units below it. */
export interface RollUpNode {
  readonly key: string;
  readonly summary: CompositionSummary;
  readonly children: readonly RollUpNode[];
}

export interface RollUpOptions<M> {
  readonly asOf: IsoDate;
  readonly bands?: readonly AgeBand[];
  readonly filter?: (member: M) => boolean;
  /**
   * The levels below the top, from the largest to the smallest, each naming a member's unit. Default: township,
   * then village (by division code when there is one).
   */
  readonly levels?: ReadonlyArray<(member: M) => string>;
  /** Name of the top node (default `全部`). */
  readonly top?: string;
}

type RosterLike = CompositionMember & {
  readonly township?: string;
  readonly village?: string;
  readonly villageCode?: string;
};

const DEFAULT_LEVELS: ReadonlyArray<(m: RosterLike) => string> = [
  (m) => m.township ?? '（未填乡镇）',
  (m) => m.villageCode ?? m.village ?? '（未填村）',
];

interface Building {
  acc?: CompositionAccumulator;
  /** Made when the first child arrives: most nodes (the villages) have none. */
  children?: Map<string, Building>;
}

/**
 * Summarizes members per village, township and county in one pass. 逐级汇总。
 *
 * @param members - committee members with `township` and `village`/`villageCode` (or your own `levels`)
 * @param options - `asOf`, optional `bands`, `filter`, `levels`, `top`
 * @returns the top node; each node's summary equals `mergeCompositions` of its children's
 * @example
 * ```ts
 * const county = rollUp(members, { asOf: '2021-10-28', top: '样例县' })
 * county.children.map((t) => [t.key, t.summary.count])  // per township
 * ```
 */
export function rollUp<M extends CompositionMember = RosterLike>(
  members: readonly M[],
  options: RollUpOptions<M>,
): RollUpNode {
  checkAsOf(options.asOf);
  const context = accumulatorContext(options.asOf, options.bands ?? DEFAULT_AGE_BANDS);
  const levels = (options.levels ?? DEFAULT_LEVELS) as ReadonlyArray<(member: M) => string>;
  const root: Building = {};
  const depth = levels.length;
  const lastKeys: (string | undefined)[] = new Array(depth).fill(undefined);
  let leaf: Building = root;
  for (const m of members) {
    if (options.filter && !options.filter(m)) continue;
    // Members usually come sorted by village: keep the last leaf while every level's key is the same.
    let same = leaf !== root || depth === 0;
    for (let i = 0; i < depth && same; i++) same = levels[i]!(m) === lastKeys[i];
    if (!same) {
      leaf = root;
      for (let i = 0; i < depth; i++) {
        const key = levels[i]!(m);
        lastKeys[i] = key;
        leaf.children ??= new Map();
        let child = leaf.children.get(key);
        if (!child) {
          child = {};
          leaf.children.set(key, child);
        }
        leaf = child;
      }
    }
    leaf.acc ??= new CompositionAccumulator(context);
    leaf.acc.add(m);
  }
  const empty = new CompositionAccumulator(context).toSummary();
  const finish = (key: string, node: Building): RollUpNode => {
    if (!node.children) return { key, summary: node.acc?.toSummary() ?? empty, children: [] };
    const children = [...node.children].map(([k, child]) => finish(k, child));
    return { key, summary: addSummaries(children.map((c) => c.summary)), children };
  };
  return finish(options.top ?? '全部', root);
}
