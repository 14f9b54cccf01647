// The folder-level import graph of a package's sources, read with TypeScript's own pre-processor (static imports,
// re-exports, `import()` and type-only imports all count: a type import is still a dependency a reader must follow).
// Pure functions over a map of file texts, so the test can show a rule failing on a tree with one arrow added.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** One import, seen at folder level: `from` folder imports `to` (a folder, a path outside `src`, or a package). */
export interface Arrow {
  readonly from: string;
  readonly to: string;
  readonly kind: 'folder' | 'outside' | 'package';
  readonly file: string;
  readonly specifier: string;
}

/** Files of a package's `src`, by path relative to it (`policy/schema.ts`), tests, stories and benchmarks left out. */
export function readSources(srcDir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (
        /\.(ts|js)$/.test(entry.name) &&
        !/\.(test|bench|stories)\.ts$/.test(entry.name) &&
        !/\.d\.ts$/.test(entry.name)
      )
        files.set(path.relative(srcDir, full).split(path.sep).join('/'), readFileSync(full, 'utf8'));
    }
  };
  walk(srcDir);
  return files;
}

/** The folder a source file belongs to: its first path segment; a file at the top of `src` stands for itself. */
export function folderOf(file: string): string {
  const slash = file.indexOf('/');
  return slash === -1 ? file : file.slice(0, slash);
}

/**
 * Every import of the sources as an arrow between folders. A relative import that leaves `src` is an arrow to
 * `../<path>`; a bare import (`@huanjie/core/testing`, `lit`) is an arrow to the package specifier itself.
 */
export function importArrows(files: ReadonlyMap<string, string>): Arrow[] {
  const arrows: Arrow[] = [];
  for (const [file, text] of files) {
    for (const { fileName: specifier } of ts.preProcessFile(text, true, true).importedFiles) {
      const from = folderOf(file);
      if (!specifier.startsWith('.')) {
        arrows.push({ from, to: specifier, kind: 'package', file, specifier });
        continue;
      }
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
      if (target.startsWith('../')) arrows.push({ from, to: target, kind: 'outside', file, specifier });
      else arrows.push({ from, to: folderOf(target), kind: 'folder', file, specifier });
    }
  }
  return arrows;
}

const describeArrow = (a: Arrow) => `${a.from} → ${a.to} (${a.file} imports '${a.specifier}')`;

/**
 * The cycles between folders, each told as the arrows that close it, with the file that draws each. The strongly
 * connected components of the folder graph (Tarjan), and in each the shortest cycle through every one of its folders.
 */
export function folderCycles(arrows: readonly Arrow[]): string[] {
  const between = arrows.filter((a) => a.kind === 'folder' && a.from !== a.to);
  const next = new Map<string, Map<string, Arrow>>();
  for (const a of between) {
    const out = next.get(a.from) ?? new Map<string, Arrow>();
    if (!out.has(a.to)) out.set(a.to, a);
    next.set(a.from, out);
  }
  const nodes = [...new Set(between.flatMap((a) => [a.from, a.to]))].sort();
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const connect = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v) as number);
    stack.push(v);
    onStack.add(v);
    for (const w of (next.get(v) ?? new Map()).keys()) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) as number, index.get(w) as number));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string | undefined;
      do {
        w = stack.pop() as string;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) components.push(component.sort());
    }
  };
  for (const v of nodes) if (!index.has(v)) connect(v);
  // Within each component, the shortest cycle through each of its folders (breadth-first), each told once.
  const told = new Set<string>();
  const cycles: string[] = [];
  for (const component of components) {
    const inside = new Set(component);
    for (const start of component) {
      const via = new Map<string, Arrow>();
      const queue = [start];
      while (queue.length > 0 && !via.has(start)) {
        const v = queue.shift() as string;
        for (const [w, arrow] of next.get(v) ?? new Map<string, Arrow>()) {
          if (!inside.has(w) || via.has(w)) continue;
          via.set(w, arrow);
          queue.push(w);
        }
      }
      const cycle: Arrow[] = [];
      for (let v = start; cycle.length === 0 || v !== start; v = (cycle[0] as Arrow).from)
        cycle.unshift(via.get(v) as Arrow);
      const key = cycle
        .map((a) => `${a.from}>${a.to}`)
        .sort()
        .join(' ');
      if (told.has(key)) continue;
      told.add(key);
      cycles.push(
        `cycle ${[...cycle.map((a) => a.from), start].join(' → ')}:\n  ${cycle.map(describeArrow).join('\n  ')}`,
      );
    }
  }
  return cycles;
}

/**
 * Arrows that point up the floors: from a folder on one floor to a folder on a higher one. Every folder must have a
 * floor, so a new folder is placed on purpose.
 */
export function upwardArrows(arrows: readonly Arrow[], floors: readonly (readonly string[])[]): string[] {
  const floorOf = new Map(floors.flatMap((folders, i) => folders.map((f) => [f, i] as const)));
  const problems: string[] = [];
  for (const folder of new Set(arrows.map((a) => a.from)))
    if (!floorOf.has(folder)) problems.push(`${folder} has no floor: place it in the floor plan`);
  for (const a of arrows) {
    const from = floorOf.get(a.from);
    const to = a.kind === 'folder' ? floorOf.get(a.to) : undefined;
    if (from !== undefined && to !== undefined && to > from) problems.push(`up a floor: ${describeArrow(a)}`);
  }
  return problems;
}

/** Arrows that leave the package's `src` by a relative path, or reach a package that `allowed` does not let in. */
export function foreignArrows(arrows: readonly Arrow[], allowed: (specifier: string) => boolean): string[] {
  return arrows
    .filter((a) => a.kind === 'outside' || (a.kind === 'package' && !allowed(a.to)))
    .map((a) => `not allowed: ${describeArrow(a)}`);
}
