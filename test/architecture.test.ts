// The floor plan holds: inside each package no two folders import each other (directly or around a loop), core's
// folders import only down its floors, core imports neither elements nor the CLI, and elements and the CLI reach
// core only through its public entry points. A failure names the arrow and the file that draws it. See
// ARCHITECTURE.md for the floors.
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CORE_FLOORS } from './architecture/floors.js';
import { folderCycles, foreignArrows, importArrows, readSources, upwardArrows } from './architecture/importGraph.js';

const packageDir = (name: string) => fileURLToPath(new URL(`../packages/${name}/`, import.meta.url));
const manifest = (name: string) => JSON.parse(readFileSync(`${packageDir(name)}package.json`, 'utf8'));
const sources = (name: string) => readSources(`${packageDir(name)}src`);

/** Bare specifiers a package may import: its runtime dependencies (and their subpaths), and `node:` built-ins. */
function dependencyRule(name: string, options: { node: boolean }): (specifier: string) => boolean {
  const deps = Object.keys(manifest(name).dependencies ?? {}).filter((d) => d !== '@huanjie/core');
  const coreEntries = Object.keys(manifest('core').exports)
    .filter((entry) => entry !== './package.json')
    .map((entry) => (entry === '.' ? '@huanjie/core' : `@huanjie/core/${entry.slice(2)}`));
  return (specifier) =>
    (name !== 'core' && coreEntries.includes(specifier)) ||
    deps.some((d) => specifier === d || specifier.startsWith(`${d}/`)) ||
    (options.node && (specifier.startsWith('node:') || builtinModules.includes(specifier)));
}

describe('the floor plan', () => {
  const core = importArrows(sources('core'));

  it('core: no cycle between folders', () => {
    expect(folderCycles(core)).toEqual([]);
  });

  it('core: every folder imports only its own floor or the floors below', () => {
    expect(upwardArrows(core, CORE_FLOORS)).toEqual([]);
  });

  it('core: imports no other huanjie package, no Node built-in, only its own dependencies', () => {
    expect(foreignArrows(core, dependencyRule('core', { node: false }))).toEqual([]);
  });

  it.each(['elements', 'cli'])('%s: no cycle between folders; core only through its public entry points', (name) => {
    const arrows = importArrows(sources(name));
    expect(folderCycles(arrows)).toEqual([]);
    expect(foreignArrows(arrows, dependencyRule(name, { node: name === 'cli' }))).toEqual([]);
  });
});

describe('the floor-plan checks fail for the arrows they forbid', () => {
  const withLine = (file: string, line: string) => {
    const files = sources('core');
    files.set(file, `${line}\n${files.get(file) ?? ''}`);
    return importArrows(files);
  };

  it('names both arrows of a cycle put back between parameters and policy', () => {
    const arrows = withLine('parameters/valueAt.ts', "import type { Policy } from '../policy/policy.js';");
    const cycle = folderCycles(arrows).find((c) => c.startsWith('cycle parameters → policy'));
    expect(cycle).toContain("parameters → policy (parameters/valueAt.ts imports '../policy/policy.js')");
    expect(cycle).toMatch(/policy → parameters \(policy\/\w+\.ts imports '\.\.\/parameters\/\w+\.js'\)/);
    expect(upwardArrows(arrows, CORE_FLOORS)).toContain(
      "up a floor: parameters → policy (parameters/valueAt.ts imports '../policy/policy.js')",
    );
  });

  it('names a domain folder that reaches up to the built-in policies', () => {
    const arrows = withLine('pay/money.ts', "import { nationalBaseline } from '../policies/nationalBaseline.js';");
    expect(upwardArrows(arrows, CORE_FLOORS)).toContain(
      "up a floor: pay → policies (pay/money.ts imports '../policies/nationalBaseline.js')",
    );
  });

  it('names core importing elements, and an element reaching into core’s files', () => {
    const core = withLine('pay/money.ts', "import { HjPayCalculator } from '@huanjie/elements';");
    expect(foreignArrows(core, dependencyRule('core', { node: false }))).toEqual([
      "not allowed: pay → @huanjie/elements (pay/money.ts imports '@huanjie/elements')",
    ]);
    const elements = sources('elements');
    elements.set('form/peek.ts', "import { valueAt } from '../../core/src/parameters/valueAt.js';");
    elements.set('form/peek2.ts', "import { valueAt } from '@huanjie/core/src/parameters/valueAt.js';");
    expect(foreignArrows(importArrows(elements), dependencyRule('elements', { node: false }))).toEqual([
      "not allowed: form → ../core/src/parameters/valueAt.js (form/peek.ts imports '../../core/src/parameters/valueAt.js')",
      "not allowed: form → @huanjie/core/src/parameters/valueAt.js (form/peek2.ts imports '@huanjie/core/src/parameters/valueAt.js')",
    ]);
  });

  it('asks for a floor for a new folder', () => {
    const files = sources('core');
    files.set('registers/voterList.ts', "import { valueAt } from '../parameters/valueAt.js';");
    expect(upwardArrows(importArrows(files), CORE_FLOORS)).toContain(
      'registers has no floor: place it in the floor plan',
    );
  });
});
