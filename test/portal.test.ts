// The demo portal (`npm start`) as a newcomer opens it: served by Vite from the sources, loaded in Chromium with the
// console watched from the first line. Every element renders with the synthetic county's data, choosing a village
// on the risk board shows that village, a language switch reaches every element, and nothing errs.
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from './support/chromium.js';

const ELEMENTS = [
  'hj-campaign-map',
  'hj-risk-board',
  'hj-progress-board',
  'hj-composition-chart',
  'hj-review-tracker',
  'hj-candidate-check',
  'hj-pay-calculator',
  'hj-election-tally',
  'hj-roster-import',
];

// Limits that only guard against a hang: Vite transforms the sources on the first request, which on a busy 2-core
// machine takes minutes rather than seconds. (`expect.poll` waits up to its limit in vitest.config.ts.)
const PATIENCE = 180_000;

let server: ViteDevServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  server = await createServer({
    configFile: fileURLToPath(new URL('../examples/vite.config.js', import.meta.url)),
    server: { port: 0, host: '127.0.0.1' },
    logLevel: 'silent',
  });
  await server.listen();
  const address = server.httpServer?.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  browser = await chromium.launch(chromiumLaunchOptions);
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(PATIENCE);
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.goto(`http://127.0.0.1:${port}/examples/portal/`);
  await page.waitForFunction(() => (window as { portalReady?: boolean }).portalReady === true, null, {
    timeout: PATIENCE,
  });
}, 2 * PATIENCE);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const shadowText = (tag: string, selector = '') =>
  page.evaluate(
    ([t, s]) => {
      const root = document.querySelector(t)?.shadowRoot;
      const node = s ? root?.querySelector(s) : root;
      return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
    },
    [tag, selector] as const,
  );

describe('the demo portal', { timeout: PATIENCE }, () => {
  it('renders every element with the synthetic county, and the console stays clean', async () => {
    for (const tag of ELEMENTS) {
      const text = await shadowText(tag);
      expect(text.length, `${tag} rendered`).toBeGreaterThan(40);
      expect(text, tag).not.toMatch(/NaN|undefined/);
    }
    expect(await shadowText('hj-roster-import', '[role=status]')).toContain('错误 0 处');
    expect(
      problems.filter((p) => !/Lit is in dev mode/.test(p)),
      problems.join('\n'),
    ).toEqual([]);
  });

  it('shows the village chosen on the risk board, with its team and candidates', async () => {
    const before = await page.textContent('#village-name');
    const tiles = page.locator('hj-risk-board button[part=tile]');
    expect(await tiles.count()).toBe(197);
    const tile = tiles.nth(5);
    const village = await tile.locator('.name').textContent();
    await tile.click();
    await expect.poll(() => page.textContent('#village-name')).toBe(village);
    expect(village).not.toBe(before);
    expect(await page.locator('#village-candidates li').count()).toBeGreaterThan(0);
    await page.locator('#village-candidates button').first().click();
    await expect.poll(() => shadowText('hj-candidate-check', '[role=status]')).not.toBe('');
  });

  it('shows the campaign map on 20 October 2021 with its late villages; a village chosen there is shown', async () => {
    const tiles = page.locator('hj-campaign-map button[part=tile]');
    expect(await tiles.count()).toBe(197);
    expect(await page.locator('hj-campaign-map button[part=tile].late').count()).toBe(3);
    expect(await shadowText('hj-campaign-map', '[part=summary]')).toContain('截至 2021-10-20，共 197 个村（社区）');
    const tile = tiles.nth(40);
    const village = await tile.locator('.name').textContent();
    await tile.click();
    await expect.poll(() => page.textContent('#village-name')).toBe(village);
    // The next day, replayed: the summary moves on.
    await page.locator('hj-campaign-map [data-step="1"]').click();
    await expect.poll(() => shadowText('hj-campaign-map', '[part=summary]')).toContain('截至 2021-10-21');
  });

  it('prints every element on A4 paper: nothing runs off the page sideways', async () => {
    // A4 is 210 mm wide; with 10 mm margins, 190 mm (718 CSS px) of it is printed on.
    const printable = Math.floor((190 / 25.4) * 96);
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: printable, height: 1000 });
    try {
      const overflow = await page.evaluate(
        ([tags, width]) =>
          (tags as string[]).flatMap((tag) => {
            const host = document.querySelector(tag) as HTMLElement;
            const spilled: string[] = [];
            const walk = (root: ShadowRoot) => {
              for (const el of root.querySelectorAll('*')) {
                const r = el.getBoundingClientRect();
                if (r.width > 0 && r.right > (width as number) + 1) spilled.push(`${tag} ${el.tagName} ${r.right}`);
                if (el.shadowRoot) walk(el.shadowRoot);
              }
            };
            if (host.getBoundingClientRect().right > (width as number) + 1) spilled.push(`${tag} itself`);
            walk(host.shadowRoot as ShadowRoot);
            return spilled.slice(0, 3);
          }),
        [ELEMENTS, printable] as const,
      );
      expect(overflow).toEqual([]);
      const pdf = await page.pdf({
        format: 'A4',
        margin: { top: '10mm', right: '10mm', bottom: '10mm', left: '10mm' },
      });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0).toBeGreaterThan(1);
    } finally {
      await page.emulateMedia({ media: 'screen' });
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it('switches every element to English from one select', async () => {
    await page.selectOption('#lang', 'en');
    await expect.poll(() => shadowText('hj-election-tally', 'h2')).toBe("Villagers' committee election: tally");
    expect(
      problems.filter((p) => !/Lit is in dev mode/.test(p)),
      problems.join('\n'),
    ).toEqual([]);
  });
});
