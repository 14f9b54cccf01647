// The demo portal (`npm start`) as a newcomer opens it: served by Vite from the sources, loaded in Chromium with the
// console watched from the first line. Every element renders with the synthetic county's data, choosing a village
// on the risk board shows that village, a village's departure audit and voter list and the county's conversion and
// sign-off figures are core's over the same generated journal, a language switch reaches every element, and nothing
// errs.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  ACTOR_LEVELS,
  type CampaignEvent,
  type ConversionFigures,
  campaignStatus,
  departureAudits,
  type EventDraft,
  type EventOf,
  exampleCountyHardCriteria,
  mergeJournals,
  nationalBaseline,
  pendingSignoffs,
  reserveConversion,
  sealEvent,
  verifyJournal,
} from '@huanjie/core';
import {
  generateAudits,
  generateCampaign,
  generateCounty,
  generateNominations,
  generateVoterLists,
  SYNTHETIC_AUDIT_FINDINGS,
} from '@huanjie/core/synthetic';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright';
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
  'hj-audit-register',
];

// The journal the portal stores first, from the same generators: the campaign, nominations and sign-offs, departure
// audits and voter lists.
const county = generateCounty();
const campaign = generateCampaign(county.villages);
const initial: readonly CampaignEvent[] = mergeJournals(
  campaign.events,
  generateNominations(county.villages),
  generateAudits(county.villages, campaign.events),
  generateVoterLists(county.villages, campaign.events),
).events;

// Limits that only guard against a hang: Vite transforms the sources on the first request, which on a busy 2-core
// machine takes minutes rather than seconds. (`expect.poll` waits up to its limit in vitest.config.ts.)
const PATIENCE = 180_000;

let server: ViteDevServer;
let browser: Browser;
let page: Page;
let portalUrl: string;
const problems: string[] = [];

/** Opens the portal in a browser context (a clerk's browser profile) and waits until it has loaded. */
async function openPortal(context: BrowserContext): Promise<Page> {
  const tab = await context.newPage();
  tab.setDefaultTimeout(PATIENCE);
  tab.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  tab.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await tab.goto(portalUrl);
  await portalReady(tab);
  return tab;
}

const portalReady = (tab: Page) =>
  tab.waitForFunction(() => (window as { portalReady?: boolean }).portalReady === true, null, { timeout: PATIENCE });

