/**
 * Builds every package: ESM modules (one file per source module, so tree-shaking and `sideEffects` work) for
 * `@huanjie/core` and `@huanjie/elements`, and one self-contained, minified embed file with Lit, core and every
 * element for a single `<script type="module">` (with the workbook reader in a chunk beside it, loaded on demand). Type declarations come from `tsc` (see `npm run build:types`).
 */
import { chmodSync, readdirSync } from 'node:fs';
import commonjs from '@rollup/plugin-commonjs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

/**
 * zod's own sources trip two harmless warnings (an internal import cycle and annotation comments); ours do not.
 * @type {import('rollup').WarningHandlerWithDefault}
 */
const onwarn = (warning, warn) => {
  const inDependency = (warning.id ?? warning.ids?.[0] ?? '').includes('node_modules');
  if (inDependency && (warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'INVALID_ANNOTATION')) return;
  warn(warning);
};

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
  {
    input: 'packages/elements/src/embed.ts',
    onwarn,
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
    plugins: [
      nodeResolve({ browser: true, exportConditions: ['source'] }),
      commonjs(),
      typescript(),
      terser({ format: { comments: false }, ecma: 2020 }),
    ],
  },
];
