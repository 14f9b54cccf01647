// The stories as a static Storybook build serves them (`npm run build-storybook`): the build is made into a temporary
// folder, served over HTTP and every story opened in Chromium, as a reviewer browsing the published catalogue would.
// Each story must show its element with content and leave the console without errors. (The stories' `play`
// functions run as tests in the `storybook` vitest project.)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from './support/chromium.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

let out: string;
let server: Server;
let browser: Browser;
let origin: string;

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'huanjie-storybook-'));
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/storybook/dist/bin/dispatcher.js'), 'build', '-o', out, '--quiet'],
    { cwd: root, stdio: 'pipe', timeout: 300_000 },
  );
}, 320_000);

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/favicon.ico') {
      res.writeHead(204).end(); // the browser's own request, not the page's
      return;
    }
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^([/\\])+/, '');
    try {
      const body = readFileSync(join(out, path || 'index.html'));
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch(chromiumLaunchOptions);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  if (out) rmSync(out, { recursive: true, force: true });
});

describe('the static Storybook build', { timeout: 600_000 }, () => {
  it('shows every story with its element rendered and no console error', async () => {
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as {
      entries: Record<string, { id: string; type: string; title: string }>;
    };
    const stories = Object.values(index.entries).filter((e) => e.type === 'story');
    expect(stories.length).toBeGreaterThanOrEqual(8 * 4);
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    const empty: string[] = [];
    for (const story of stories) {
      const before = errors.length;
      await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`);
      const rendered = await page
        .waitForFunction(
          () => {
            const host = [...document.querySelectorAll('#storybook-root *')].find((e) => e.localName.startsWith('hj-'));
            return (host?.shadowRoot?.textContent ?? '').trim().length > 0;
          },
          null,
          { timeout: 15_000 },
        )
        .then(() => true)
        .catch(() => false);
      if (!rendered) empty.push(story.id);
      // A story's play function may still be running: let it finish before the next page, so its errors count here.
      await page.waitForTimeout(100);
      for (const e of errors.slice(before)) errors[errors.indexOf(e)] = `${story.id}: ${e}`;
    }
    await page.close();
    expect(empty).toEqual([]);
    expect(errors).toEqual([]);
  });
});
