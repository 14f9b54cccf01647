// The IndexedDB journal store as a page uses it, in Chromium driven from outside: what a clerk records is still
// there after the page is reloaded, and in another tab of the same browser. (Vitest's browser mode runs a test inside
// the page, which cannot reload itself; this test serves the page with Vite and drives it with Playwright, as the
// portal test does.)
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../support/chromium.js';

let server: ViteDevServer;
let browser: Browser;
let page: Page;
let url: string;
const problems: string[] = [];

beforeAll(async () => {
  server = await createServer({
    configFile: fileURLToPath(new URL('../../examples/vite.config.js', import.meta.url)),
    server: { port: 0, host: '127.0.0.1' },
    logLevel: 'silent',
  });
  await server.listen();
  const address = server.httpServer?.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  url = `http://127.0.0.1:${port}/test/journal/page/`;
  browser = await chromium.launch(chromiumLaunchOptions);
  // One browser context: a profile whose storage its pages share, as a clerk's browser.
  page = await (await browser.newContext()).newPage();
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.goto(url);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const status = (p: Page) => p.textContent('#status');
const journal = (p: Page) => p.locator('#journal li').allTextContents();

async function record(unit: string, stage: string, at: string, count: number): Promise<void> {
  await page.fill('input[name=unit]', unit);
  await page.selectOption('select[name=stage]', stage);
  await page.fill('input[name=at]', at);
  await page.click('button');
  await expect.poll(() => status(page), { timeout: 20_000 }).toContain(`纪实 ${count} 条`);
}

describe('a journal kept in IndexedDB', { timeout: 60_000 }, () => {
  const recorded = [
    '2021-09-01T09:00:00+08:00 529901101001 preparation',
    '2021-09-01T10:30:00+08:00 529901101002 preparation',
    '2021-09-12T15:00:00+08:00 529901101001 departure-audit',
  ];

  it('keeps what a clerk recorded when the page is reloaded', async () => {
    await expect.poll(() => status(page), { timeout: 30_000 }).toBe('纪实 0 条，问题 0 处 / 0 events, 0 problems');
    await record('529901101001', 'departure-audit', '2021-09-12T15:00:00+08:00', 1);
    await record('529901101001', 'preparation', '2021-09-01T09:00:00+08:00', 2);
    await record('529901101002', 'preparation', '2021-09-01T10:30:00+08:00', 3);
    // Sent twice (a double click, a retry): stored once.
    await record('529901101002', 'preparation', '2021-09-01T10:30:00+08:00', 3);

    await page.reload();
    await expect.poll(() => status(page), { timeout: 30_000 }).toBe('纪实 3 条，问题 0 处 / 3 events, 0 problems');
    expect(await journal(page)).toEqual(recorded);
    expect(problems.filter((p) => !/Lit is in dev mode/.test(p))).toEqual([]);
  });

  it('shows the same journal in another tab of the same browser', async () => {
    const tab = await page.context().newPage();
    await tab.goto(url);
    await expect.poll(() => status(tab), { timeout: 30_000 }).toContain('纪实 3 条');
    expect(await journal(tab)).toEqual(recorded);
    await tab.close();
  });
});
