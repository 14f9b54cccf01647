// The stories as a static Storybook build serves them (`npm run build-storybook`): the build is made into a temporary
// folder, served over HTTP and every story opened in Chromium, as a reviewer browsing the published catalogue would.
// Each story must show its element with content and leave the console without errors. (The stories' `play`
// functions run as tests in the `storybook` vitest project.) Nothing here waits for time: each story is read once
// Storybook says it has finished (loaded, rendered and played) and its element has completed its update; the limits
// only guard against a hang, generously, since a busy 2-core machine is several times slower than an idle one.
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

/** How long building the catalogue, or opening one story, may take at most. */
const BUILD_LIMIT = 900_000;
const STORY_LIMIT = 120_000;

let out: string;
let server: Server;
let browser: Browser;
let origin: string;

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'huanjie-storybook-'));
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/storybook/dist/bin/dispatcher.js'), 'build', '-o', out, '--quiet'],
    { cwd: root, stdio: 'pipe', timeout: BUILD_LIMIT },
  );
}, BUILD_LIMIT + 20_000);

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
}, STORY_LIMIT);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  if (out) rmSync(out, { recursive: true, force: true });
});

describe('the static Storybook build', { timeout: 1_800_000 }, () => {
  it('shows every story with its element rendered and no console error', async () => {
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as {
      entries: Record<string, { id: string; type: string; title: string }>;
    };
    const stories = Object.values(index.entries).filter((e) => e.type === 'story');
    expect(stories.length).toBeGreaterThanOrEqual(8 * 4);
    const page = await browser.newPage();
    page.setDefaultTimeout(STORY_LIMIT);
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    const empty: string[] = [];
    for (const story of stories) {
      const before = errors.length;
      await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`);
      // Storybook's own account of the story: `finished` once loaders, render and play function have run (after an
      // error too), so that the play function's errors count for this story and not the next.
      const finished = await page
        .waitForFunction(
          (id) => {
            type Render = { id: string; phase?: string };
            const render = (window as { __STORYBOOK_PREVIEW__?: { currentRender?: Render } }).__STORYBOOK_PREVIEW__
              ?.currentRender;
            return render?.id === id && ['finished', 'aborted'].includes(render.phase ?? '');
          },
          story.id,
          { polling: 100 },
        )
        .then(() => true)
        .catch(() => false);
      const rendered =
        finished &&
        (await page.evaluate(async () => {
          const host = [...document.querySelectorAll('#storybook-root *')].find((e) => e.localName.startsWith('hj-'));
          await (host as { updateComplete?: Promise<unknown> } | undefined)?.updateComplete;
          return (host?.shadowRoot?.textContent ?? '').trim().length > 0;
        }));
      if (!rendered) empty.push(finished ? story.id : `${story.id} (not finished)`);
      for (const e of errors.slice(before)) errors[errors.indexOf(e)] = `${story.id}: ${e}`;
    }
    await page.close();
    expect(empty).toEqual([]);
    expect(errors).toEqual([]);
  });
});
