// The packages as npm would publish them: `npm publish --dry-run` lists every file an export, a bin or a
// `typesVersions` entry points at, and the tarballs, unpacked into a fresh project, type-check a strict TypeScript
// consumer under both `moduleResolution: NodeNext` and the older `node` (which knows no `exports` map).
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../', import.meta.url));
const PACKAGES = ['core', 'elements', 'cli'] as const;
const npm = (args: string[], cwd: string) =>
  execFileSync('npm', [...args, '--offline', '--json', '--loglevel=error'], { cwd, encoding: 'utf8' });

interface Packed {
  readonly name: string;
  readonly filename: string;
  readonly files: readonly { path: string }[];
}

/** Every file a manifest points at: exports (but `source`), `types`, `bin`, `typesVersions` (wildcards filled). */
function pointedAt(manifest: Record<string, unknown>, sample: string): string[] {
  const walk = (value: unknown): string[] =>
    typeof value === 'string'
      ? [value]
      : Object.entries((value ?? {}) as Record<string, unknown>)
          .filter(([condition]) => condition !== 'source')
          .flatMap(([, v]) => walk(v));
  const typesVersions = Object.values((manifest.typesVersions ?? {}) as Record<string, Record<string, string[]>>);
  return [
    ...walk(manifest.exports),
    ...walk(manifest.bin),
    ...(typeof manifest.types === 'string' ? [manifest.types] : []),
    ...typesVersions.flatMap((paths) => Object.values(paths).flat()),
  ]
    .map((target) => path.posix.normalize(target.replace('*', sample)))
    .filter((target) => !target.endsWith('package.json'));
}

describe.each(PACKAGES)('npm publish --dry-run @huanjie/%s', (name) => {
  const dir = path.join(root, 'packages', name);
  const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const published = JSON.parse(npm(['publish', '--dry-run'], dir))[`@huanjie/${name}`] as Packed;
  const files = new Set(published.files.map((f) => f.path));

  it('publishes publicly, with a README, a licence and where to report bugs', () => {
    expect(manifest.publishConfig).toEqual({ access: 'public' });
    expect(manifest.homepage).toMatch(/^https:/);
    expect(manifest.bugs.url).toMatch(/^https:/);
    expect([...files]).toEqual(expect.arrayContaining(['README.md', 'LICENSE', 'package.json']));
    expect(readFileSync(path.join(dir, 'README.md'), 'utf8')).toContain(`npm install @huanjie/${name}`);
  });

  it('ships every file its exports, types and bin point at, and no tests', () => {
    const sample = name === 'elements' ? 'roster-import' : '';
    const targets = pointedAt(manifest, sample).map((t) => (t.endsWith('/') ? t.slice(0, -1) : t));
    // Under typesVersions, `./dist/define/*` names a module without its extension, as the import is written.
    const shipped = (t: string) => [t, t.replace(/\.js$/, '.d.ts'), `${t}.d.ts`].some((f) => files.has(f));
    const missing = targets.filter((t) => !shipped(t));
    expect(missing).toEqual([]);
    expect([...files].filter((f) => /\.test\.ts$/.test(f))).toEqual([]);
  });
});

describe('the elements embed', () => {
  it('keeps the bundled libraries’ licence comments and ships their notices', () => {
    const embed = readFileSync(path.join(root, 'packages/elements/dist/huanjie-elements.embed.min.js'), 'utf8');
    // Lit's BSD-3-Clause notice, which terser used to strip.
    expect(embed).toMatch(/@license[\s\S]{0,80}Google LLC[\s\S]{0,80}BSD-3-Clause/);
    const notices = readFileSync(path.join(root, 'packages/elements/dist/THIRD-PARTY-NOTICES.txt'), 'utf8');
    for (const bundled of ['lit-html', 'lit-element', '@lit/reactive-element', 'zod', 'papaparse', 'd3-geo']) {
      expect(notices).toContain(`Name: ${bundled}\n`);
    }
    expect(notices).not.toContain('Name: @huanjie/');
    expect(notices).toContain('Permission is hereby granted'); // the MIT text itself, not only its name
  });
});

