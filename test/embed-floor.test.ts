// The embed files run where offices' browsers are: a classic script opened from disk (file://, where a module
// cannot load), and nothing above Chromium 78's syntax or runtime (rollup.config.js's EMBED_FLOOR).
import { readFileSync } from 'node:fs';
import { parse, tokenizer } from 'acorn';
import { type Browser, chromium } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from './support/chromium.js';

const root = new URL('../', import.meta.url);
const EMBEDS = {
  module: 'packages/elements/dist/huanjie-elements.embed.min.js',
  classic: 'packages/elements/dist/huanjie-elements.embed.iife.min.js',
  // The chunks the module fetches when a workbook is chosen: the reader, and SheetJS.
  'workbook chunk': 'packages/elements/dist/huanjie-elements.embed.workbook.min.js',
  'SheetJS chunk': 'packages/elements/dist/huanjie-elements.embed.xlsx.min.js',
} as const;

/**
 * Syntax Chromium 78 cannot parse: ES2021 and later fail the parse at 2020; of ES2020, optional chaining and `??`
 * (Chromium 80) are the tokens it lacks (dynamic `import()`, `import.meta` and BigInt it has).
 */
function aboveFloor(source: string, sourceType: 'module' | 'script'): string[] {
  try {
    parse(source, { ecmaVersion: 2020, sourceType });
  } catch (e) {
    return [String(e)];
  }
  return [...tokenizer(source, { ecmaVersion: 2020, sourceType })]
    .filter((t) => t.type.label === '?.' || t.type.label === '??')
    .map((t) => `${t.type.label} at ${t.start}`);
}
const code = (file: string) => readFileSync(new URL(file, root), 'utf8');

// Runtime APIs newer than Chromium 78 that our code or a dependency could call, with the version each came in.
const ABOVE_FLOOR = {
  'Object.hasOwn': 93,
  structuredClone: 98,
  '.replaceChildren(': 86,
  '.replaceAll(': 85,
  'Promise.any': 85,
  '.findLast(': 97,
  '.findLastIndex(': 97,
  '.toSorted(': 110,
  'Object.groupBy': 117,
  'Intl.Segmenter': 87,
  WeakRef: 84,
} as const;

describe.each(Object.entries(EMBEDS))('the %s embed', (kind, file) => {
  it('uses no syntax above Chromium 78: no optional chaining, ??, private methods or class static blocks', () => {
    const sourceType = kind === 'classic' ? 'script' : 'module';
    expect(aboveFloor(code(file), sourceType)).toEqual([]);
    // The check itself can fail.
    expect(aboveFloor('a?.b ?? c', 'script')).toEqual(['?. at 1', '?? at 5']);
    expect(aboveFloor('class A { static { } }', 'script')).toHaveLength(1);
    expect(aboveFloor('import("./x.js")', 'module')).toEqual([]);
  });

  it('calls no runtime API above Chromium 78', () => {
    const text = code(file);
    expect(Object.keys(ABOVE_FLOOR).filter((api) => text.includes(api))).toEqual([]);
    // Array.prototype.at (Chromium 92) on a literal or a call's result, as `[…].at(-1)` was written.
    expect(text.match(/[\])]\.at\(/g) ?? []).toEqual([]);
  });
});

describe('the classic-script embed on a page opened from disk', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch(chromiumLaunchOptions);
  });
  afterAll(() => browser?.close());

  it('defines every element and exposes the built-in policies as `huanjie`', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(new URL('examples/classic/index.html', root).href);
    // The roster importer upgraded: its file field is in its shadow root (Playwright's locators pierce it).
    await page.locator('hj-roster-import input[type="file"]').waitFor();
    await page.locator('hj-pay-calculator input').first().waitFor();
    const seen = await page.evaluate(() => ({
      defined: ['hj-roster-import', 'hj-candidate-check', 'hj-campaign-map', 'hj-voter-register'].map(
        (tag) => customElements.get(tag) !== undefined,
      ),
      // The page's inline script gave the pay calculator the example policy from the global.
      policy: (document.getElementById('pay') as HTMLElement & { policy?: { id: string } }).policy?.id,
    }));
    expect(seen).toEqual({ defined: [true, true, true, true], policy: 'example-pay-2021' });
    expect(problems).toEqual([]);
  });
});
