// Every element on one page served under a strict Content Security Policy, in Chromium: no CSP violation (zod's JIT
// included), no request beyond the page's own two files, no script or dialog from markup in the data, no storage
// written, ID numbers masked. Runs in Node: it serves the page itself to send the CSP header.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Browser, chromium, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../support/chromium.js';

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; " +
  "require-trusted-types-for 'script'";
const FILES: Record<string, [string, URL]> = {
  '/': ['text/html', new URL('./page/index.html', import.meta.url)],
  '/page.js': ['text/javascript', new URL('./page/page.js', import.meta.url)],
  '/embed.js': [
    'text/javascript',
    new URL('../../packages/elements/dist/huanjie-elements.embed.min.js', import.meta.url),
  ],
};

// Limits that only guard against a hang: on a busy 2-core machine loading and feeding eight elements takes a while.
const PATIENCE = 120_000;

let server: Server;
let browser: Browser;
let page: Page;
let origin: string;
const requests: string[] = [];
const dialogs: string[] = [];
const consoleErrors: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const file = FILES[req.url ?? ''];
    if (req.url === '/favicon.ico') {
      res.writeHead(204).end(); // the browser's own request, not the page's
      return;
    }
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': file[0], 'content-security-policy': CSP });
    res.end(readFileSync(file[1]));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch(chromiumLaunchOptions);
  page = await browser.newPage();
  page.setDefaultTimeout(PATIENCE);
  page.on('request', (r) => requests.push(r.url()));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  await page.goto(`${origin}/`);
  await page.waitForFunction(
    () => (window as { __ready?: boolean; __failed?: string }).__ready || (window as { __failed?: string }).__failed,
    null,
    { timeout: PATIENCE },
  );
}, 2 * PATIENCE);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

describe('every element under a strict CSP', { timeout: 2 * PATIENCE }, () => {
  it('loads and renders every element with no CSP violation and no error', async () => {
    expect(await page.evaluate(() => (window as { __failed?: string }).__failed)).toBeUndefined();
    // Typing markup into every text field of every element, as a user pasting it would.
    const fields = await page.locator('input:not([type]), input[type=text], textarea').elementHandles();
    expect(fields.length).toBeGreaterThan(5);
    for (const field of fields) {
      if ((await field.isVisible()) && (await field.isEditable()))
        await field.fill('<img src=x onerror="window.__xss=6">');
    }
    // Every element has rendered what was typed (Lit renders in microtasks), and a task later any violation the
    // rendering caused has been reported: the page's listener has seen it.
    await page.evaluate(async () => {
      const hosts = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('hj-'));
      await Promise.all(hosts.map((e) => (e as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete));
      await new Promise((r) => setTimeout(r));
    });
    expect(await page.evaluate(() => (window as { __violations?: string[] }).__violations)).toEqual([]);
    expect(consoleErrors, consoleErrors.join('\n')).toEqual([]);
    const rendered = await page.evaluate(() =>
      [
        'hj-roster-import',
        'hj-candidate-check',
        'hj-pay-calculator',
        'hj-election-tally',
        'hj-risk-board',
        'hj-composition-chart',
        'hj-review-tracker',
        'hj-progress-board',
        'hj-campaign-map',
      ].map((t) => (document.querySelector(t)?.shadowRoot?.textContent ?? '').length > 20),
    );
    expect(rendered).toEqual(Array(9).fill(true));
  });

  it('runs no script from the data and shows the markup as text', async () => {
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    const injected = await page.evaluate(() => {
      const all: Element[] = [];
      const walk = (root: Document | ShadowRoot) => {
        for (const el of root.querySelectorAll('*')) {
          all.push(el);
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
      return all.filter((el) => el.matches('img, svg[onload], [onerror], [onload]')).map((el) => el.outerHTML);
    });
    expect(injected).toEqual([]);
    const tally = await page.evaluate(() => document.querySelector('hj-election-tally')?.shadowRoot?.textContent ?? '');
    // The same markup typed as every candidate's name: the tally names the repeated name, as text.
    expect(tally).toContain('<img src=x onerror="window.__xss=6">');
  });

  it('asks nothing of the network beyond its own two files', () => {
    expect(requests.filter((url) => !url.startsWith(origin))).toEqual([]);
    expect([...new Set(requests.map((url) => new URL(url).pathname))].sort()).toEqual(['/', '/embed.js', '/page.js']);
  });

  it('writes nothing to localStorage, sessionStorage, cookies or IndexedDB', async () => {
    const stored = await page.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      cookie: document.cookie,
      databases: (await indexedDB.databases()).length,
    }));
    expect(stored).toEqual({ local: 0, session: 0, cookie: '', databases: 0 });
  });

  it('shows ID numbers masked', async () => {
    const text = await page.evaluate(() =>
      ['hj-roster-import', 'hj-candidate-check', 'hj-review-tracker'].map(
        (t) => document.querySelector(t)?.shadowRoot?.textContent ?? '',
      ),
    );
    for (const t of text) expect(t).not.toContain('11010519491231002X');
    const idField = await page.evaluate(
      () =>
        (
          document
            .querySelector('hj-candidate-check')
            ?.shadowRoot?.querySelector('input[autocomplete=off], input') as HTMLInputElement | null
        )?.value,
    );
    expect(idField ?? '').not.toContain('19491231');
  });
});
