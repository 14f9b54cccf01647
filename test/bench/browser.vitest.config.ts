/**
 * `npm run bench` (browser part): the element render timings in Chromium with Lit's production build (the test
 * projects use Lit's development build, which checks more and renders slower), as a portal would ship it.
 */
import { playwright } from '@vitest/browser-playwright';
import { defaultClientConditions } from 'vite';
import { defineConfig } from 'vitest/config';
import { chromiumLaunchOptions } from '../support/chromium.js';

const client = defaultClientConditions.filter((c) => !c.includes('development'));

export default defineConfig({
  root: new URL('../..', import.meta.url).pathname,
  resolve: { conditions: ['source', 'production', ...client] },
  // Lit unbundled, so that `resolve.conditions` (production) picks its build.
  optimizeDeps: {
    include: ['zod/mini', 'papaparse', 'd3-geo'],
    exclude: ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'],
  },
  test: {
    include: ['packages/elements/src/**/*.perf.test.ts'],
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({ launchOptions: chromiumLaunchOptions }),
      instances: [{ browser: 'chromium', name: 'bench (chromium, production Lit)' }],
      screenshotFailures: false,
    },
  },
});
