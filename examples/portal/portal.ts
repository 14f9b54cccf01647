// The demo portal: a county party-building site embedding every huanjie element over the synthetic county, wired
// together — choosing a village on the campaign map or the risk board shows its team's composition, its candidates,
// its departure audit and its voter list, and a candidate chosen there is checked in the candidate form; the county's
// conversion figures and what waits for sign-off follow the journal. Everything is computed in the page by
// @huanjie/core.
import '@huanjie/elements/define/audit-register.js';
import '@huanjie/elements/define/campaign-map.js';
import '@huanjie/elements/define/candidate-check.js';
import '@huanjie/elements/define/composition-chart.js';
import '@huanjie/elements/define/election-tally.js';
import '@huanjie/elements/define/pay-calculator.js';
import '@huanjie/elements/define/progress-board.js';
import '@huanjie/elements/define/review-tracker.js';
import '@huanjie/elements/define/risk-board.js';
import '@huanjie/elements/define/roster-import.js';
import {
  ACTOR_LEVELS,
  type AuditRegister,
  type CampaignEvent,
  type Candidate,
  type ConversionFigures,
  campaignStatus,
  checkVoterRegister,
  departureAudits,
  type EventOf,
  exampleCountyHardCriteria,
  examplePay2021,
  exampleTaskTemplate,
  mergeJournals,
  nationalBaseline,
  pendingSignoffs,
  type QualificationReview,
  reserveConversion,
  type TaskRecord,
  taskProgress,
} from '@huanjie/core';
import {
  generateAudits,
  generateCampaign,
  generateCounty,
  generateNominations,
  generateVoterLists,
} from '@huanjie/core/synthetic';
import { startPortalJournal } from './journal.js';

const county = generateCounty();
// The county's 2021 campaign journal (换届纪实) as first received: every village's stages, elections and incidents,
// day by day. The page keeps it in IndexedDB with what is recorded or merged here (journal.ts).
const campaign = generateCampaign(county.villages);
// With it, the registers the campaign runs on: people's paths and sign-offs, departure audits, voter lists.
const initial = mergeJournals(
  campaign.events,
  generateNominations(county.villages),
  generateAudits(county.villages, campaign.events),
  generateVoterLists(county.villages, campaign.events),
).events;
// The day the page looks at the campaign (the map, the progress board, the audits, what waits for sign-off).
const AS_OF = '2021-10-20';
const $ = <T extends Element>(selector: string) => document.querySelector(selector) as T;
const townshipOf = new Map(county.villages.map((v) => [v.code, v.township]));
const nameOf = new Map(county.villages.map((v) => [v.code, v.name]));
// The risk board names a village and its township; the campaign map gives its code too. Names repeat across townships.
const codeOf = new Map(county.villages.map((v) => [`${v.township}\u0000${v.name}`, v.code]));

// The portal's own words (the elements bring theirs), in the page's languages.
const MESSAGES = {
  'zh-CN': {
    check: (name: string, seat: string) => `${name}（${seat}）审查资格`,
    posted: (days: number, latest: string) => `选举日前 ${days} 天公布，符合“至少提前二十日”（最迟 ${latest}）。`,
    late: (days: number, latest: string) => `选举日前 ${days} 天才公布，迟于法定期限（最迟应于 ${latest} 公布）。`,
    noList: '换届纪实中尚无该村的选民名单。',
  },
  'zh-TW': {
    check: (name: string, seat: string) => `${name}（${seat}）審查資格`,
    posted: (days: number, latest: string) => `選舉日前 ${days} 天公布，符合「至少提前二十日」（最遲 ${latest}）。`,
    late: (days: number, latest: string) => `選舉日前 ${days} 天才公布，遲於法定期限（最遲應於 ${latest} 公布）。`,
    noList: '換屆紀實中尚無該村的選民名單。',
  },
  en: {
    check: (name: string, seat: string) => `Check ${name} (${seat})`,
    posted: (days: number, latest: string) => `Posted ${days} days before the election, in time (by ${latest}).`,
    late: (days: number, latest: string) => `Posted only ${days} days before the election: late (due by ${latest}).`,
    noList: 'The journal has no voter list for this village yet.',
  },
};
const messages = () => MESSAGES[document.documentElement.lang as keyof typeof MESSAGES] ?? MESSAGES['zh-CN'];

