// The demo portal: a county party-building site embedding every huanjie element over the synthetic county, wired
// together — choosing a village on the campaign map or the risk board shows its team's composition and its
// candidates, and a candidate chosen there is checked in the candidate form. Everything is computed in the page by
// @huanjie/core.
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
  type Candidate,
  campaignStatus,
  exampleCountyHardCriteria,
  examplePay2021,
  exampleTaskTemplate,
  nationalBaseline,
  type QualificationReview,
  type TaskRecord,
  taskProgress,
} from '@huanjie/core';
import { generateCampaign, generateCounty } from '@huanjie/core/synthetic';
import { startPortalJournal } from './journal.js';

const county = generateCounty();
// The county's 2021 campaign journal (换届纪实) as first received: every village's stages, elections and incidents,
// day by day. The page keeps it in IndexedDB with what is recorded or merged here (journal.ts).
const campaign = generateCampaign(county.villages);
const $ = <T extends Element>(selector: string) => document.querySelector(selector) as T;
const townshipOf = new Map(county.villages.map((v) => [v.code, v.township]));
const nameOf = new Map(county.villages.map((v) => [v.code, v.name]));

// The portal's own words (the elements bring theirs), in the page's languages.
const MESSAGES = {
  'zh-CN': { check: (name: string, seat: string) => `${name}（${seat}）审查资格` },
  'zh-TW': { check: (name: string, seat: string) => `${name}（${seat}）審查資格` },
  en: { check: (name: string, seat: string) => `Check ${name} (${seat})` },
};
const messages = () => MESSAGES[document.documentElement.lang as keyof typeof MESSAGES] ?? MESSAGES['zh-CN'];

// Language: the whole page follows one `lang`, and every element with it (and the journal section, once loaded).
let rewriteJournal = () => {};
$<HTMLSelectElement>('#lang').addEventListener('change', (e) => {
  document.documentElement.lang = (e.target as HTMLSelectElement).value;
  showVillage(shownVillage);
  rewriteJournal();
});

// 一屏掌控: every village by the stage of its re-election on 20 October 2021 (a few late with their voter list,
// replayable day by day), coloured by the seven-indicator example model (seed 004), and the campaign's progress.
// The map and the progress board follow the journal kept in this browser as it grows.
const journalShown = startPortalJournal({
  initial: campaign.events,
  villages: campaign.villages,
  policy: nationalBaseline,
  language: () => document.documentElement.lang,
  onChange: (events) => {
    Object.assign($('#campaign'), { events, villages: campaign.villages });
    Object.assign($('#progress'), {
      campaign: campaignStatus(events, { asOf: '2021-10-20', policy: nationalBaseline, villages: campaign.villages }),
    });
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

// The chosen village: its team now and last term, and its candidates.
const candidatesOf = (village: string) => county.candidates.filter((c) => c.village === village);
let shownVillage = county.villages[0]!.name;
function showVillage(village: string): void {
  shownVillage = village;
  const t = messages();
  $('#village-name').textContent = village;
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
for (const board of ['#risk', '#campaign']) {
  $<HTMLElement>(board).addEventListener('hj-village-select', (e) => showVillage(e.detail.village));
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