describe('the packed tarballs in a fresh TypeScript project', () => {
  // Inside the repository, so that the packages' own dependencies (lit, zod …) resolve from its node_modules; the
  // @huanjie packages resolve from the project's own node_modules, unpacked from the tarballs.
  mkdirSync(path.join(root, 'node_modules/.cache'), { recursive: true });
  const project = mkdtempSync(path.join(root, 'node_modules/.cache/huanjie-consumer-'));
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  const packed = JSON.parse(
    npm(['pack', '--pack-destination', project, ...PACKAGES.flatMap((p) => ['-w', `packages/${p}`])], root),
  ) as Packed[];
  for (const { name, filename } of packed) {
    const into = path.join(project, 'node_modules', name);
    mkdirSync(into, { recursive: true });
    execFileSync('tar', ['-xzf', path.join(project, filename), '-C', into, '--strip-components=1']);
  }
  copyFileSync(path.join(root, 'test/consumer/consumer.ts'), path.join(project, 'consumer.ts'));
  const tsc = path.join(root, 'node_modules/typescript/bin/tsc');

  it.each([
    ['NodeNext', { module: 'NodeNext', moduleResolution: 'NodeNext' }],
    // zod's own CommonJS declarations need `esModuleInterop` under `node`, as most such projects set it.
    ['node (node10)', { module: 'ESNext', moduleResolution: 'node', esModuleInterop: true }],
  ])('type-checks a strict consumer with moduleResolution %s', (_, resolution) => {
    const compilerOptions = {
      target: 'ES2022',
      lib: ['ES2023', 'DOM'],
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      types: [],
      ...resolution,
    };
    writeFileSync(path.join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['consumer.ts'] }));
    const check = spawnSync(process.execPath, [tsc, '-p', project], { cwd: project, encoding: 'utf8' });
    expect(check.stdout + check.stderr).toBe('');
    expect(check.status).toBe(0);
  });
});

describe('scripts/release.js', () => {
  it("sets the three versions and core's exact version, and dates the unreleased changes", () => {
    const copy = mkdtempSync(path.join(tmpdir(), 'huanjie-release-'));
    cpSync(path.join(root, 'CHANGELOG.md'), path.join(copy, 'CHANGELOG.md'));
    for (const p of PACKAGES)
      cpSync(path.join(root, 'packages', p, 'package.json'), path.join(copy, 'packages', p, 'package.json'));
    const release = (...args: string[]) =>
      spawnSync(process.execPath, [path.join(root, 'scripts/release.js'), ...args, '--root', copy], {
        encoding: 'utf8',
      });
    expect(release('0.2.0', '--date', '2027-01-15').status).toBe(0);
    const read = (p: string) => JSON.parse(readFileSync(path.join(copy, 'packages', p, 'package.json'), 'utf8'));
    expect(PACKAGES.map((p) => read(p).version)).toEqual(['0.2.0', '0.2.0', '0.2.0']);
    expect(read('elements').dependencies['@huanjie/core']).toBe('0.2.0');
    expect(read('cli').dependencies['@huanjie/core']).toBe('0.2.0');
    const changelog = readFileSync(path.join(copy, 'CHANGELOG.md'), 'utf8');
    expect(changelog).toMatch(/\n## Unreleased\n\n## 0\.2\.0 — 2027-01-15\n\n### Changed\n/);
    // The same version twice, or no version, is refused and changes nothing.
    expect(release('0.2.0', '--date', '2027-01-16').status).toBe(2);
    expect(release('two').status).toBe(2);
    expect(readFileSync(path.join(copy, 'CHANGELOG.md'), 'utf8')).toBe(changelog);
    rmSync(copy, { recursive: true, force: true });
  });
});
