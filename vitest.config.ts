/**
 * One vitest run for the whole repository: core and cross-package tests in Node, element tests in real headless
 * Chromium, and Storybook stories (their `play` functions) as browser tests. Benchmarks are a separate script (`npm run bench`).
 * Packages are imported by their public names and resolved to source through the `source` export condition.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';
import { chromiumLaunchOptions } from './test/support/chromium.js';

const root = path.dirname(fileURLToPath(import.meta.url));
const TIME_ZONES = ['Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Kiritimati'];

// A browser test's time limit: Chromium, Lit and axe-core share two cores with whatever else the machine is doing, and
// one axe-core run over a form took more than 15 s (Vitest's default in a browser) on a busy machine. The limit only
// guards against a hang; tests wait on conditions, never on time.
const BROWSER_TEST_TIMEOUT = 60_000;

const browser = (name: string) => ({
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions: chromiumLaunchOptions }),
  instances: [{ browser: 'chromium' as const, name }],
  screenshotFailures: false,
});

export default defineConfig({
  // The Vue example compiles its template in the page: Vue's build with the compiler (as examples/vite.config.js).
  resolve: { conditions: ['source', ...defaultClientConditions], alias: { vue: 'vue/dist/vue.esm-browser.prod.js' } },
  ssr: { resolve: { conditions: ['source', ...defaultServerConditions], externalConditions: ['source'] } },
  optimizeDeps: {
    include: [
      'lit',
      'lit/directives/class-map.js',
      'zod/mini',
      'papaparse',
      // Imported by core's workbook entry only when a workbook is read: prebundled, so no test reloads the page.
      '@e965/xlsx',
      'date-fns',
      'axe-core',
      'd3-geo',
      'idb',
      'vue',
    ],
  },
  test: {
    reporters: ['default', './test/support/summary-reporter.ts'],
    // Vitest's default in a run is one worker fewer than the cores: one worker on this project's two-core machines,
    // which ran every file in turn. Tests wait on conditions, not time, so two workers are safe and halve the wait.
    maxWorkers: 2,
    // `expect.poll` waits on a condition; its default second is too short on a busy machine (the limit is a guard).
    expect: { poll: { timeout: 30_000 } },
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          env: { TZ: 'UTC', HUANJIE_PROPERTY_RUNS: '10000' },
          setupFiles: ['./test/support/property-runs.ts'],
          testTimeout: 120_000,
          // Elements' pure modules (no DOM, no Lit) are tested in Node as `*.node.test.ts`.
          include: [
            'packages/core/src/**/*.test.ts',
            'packages/elements/src/**/*.node.test.ts',
            'packages/cli/src/**/*.test.ts',
            'test/**/*.test.ts',
            'examples/**/*.test.ts',
          ],
          exclude: ['test/browser/**'],
        },
      },
      // The same domain tests again in three more time zones (Node applies a TZ set at run time): results must not
      // depend on where the machine is. The packaging tests (builds, bundle sizes) run once, above.
      ...TIME_ZONES.map((tz) => ({
        extends: true as const,
        test: {
          name: `node TZ=${tz}`,
          environment: 'node' as const,
          env: { TZ: tz, HUANJIE_PROPERTY_RUNS: '1000' },
          setupFiles: ['./test/support/property-runs.ts'],
          testTimeout: 120_000,
          include: [
            'packages/core/src/**/*.test.ts',
            'examples/**/*.test.ts',
            'test/cli.test.ts',
            'test/timezone.test.ts',
          ],
        },
      })),
      {
        extends: true,
        test: {
          name: 'elements',
          include: ['packages/elements/src/**/*.test.ts', 'test/browser/**/*.test.ts'],
          exclude: ['packages/elements/src/**/*.node.test.ts'],
          testTimeout: BROWSER_TEST_TIMEOUT,
          browser: browser('elements (chromium)'),
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: path.join(root, '.storybook') })],
        test: { name: 'storybook', testTimeout: BROWSER_TEST_TIMEOUT, browser: browser('stories (chromium)') },
      },
      {
        extends: true,
        test: {
          name: 'bench',
          environment: 'node',
          include: [],
          benchmark: { include: ['packages/*/src/**/*.bench.ts', 'test/**/*.bench.ts'] },
        },
      },
    ],
  },
});
