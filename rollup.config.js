/**
 * Builds every package: ESM modules (one file per source module, so tree-shaking and `sideEffects` work) for
 * `@huanjie/core` and `@huanjie/elements`, and one self-contained, minified embed file with Lit, core and every
 * element for a single `<script type="module">` (with the workbook reader in a chunk beside it, loaded on demand). Type declarations come from `tsc` (see `npm run build:types`).
 */
import { chmodSync, readdirSync } from 'node:fs';
import commonjs from '@rollup/plugin-commonjs';
import inject from '@rollup/plugin-inject';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { transform } from 'esbuild';
import esbuild from 'rollup-plugin-esbuild';
import license from 'rollup-plugin-license';

/**
 * zod's own sources trip two harmless warnings (an internal import cycle and annotation comments); ours do not.
 * @type {import('rollup').WarningHandlerWithDefault}
 */
const onwarn = (warning, warn) => {
  const inDependency = (warning.id ?? warning.ids?.[0] ?? '').includes('node_modules');
  if (inDependency && (warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'INVALID_ANNOTATION')) return;
  warn(warning);
};

/**
 * The embed's browser floor: Chromium 78, the engine of many offices' domestic browsers (360, QQ and 信创 builds on
 * Chromium 78–86), and the first after form-associated custom elements (77). Syntax above it is lowered; runtime APIs
 * above it are replaced from `embed-floor.ts`. test/embed-floor.test.ts parses the files as ES2019.
 */
const EMBED_FLOOR = 'chrome78';
const EMBED_FLOOR_APIS = new URL('packages/elements/src/embed-floor.ts', import.meta.url).pathname;

/**
 * esbuild lowers a finished chunk's syntax to `target` (optional chaining, `??=`, private methods, static blocks),
 * keeping licence comments for terser.
 * @param {string} target
 * @returns {import('rollup').Plugin}
 */
const lowerSyntax = (target) => ({
  name: 'lower-syntax',
  async renderChunk(code) {
    const lowered = await transform(code, { target, sourcemap: true, legalComments: 'inline' });
    return { code: lowered.code, map: lowered.map };
  },
});

const typescript = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' });

/**
 * Dependencies stay imports in the package builds: the user's bundler resolves them once.
 * @param {string[]} deps
 */
const externalTo = (deps) => /** @param {string} id */ (id) =>
  deps.some((dep) => id === dep || id.startsWith(`${dep}/`));

/**
 * @param {string} pkg
 * @param {Record<string, string>} input
 * @param {string[]} deps
 * @returns {import('rollup').RollupOptions}
 */
const modules = (pkg, input, deps) => ({
  input,
  onwarn,
  external: externalTo(deps),
  output: {
    dir: `packages/${pkg}/dist`,
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: `packages/${pkg}/src`,
    sourcemap: true,
  },
  plugins: [typescript()],
});

const defines = Object.fromEntries(
  readdirSync('packages/elements/src/define')
    .filter((f) => f.endsWith('.ts'))
    .map((f) => [`define/${f.slice(0, -3)}`, `packages/elements/src/define/${f}`]),
);

/**
 * What the classic script has in place of the workbook reader and SheetJS: a script cannot fetch a chunk, and SheetJS
 * in every page would double it. A workbook dropped on <hj-roster-import> there gets the coded "save it as CSV" (the
 * element's answer when the reader cannot be loaded); SheetJS's stub only keeps any other path to it out of the file.
 */
/** @type {Record<string, string>} */
const CLASSIC_STUBS = {
  '@huanjie/core/workbook':
    'export const readRosterWorkbook = () => Promise.reject(new Error("the classic script reads no workbook"));',
  '@e965/xlsx':
    'const none = () => { throw new Error("the classic script reads no workbook"); };\nexport const read = none;\nexport const SSF = {};',
};

/**
 * The embed's build: every element defined, lowered to EMBED_FLOOR, licence comments kept. The module build
 * (the default) also writes the bundled packages' licences; the classic script bundles a subset of them.
 * @param {{ classic?: boolean }} [options]
 * @returns {import('rollup').RollupOptions}
 */
