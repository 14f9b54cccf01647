// @ts-nocheck -- benchmark helpers run by node.
// Timing for the benchmark scripts: warm-up runs, then the median of timed runs, each after a full garbage
// collection (node --expose-gc) so that a major GC of a 1M-object heap lands on no one.
const collect = globalThis.gc ?? (() => {});

export function median(times) {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export function time(fn, runs = 11, warmup = 3) {
  for (let i = 0; i < warmup; i++) fn();
  const times = [];
  let result;
  for (let i = 0; i < runs; i++) {
    collect();
    const t0 = performance.now();
    result = fn();
    times.push(performance.now() - t0);
  }
  return { ms: median(times), result };
}

/**
 * Times several implementations of one workload in turns — a run of each, then the next round — so that a change in
 * the machine's load (other jobs on a shared machine) falls on all of them alike. Medians per implementation.
 */
export function timeInTurns(fns, runs = 11, warmup = 3) {
  for (let i = 0; i < warmup; i++) for (const fn of fns) fn();
  const times = fns.map(() => []);
  const results = [];
  for (let i = 0; i < runs; i++) {
    for (const [k, fn] of fns.entries()) {
      collect();
      const t0 = performance.now();
      results[k] = fn();
      times[k].push(performance.now() - t0);
    }
  }
  return fns.map((_, k) => ({ ms: median(times[k]), result: results[k] }));
}