// Language: the whole page follows one `lang`, and every element with it (and the journal section, once loaded).
let rewriteJournal = () => {};
$<HTMLSelectElement>('#lang').addEventListener('change', (e) => {
  document.documentElement.lang = (e.target as HTMLSelectElement).value;
  showVillage(shownVillage);
  rewriteJournal();
});

// The journal as this browser keeps it, and the departure audits read from it (the example county's rule: two
// postings of five days; open 较大 and 重大 findings hold the election up — seed 004).
let journal: readonly CampaignEvent[] = initial;
let audits: AuditRegister = departureAudits(journal, { asOf: AS_OF, policy: exampleCountyHardCriteria });

/** Fills a table row's cells after its header cell with the figures given. */
function fillRow(row: HTMLTableRowElement, figures: readonly (number | string)[]): void {
  row.replaceChildren(
    row.cells[0]!,
    ...figures.map((n) => {
      const cell = document.createElement('td');
      cell.textContent = String(n);
      return cell;
    }),
  );
}

// The county's registers from the journal: where the new committees came from (reserveConversion, over the whole
// journal) and what waits for sign-off at each level on the page's day (pendingSignoffs).
function showRegisters(): void {
  const conversion = reserveConversion(journal);
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
  $('#conversion tbody').replaceChildren(
    ...Object.entries(conversion.bySource)
      .filter(([, f]) => f.entered > 0)
      .map(([source, f]) => {
        const row = document.createElement('tr');
        const head = document.createElement('th');
        head.scope = 'row';
        head.textContent = source;
        row.append(head);
        fillRow(row, figures(f));
        return row;
      }),
  );
  fillRow($<HTMLTableRowElement>('#conversion tfoot tr'), figures(conversion.total));
  for (const level of ACTOR_LEVELS) {
    const { pending } = pendingSignoffs(journal, { asOf: AS_OF, level });
    fillRow($<HTMLTableRowElement>(`#signoffs tr[data-level="${level}"]`), [
      pending.length,
      pending.filter((p) => p.status === 'returned').length,
      Math.max(0, ...pending.map((p) => p.waited.days)),
    ]);
  }
}

// 一屏掌控: every village by the stage of its re-election on 20 October 2021 (a few late with their voter list,
// replayable day by day), coloured by the seven-indicator example model (seed 004), and the campaign's progress.
// The map and the progress board follow the journal kept in this browser as it grows.
const journalShown = startPortalJournal({
  initial,
  villages: campaign.villages,
  policy: nationalBaseline,
  language: () => document.documentElement.lang,
  onChange: (events) => {
    Object.assign($('#campaign'), { events, villages: campaign.villages });
    Object.assign($('#progress'), {
      campaign: campaignStatus(events, { asOf: AS_OF, policy: nationalBaseline, villages: campaign.villages }),
    });
    journal = events;
    audits = departureAudits(journal, { asOf: AS_OF, policy: exampleCountyHardCriteria });
    showRegisters();
    showVillage(shownVillage);
  },
});
Object.assign($('#risk'), {
  villages: county.riskIndicators.map((r) => ({
    village: nameOf.get(r.villageCode) ?? r.villageCode,
    township: townshipOf.get(r.villageCode),
    values: r.values,
  })),
});
// Task progress eight days before the election: the further down the list a village is, the less it has done.
const template = exampleTaskTemplate;
const records: TaskRecord[] = county.villages.map((v, i) => ({
  unit: v.name,
  township: v.township,
  level: 'village',
  electionDate: '2021-10-28',
  done: Object.fromEntries(
    template.tasks
      .filter((t) => t.level === 'village')
      .slice(0, Math.max(0, 14 - (i % 9)))
      .map((t) => [t.id, '2021-10-01']),
  ),
}));
// Elections held and first-vote success come from core's summary of the journal on the same day (above).
Object.assign($('#progress'), { progress: taskProgress(template, records, { asOf: '2021-10-20' }) });