beforeAll(async () => {
  server = await createServer({
    configFile: fileURLToPath(new URL('../examples/vite.config.js', import.meta.url)),
    server: { port: 0, host: '127.0.0.1' },
    logLevel: 'silent',
  });
  await server.listen();
  const address = server.httpServer?.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  portalUrl = `http://127.0.0.1:${port}/examples/portal/`;
  browser = await chromium.launch(chromiumLaunchOptions);
  page = await openPortal(await browser.newContext({ viewport: { width: 1280, height: 900 } }));
}, 2 * PATIENCE);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const shadowText = (tag: string, selector = '', tab = page) =>
  tab.evaluate(
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

  it('shows the chosen village’s departure audit with its open finding, and its voter list as recorded', async () => {
    // A village the generator leaves with a finding open past its deadline (不审计不换届, seed 004).
    const chosen = county.villages[SYNTHETIC_AUDIT_FINDINGS.open[0]]!;
    const register = departureAudits(initial, { asOf: '2021-10-20', policy: exampleCountyHardCriteria });
    const [audit] = register.villages.find((v) => v.village === chosen.code)!.audits;
    const open = audit!.findings.filter((f) => f.closed === null);
    expect(open).toHaveLength(1);
    const tile = (v: typeof chosen) =>
      page
        .locator('hj-campaign-map [part=group]')
        .filter({ has: page.locator('h3.township', { hasText: v.township }) })
        .locator('button[part=tile]')
        .filter({ has: page.locator('.name', { hasText: new RegExp(`^${v.name}$`) }) });
    await tile(chosen).click();
    await expect.poll(() => page.textContent('#village-name')).toBe(chosen.name);
    await expect
      .poll(() => shadowText('hj-audit-register', '[part=summary]'))
      .toBe(
        `审计 1 次；发现问题 ${audit!.findings.length} 个，已整改销号 ${audit!.findings.length - 1} 个，逾期未整改 1 个`,
      );
    const findings = await shadowText('hj-audit-register', '[part=findings]');
    expect(findings).toContain(open[0]!.summary);
    expect(findings).toContain('逾期未整改');

    const listOf = (code: string) =>
      initial.find((e): e is EventOf<'voterList'> => e.kind === 'voterList' && e.unit === code)!.data;
    const cells = () =>
      page.$$eval('#village-voters td[data-field]', (tds) =>
        Object.fromEntries(tds.map((td) => [(td as HTMLElement).dataset.field, td.textContent])),
      );
    const list = listOf(chosen.code);
    expect(await cells()).toEqual({
      publishedOn: list.publishedOn,
      electionDate: list.electionDate,
      registered: String(list.registered),
      resident: String(list.byCategory.resident),
      away: String(list.byCategory.away),
      newcomer: String(list.byCategory.newcomer),
      excluded: String(list.excluded),
      proxies: String(list.proxies),
    });
    expect(await page.textContent('#village-voters-posting')).toMatch(/^选举日前 \d+ 天公布，符合/);

    // A village late with its voter list (Art. 14: twenty days before): said so.
    const late = county.villages[3]!;
    await tile(late).click();
    await expect.poll(() => page.textContent('#village-name')).toBe(late.name);
    await expect.poll(() => cells()).toMatchObject({ publishedOn: listOf(late.code).publishedOn });
    expect(await page.textContent('#village-voters-posting')).toMatch(/^选举日前 18 天才公布，迟于法定期限/);
  });

  it('shows the county’s conversion figures and what waits for sign-off at each level, as core gives them', async () => {
    const conversion = reserveConversion(initial);
    const rowOf = (selector: string) => page.$$eval(`${selector} td`, (tds) => tds.map((td) => Number(td.textContent)));
    const figures = (f: ConversionFigures) => [
      f.entered,
      f.recommended,
      f.inspected,
      f.candidates,
      f.elected,
      f.electedTo.党组织,
      f.electedTo.村民委员会 + f.electedTo.居民委员会,
      f.secretaries,
      f.withdrawn,
    ];
    expect(await rowOf('#conversion tfoot tr')).toEqual(figures(conversion.total));
    // Seed 000's figures, in the synthetic county: a secretary for every village, reserves and returnees elected.
    expect(conversion.total.secretaries).toBe(197);
    const sources = Object.entries(conversion.bySource).filter(([, f]) => f.entered > 0);
    expect(await page.$$eval('#conversion tbody th', (ths) => ths.map((th) => th.textContent))).toEqual(
      sources.map(([source]) => source),
    );
    for (const [n, [source, f]] of sources.entries()) {
      expect(await rowOf(`#conversion tbody tr:nth-child(${n + 1})`), source).toEqual(figures(f));
    }
    for (const level of ACTOR_LEVELS) {
      const { pending } = pendingSignoffs(initial, { asOf: '2021-10-20', level });
      expect(await rowOf(`#signoffs tr[data-level="${level}"]`), level).toEqual([
        pending.length,
        pending.filter((p) => p.status === 'returned').length,
        Math.max(0, ...pending.map((p) => p.waited.days)),
      ]);
    }
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

describe("the portal's campaign journal, kept in IndexedDB", { timeout: 2 * PATIENCE }, () => {
  const received = initial.length;
  // 坡头 etc.: a village late with its voter list (generateCampaign), so not yet complete on 20 October.
  const village = campaign.villages[3]!;
  const recordedAt = '2021-10-20T09:00:00+08:00';
  const status = (tab: Page) => tab.textContent('#journal-status');
  const completed = async (tab: Page) =>
    Number(/已完成换届 (\d+) 个/.exec(await shadowText('hj-campaign-map', '[part=summary]', tab))?.[1]);
  let clerk: BrowserContext;
  let exported: string;

  it('keeps a stage recorded with the network off, and after a reload', async () => {
    const before = campaignStatus(initial, {
      asOf: '2021-10-20',
      policy: nationalBaseline,
      villages: campaign.villages,
    });
    expect(before.villages.find((v) => v.code === village.code)?.stage?.id).not.toBe('complete');
    clerk = await browser.newContext();
    const tab = await openPortal(clerk);
    await expect.poll(() => status(tab)).toContain(`本机保存纪实 ${received} 条，涉及 197 个村（社区）`);
    const done = await completed(tab);
    expect(done).toBe(before.villages.filter((v) => v.stage?.id === 'complete').length);

    await clerk.setOffline(true);
    await tab.selectOption('#journal-unit', village.code);
    await tab.selectOption('#journal-stage', 'complete');
    await tab.fill('#journal-at', '2021-10-20T09:00');
    await tab.fill('#journal-actor', '李某');
    await tab.click('#journal-record button[type=submit]');
    await expect.poll(() => status(tab)).toContain(`本机保存纪实 ${received + 1} 条`);
    // The map and the progress board follow the journal: one more village has completed its re-election.
    await expect.poll(() => completed(tab)).toBe(done + 1);

    await clerk.setOffline(false);
    await tab.reload();
    await portalReady(tab);
    await expect.poll(() => status(tab)).toContain(`本机保存纪实 ${received + 1} 条`);
    expect(await completed(tab)).toBe(done + 1);

    const [download] = await Promise.all([tab.waitForEvent('download'), tab.click('#journal-export')]);
    expect(download.suggestedFilename()).toMatch(/^换届纪实-\d{4}-\d{2}-\d{2}\.ndjson$/);
    exported = readFileSync((await download.path()) as string, 'utf8');
    const check = verifyJournal(exported);
    expect(check).toMatchObject({ ok: true, problems: [] });
    expect(check.events).toHaveLength(received + 1);
    expect(check.events.filter((e) => e.at === recordedAt && e.unit === village.code)).toMatchObject([
      { kind: 'stage', data: { stage: 'complete' }, actor: { name: '李某', level: '乡镇' } },
    ]);
  });

  it('imports the exported file in a fresh browser and merges a second township’s file, naming bad lines', async () => {
    const other = campaign.villages.filter((v) => v.township !== village.township).slice(0, 2);
    const actor = { name: '赵某', role: '乡镇组织委员', level: '乡镇' } as const;
    const stage = (unit: string, at: string, id: string) =>
      sealEvent({ at, unit, actor, kind: 'stage', data: { stage: id } } satisfies EventDraft);
    const edited = {
      ...stage(other[0]!.code, '2021-10-20T16:00:00+08:00', 'handover'),
      at: '2021-10-19T16:00:00+08:00',
    };
    const second = [
      JSON.stringify(stage(other[0]!.code, '2021-10-20T15:00:00+08:00', 'supervision-and-representatives')),
      JSON.stringify(stage(other[1]!.code, '2021-10-20T15:30:00+08:00', 'handover')),
      // Recorded by the other township for the same village at the same instant, saying something else: a conflict.
      JSON.stringify(stage(village.code, recordedAt, 'handover')),
      '{"kind":"stage","unit":"529901101001"}',
      JSON.stringify(edited),
    ].join('\n');

    const county = await browser.newContext();
    const tab = await openPortal(county);
    await expect.poll(() => status(tab)).toContain(`本机保存纪实 ${received} 条`);
    await tab.setInputFiles('#journal-import', [
      { name: '甲乡镇.ndjson', mimeType: 'application/x-ndjson', buffer: Buffer.from(exported) },
      { name: '乙乡镇.ndjson', mimeType: 'application/x-ndjson', buffer: Buffer.from(`${second}\n`) },
    ]);
    await expect.poll(() => status(tab)).toContain(`本机保存纪实 ${received + 4} 条`);
    const reports = await tab.locator('#journal-reports > li').allTextContents();
    expect(reports[0]).toBe(`甲乡镇.ndjson：新增 1 条，已有 ${received} 条。`);
    // The fourth line lacks four fields, the fifth was edited after it was recorded: both named, the rest kept.
    expect(reports[1]).toMatch(/^乙乡镇\.ndjson：新增 3 条，已有 0 条，未采用 2 条：/);
    const lines = await tab.locator('#journal-reports > li:nth-child(2) li').allTextContents();
    expect(lines.filter((l) => l.startsWith('#4 '))).toHaveLength(4);
    expect(lines.filter((l) => l.startsWith('#5 '))).toEqual([expect.stringMatching(/改动/)]);
    const conflicts = await tab.textContent('#journal-conflicts');
    expect(conflicts).toContain('1 处冲突');
    expect(conflicts).toContain(`${village.name} ${recordedAt}`);

    await tab.reload();
    await portalReady(tab);
    await expect.poll(() => status(tab)).toContain(`本机保存纪实 ${received + 4} 条`);
    await county.close();
    await clerk.close();
    expect(
      problems.filter((p) => !/Lit is in dev mode/.test(p)),
      problems.join('\n'),
    ).toEqual([]);
  });
});