const embed = ({ classic = false } = {}) => ({
  input: 'packages/elements/src/embed.ts',
  onwarn,
  plugins: [
    classic && {
      name: 'classic-no-workbook',
      resolveId: (id) => (Object.hasOwn(CLASSIC_STUBS, id) ? `\0classic:${id}` : null),
      load: (id) => (id.startsWith('\0classic:') ? CLASSIC_STUBS[id.slice('\0classic:'.length)] : null),
    },
    nodeResolve({ browser: true, exportConditions: ['source'] }),
    commonjs(),
    typescript(),
    inject({
      modules: {
        'Object.hasOwn': [EMBED_FLOOR_APIS, 'hasOwn'],
        structuredClone: [EMBED_FLOOR_APIS, 'structuredClone'],
      },
    }),
    lowerSyntax(EMBED_FLOOR),
    // The embed carries other projects' code: their licence comments stay in it (`some`: `/*!`, `@license`,
    // `@preserve`), and every bundled package's licence text goes to dist/THIRD-PARTY-NOTICES.txt.
    !classic &&
      license({
        thirdParty: {
          output: {
            file: 'packages/elements/dist/THIRD-PARTY-NOTICES.txt',
            template: (dependencies) =>
              [
                'huanjie-elements.embed*.min.js 包含以下第三方软件 / bundle the following third-party software:',
                ...dependencies.filter((d) => !d.name?.startsWith('@huanjie/')).map((d) => d.text()),
              ].join('\n\n---\n\n'),
          },
          allow: { test: '(MIT OR ISC OR BSD-3-Clause OR BSD-2-Clause OR Apache-2.0)', failOnViolation: true },
        },
      }),
    terser({ format: { comments: 'some' }, ecma: 2019 }),
  ],
});

export default [
  modules(
    'core',
    {
      index: 'packages/core/src/index.ts',
      'synthetic/index': 'packages/core/src/synthetic/index.ts',
      'testing/index': 'packages/core/src/testing/index.ts',
      'workbook/index': 'packages/core/src/workbook/index.ts',
    },
    ['zod', 'papaparse', 'yaml', '@noble/hashes', '@e965/xlsx'],
  ),
  modules(
    'elements',
    {
      index: 'packages/elements/src/index.ts',
      'journal-store/journal-store': 'packages/elements/src/journal-store/journal-store.ts',
      ...defines,
    },
    ['lit', '@huanjie/core', 'd3-geo', 'idb'],
  ),
  {
    input: 'packages/cli/src/cli.ts',
    onwarn,
    external: /** @param {string} id */ (id) => id.startsWith('node:') || externalTo(['@huanjie/core', 'yaml'])(id),
    output: { file: 'packages/cli/dist/cli.js', format: 'es', banner: '#!/usr/bin/env node', sourcemap: true },
    plugins: [typescript(), { name: 'executable', writeBundle: () => chmodSync('packages/cli/dist/cli.js', 0o755) }],
  },
  // The NDJSON journal store, a library module of the CLI package (`@huanjie/cli/journal-store`): no side effects.
  {
    input: 'packages/cli/src/journalStore.ts',
    onwarn,
    external: /** @param {string} id */ (id) => id.startsWith('node:') || externalTo(['@huanjie/core'])(id),
    output: { file: 'packages/cli/dist/journalStore.js', format: 'es', sourcemap: true },
    plugins: [typescript()],
  },
  // The embed for pages without a bundler, as a module and as a classic script (a CMS that allows only
  // `<script src>`, a page opened from disk): every element defined; the module's exports (built-in policies …) are
  // the classic script's global `huanjie`. Both run in Chromium 78 and later (EMBED_FLOOR).
  {
    ...embed(),
    // The chunk imports what it shares with the embed from the embed file, never the other way round.
    preserveEntrySignatures: 'allow-extension',
    // One file, and beside it the workbook reader with SheetJS, which <hj-roster-import> fetches with import() only
    // when a workbook is chosen (without it there, a workbook gets the coded "save it as CSV").
    output: {
      dir: 'packages/elements/dist',
      entryFileNames: 'huanjie-elements.embed.min.js',
      chunkFileNames: /** @param {import('rollup').PreRenderedChunk} chunk */ (chunk) =>
        `huanjie-elements.embed.${chunk.name === 'index' ? 'workbook' : chunk.name}.min.js`,
      format: 'es',
      sourcemap: true,
    },
  },
  {
    ...embed({ classic: true }),
    output: {
      file: 'packages/elements/dist/huanjie-elements.embed.iife.min.js',
      format: 'iife',
      name: 'huanjie',
      // The stubs make import() of the workbook reader a function call in the one file.
      inlineDynamicImports: true,
      sourcemap: true,
    },
  },
];