// The chosen village: its team now and last term, its candidates, its departure audit and its voter list.
const candidatesOf = (village: string) => county.candidates.filter((c) => c.village === village);
let shownVillage: { name: string; code: string | undefined } = {
  name: county.villages[0]!.name,
  code: county.villages[0]!.code,
};
function showVillage({ name: village, code }: { name: string; code: string | undefined }): void {
  shownVillage = { name: village, code };
  const t = messages();
  $('#village-name').textContent = village;
  Object.assign($('#village-audit'), {
    village,
    audits: audits.villages.find((v) => v.village === code)?.audits ?? [],
  });
  showVoterList(code);
  Object.assign($('#village-chart'), {
    previous: county.terms.previous.members.filter((m) => m.village === village),
    current: county.terms.current.members.filter((m) => m.village === village),
  });
  const list = $('#village-candidates');
  list.replaceChildren(
    ...candidatesOf(village).map((c) => {
      const li = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = t.check(c.name, `${c.organization ?? ''}${c.post ?? ''}`);
      button.addEventListener('click', () => {
        $<HTMLElement & { candidate: Partial<Candidate> }>('#candidate').candidate = c;
        $('#forms').scrollIntoView();
      });
      li.append(button);
      return li;
    }),
  );
}

// The village's voter list as its `voterList` event records it (the latest counting one), its posting judged by
// core against Art. 14's twenty days.
function showVoterList(code: string | undefined): void {
  const t = messages();
  const list = journal
    .filter((e): e is EventOf<'voterList'> => e.kind === 'voterList' && e.unit === code)
    .filter((e, _, all) => !all.some((other) => other.corrects === e.id))
    .at(-1);
  const cells = document.querySelectorAll<HTMLTableCellElement>('#village-voters td[data-field]');
  const posting = $('#village-voters-posting');
  if (!list) {
    for (const cell of cells) cell.textContent = '—';
    posting.textContent = t.noList;
    return;
  }
  const { data } = list;
  const { publishedOn, electionDate, registered, excluded, proxies } = data;
  const values: Record<string, string | number> = {
    publishedOn,
    electionDate,
    registered,
    ...data.byCategory,
    excluded,
    proxies,
  };
  for (const cell of cells) cell.textContent = String(values[cell.dataset.field!] ?? '—');
  const check = checkVoterRegister([], {
    electionDate: data.electionDate,
    publishedOn: data.publishedOn,
    policy: nationalBaseline,
  });
  const late = check.problems.some((p) => p.code === 'TIMELINE_VOTER_LIST_LATE');
  const days = Math.round((Date.parse(data.electionDate) - Date.parse(data.publishedOn)) / 86_400_000);
  posting.textContent = (late ? t.late : t.posted)(days, check.deadlines.latestPosting);
  posting.className = late ? 'late' : '';
}

for (const board of ['#risk', '#campaign']) {
  $<HTMLElement>(board).addEventListener('hj-village-select', (e) => {
    const { village, township, code } = e.detail;
    showVillage({ name: village, code: code ?? codeOf.get(`${township}\u0000${village}`) });
  });
}
showVillage(shownVillage);

// The whole county: previous and current terms.
Object.assign($('#county-chart'), {
  previous: county.terms.previous.members,
  current: county.terms.current.members,
});

// Joint reviews in progress: some answered, some pending, one urgent and overdue.
const departments = exampleCountyHardCriteria.review?.departments.map((d) => d.id) ?? [];
const reviews: (QualificationReview & { residentId?: string })[] = county.candidates.slice(0, 8).map((c, i) => ({
  candidate: c.name,
  residentId: c.residentId,
  submittedAt: `2021-09-0${1 + (i % 2)}T09:30:00+08:00`,
  tier: ['normal', 'special', 'urgent'][i % 3]!,
  answers: departments.slice(0, 12 - i).map((department) => ({
    department,
    outcome: 'pass' as const,
    answeredAt: '2021-09-01T17:00:00+08:00',
  })),
}));
Object.assign($('#reviews'), { reviews, policy: exampleCountyHardCriteria });

// Forms: the county's own candidate rules and the example pay policy.
Object.assign($('#candidate'), { policy: exampleCountyHardCriteria });
Object.assign($('#pay'), { policy: examplePay2021 });

// The roster import, with the county's roster loaded as if a township had sent it.
const importer = $<HTMLElement & { loadFile(file: Blob, name: string): Promise<unknown> }>('#roster');
const response = await fetch(new URL('../data/synthetic-roster.csv', import.meta.url));
await importer.loadFile(await response.blob(), '样例县本届两委成员花名册.csv');
rewriteJournal = await journalShown;
(window as { portalReady?: boolean }).portalReady = true;
