// A campaign replayed from its journal: stages and branches, late and blocked villages, corrections, the roll-up.
import { describe, expect, it } from 'vitest';
import { nationalBaseline } from '../policies/nationalBaseline.js';
import { extendPolicy } from '../policy/extendPolicy.js';
import { campaignBulletin } from './campaignBulletin.js';
import { campaignChanges } from './campaignChanges.js';
import { campaignStatus, type VillageEntry } from './campaignStatus.js';
import type { EventDraft, EventOf } from './event.js';
import { sealEvent } from './eventId.js';
import { summarizeCampaign } from './summarizeCampaign.js';

const clerk = { name: '王某', role: '包村干部', level: '乡镇' } as const;
const villages: VillageEntry[] = [
  { code: '529901101001', name: '坡头社区', township: '坡头镇' },
  { code: '529901101002', name: '大寨村', township: '坡头镇' },
  { code: '529901102001', name: '新街村', township: '新街乡' },
];
const [POTOU, DAZHAI, XINJIE] = villages.map((v) => v.code) as [string, string, string];
const on = (date: string, time = '09:00') => `${date}T${time}:00+08:00`;
const record = (draft: Omit<EventDraft, 'actor'>) => sealEvent({ actor: clerk, ...draft } as EventDraft);
const stage = (unit: string, date: string, id: string) =>
  record({ at: on(date), unit, kind: 'stage', data: { stage: id } });
const outcome = (succeeded: boolean) => ({
  valid: true,
  succeededAtFirstVote: succeeded,
  seatsOpen: succeeded ? 0 : 1,
  elected: ['张某甲'],
});
const tally = (unit: string, date: string, succeeded: boolean) =>
  record({
    at: on(date, '18:00'),
    unit,
    kind: 'tally',
    data: { body: '村民委员会', round: 'first', input: { seats: 5 }, outcome: outcome(succeeded) },
  });

const electionDate = '2021-10-28';
const journal = [
  // 坡头社区: every stage in order, elected in full at the first vote.
  record({ at: on('2021-09-01'), unit: POTOU, kind: 'schedule', data: { body: '居民委员会', electionDate } }),
  stage(POTOU, '2021-09-01', 'preparation'),
  stage(POTOU, '2021-09-10', 'departure-audit'),
  stage(POTOU, '2021-09-25', 'voter-registration'),
  stage(POTOU, '2021-10-05', 'nomination'),
  stage(POTOU, '2021-10-20', 'party-election'),
  stage(POTOU, electionDate, 'committee-election'),
  tally(POTOU, electionDate, true),
  stage(POTOU, '2021-10-30', 'supervision-and-representatives'),
  stage(POTOU, '2021-11-02', 'handover'),
  stage(POTOU, '2021-11-05', 'complete'),
  // 大寨村: an additional election (另行选举) for a seat left open.
  record({ at: on('2021-09-02'), unit: DAZHAI, kind: 'schedule', data: { body: '村民委员会', electionDate } }),
  stage(DAZHAI, '2021-09-02', 'preparation'),
  stage(DAZHAI, '2021-09-12', 'departure-audit'),
  stage(DAZHAI, '2021-09-28', 'voter-registration'),
  stage(DAZHAI, '2021-10-06', 'nomination'),
  stage(DAZHAI, electionDate, 'committee-election'),
  tally(DAZHAI, electionDate, false),
  stage(DAZHAI, '2021-10-29', 'additional-election'),
  // 新街村: stuck in its departure audit, with a major incident reported.
  record({ at: on('2021-09-03'), unit: XINJIE, kind: 'schedule', data: { body: '村民委员会', electionDate } }),
  stage(XINJIE, '2021-09-03', 'preparation'),
  stage(XINJIE, '2021-09-15', 'departure-audit'),
  // A township-level note concerns no village.
  record({ at: on('2021-09-04'), unit: '529901102', kind: 'note', data: { text: '新街乡召开换届工作部署会' } }),
];
const incident = record({
  at: on('2021-10-01'),
  unit: XINJIE,
  kind: 'incident',
  data: { category: '信访矛盾', severity: '重大', summary: '部分村民集体上访反映土地补偿问题' },
});
const blocking = extendPolicy(nationalBaseline, {
  id: 'example-county-campaign',
  name: { zh: '示例县换届选情规则', en: 'Example county campaign rules' },
  jurisdiction: '示例县',
  extends: 'cn-national',
  example: true,
  references: [{ id: 'example-county-2021', title: '示例县村(社区)"两委"换届工作实施方案（示例）', kind: 'example' }],
  campaign: { reference: 'example-county-2021', blockingSeverities: ['重大', '特别重大'] },
});

describe('campaignStatus', () => {
  it('walks every stage in order and replays the campaign at any instant', () => {
    const at = (asOf: string) => campaignStatus(journal, { asOf, policy: nationalBaseline, villages }).villages[0]!;
    expect(at('2021-08-31').stage).toBeNull();
    expect(at('2021-09-01').stage?.id).toBe('preparation');
    // Before nine o'clock on 9 September the audit had not started; the date means the end of that day.
    expect(at('2021-09-10T08:59:00+08:00').stage?.id).toBe('preparation');
    expect(at('2021-09-10').stage).toMatchObject({ id: 'departure-audit', title: { zh: '离任审计与公示' } });
    expect(at('2021-10-28T12:00:00+08:00')).toMatchObject({
      stage: { id: 'committee-election' },
      election: { held: false, succeededAtFirstVote: null },
    });
    const done = at('2021-11-30');
    expect(done).toMatchObject({
      name: '坡头社区',
      township: '坡头镇',
      stage: { id: 'complete', reference: 'vc-law-art20' },
      since: on('2021-11-05'),
      complete: true,
      late: [],
      blockers: [],
      election: { held: true, succeededAtFirstVote: true },
      electionDate,
    });
    // Every stage of the 2021 sequence was met once.
    expect(
      new Set(
        journal.filter((e): e is EventOf<'stage'> => e.unit === POTOU && e.kind === 'stage').map((e) => e.data.stage),
      ),
    ).toEqual(new Set(nationalBaseline.campaignStages.filter((s) => !s.branch).map((s) => s.id)));
  });

  it('follows the 另行选举 branch without counting it as a step forward, and never the first vote as a success', () => {
    const dazhai = campaignStatus(journal, { asOf: '2021-10-30', policy: nationalBaseline, villages }).villages[1]!;
    expect(dazhai.stage).toMatchObject({ id: 'additional-election', branch: true });
    expect(dazhai.election).toEqual({ held: true, succeededAtFirstVote: false });
    expect(dazhai.complete).toBe(false);
  });

  it('marks stages late from the statutory timeline of the village’s election day (组织法第十四条)', () => {
    // The voter list must be posted 20 days before 28 October: by 8 October. 新街村 had not even registered voters.
    const before = campaignStatus(journal, { asOf: '2021-10-08', policy: nationalBaseline, villages }).villages[2]!;
    expect(before.late).toEqual([]);
    const after = campaignStatus(journal, { asOf: '2021-10-09', policy: nationalBaseline, villages }).villages[2]!;
    expect(after.late).toEqual([
      {
        stage: 'voter-registration',
        title: { zh: '选民登记与公布', en: 'Voter registration and the posted list' },
        due: '2021-10-08',
        milestone: 'voter-list-posted',
        reference: 'vc-law-art14',
      },
    ]);
    // 坡头社区 registered on 25 September: never late.
    expect(
      campaignStatus(journal, { asOf: '2021-11-30', policy: nationalBaseline, villages }).villages[0]!.late,
    ).toEqual([]);
  });

  it('blocks the election while an incident of a blocking severity is open, until it is closed', () => {
    const open = campaignStatus([...journal, incident], { asOf: '2021-10-02', policy: blocking, villages })
      .villages[2]!;
    expect(open.openIncidents).toMatchObject([{ id: incident.id, severity: '重大' }]);
    expect(open.blockers).toMatchObject([
      { code: 'CAMPAIGN_INCIDENT_BLOCKS', value: incident.id, message: expect.stringContaining('重大突发事件') },
    ]);
    // The national baseline names no blocking severity: the incident is listed, not blocking.
    expect(
      campaignStatus([...journal, incident], { asOf: '2021-10-02', policy: nationalBaseline }).villages[2]!.blockers,
    ).toEqual([]);
    const closed = record({
      at: on('2021-10-05'),
      unit: XINJIE,
      kind: 'incidentClosed',
      data: { incident: incident.id, outcome: '已按政策兑现补偿，群众息访' },
    });
    const later = campaignStatus([...journal, incident, closed], { asOf: '2021-10-05', policy: blocking, villages });
    expect(later.villages[2]).toMatchObject({ openIncidents: [], blockers: [] });
  });

  it('lets a correction replace a stage event and a retraction withdraw one, from the instant they are recorded', () => {
    const wrong = stage(DAZHAI, '2021-10-30', 'complete');
    const retraction = record({
      at: on('2021-10-31'),
      unit: DAZHAI,
      kind: 'retraction',
      data: {},
      corrects: wrong.id,
      reason: '误录',
    });
    const events = [...journal, wrong, retraction];
    const stageOn = (asOf: string) => campaignStatus(events, { asOf, policy: nationalBaseline }).villages[1]!.stage?.id;
    expect(stageOn('2021-10-30')).toBe('complete');
    expect(stageOn('2021-10-31')).toBe('additional-election');
  });

  it('lists directory villages with no event yet, passes readiness reasons on as blockers, and rejects a bad asOf', () => {
    const empty = campaignStatus([], {
      asOf: '2021-09-01',
      policy: nationalBaseline,
      villages,
      readiness: new Map([
        [
          XINJIE,
          {
            ready: false,
            reasons: [
              {
                code: 'RISK_NOT_ASSESSED',
                severity: 'error',
                message: '尚未研判',
                messageEn: 'Not assessed',
                zh: '尚未研判',
                en: 'Not assessed',
              },
            ],
          },
        ],
      ]),
    });
    expect(empty.villages.map((v) => [v.name, v.stage])).toEqual([
      ['坡头社区', null],
      ['大寨村', null],
      ['新街村', null],
    ]);
    expect(empty.villages[2]!.blockers).toMatchObject([{ code: 'RISK_NOT_ASSESSED' }]);
    expect(() => campaignStatus([], { asOf: '2021-02-30', policy: nationalBaseline })).toThrow(
      expect.objectContaining({ problems: [expect.objectContaining({ code: 'INSTANT', path: ['asOf'] })] }),
    );
  });
});

describe('summarizeCampaign', () => {
  it('counts villages per stage, elections held and the first-vote success rate per township and county', () => {
    const summary = summarizeCampaign(
      campaignStatus([...journal, incident], { asOf: '2021-10-30', policy: blocking, villages }),
    );
    expect(summary.county).toMatchObject({
      villages: 3,
      notStarted: 0,
      held: 2,
      succeededAtFirstVote: 1,
      firstVoteRate: 0.5,
      late: 1,
      blocked: 1,
      withOpenIncidents: 1,
    });
    expect(summary.county.byStage).toMatchObject({
      'supervision-and-representatives': 1,
      'additional-election': 1,
      'departure-audit': 1,
      complete: 0,
    });
    expect(summary.townships.map((t) => [t.code, t.name, t.villages, t.held, t.firstVoteRate])).toEqual([
      ['529901101', '坡头镇', 2, 2, 0.5],
      ['529901102', '新街乡', 1, 0, null],
    ]);
  });
});

describe('campaignChanges and campaignBulletin', () => {
  const options = { policy: blocking, villages };

  it('lists what changed during a day: stages reached, elections held, villages fallen late', () => {
    const day = campaignChanges([...journal, incident], { ...options, from: '2021-10-27', to: '2021-10-28' });
    expect(day.moved.map((m) => [m.name, m.before, m.after])).toEqual([
      ['坡头社区', 'party-election', 'committee-election'],
      ['大寨村', 'nomination', 'committee-election'],
    ]);
    expect(day.electionsHeld).toEqual([
      { code: POTOU, name: '坡头社区', township: '坡头镇', succeededAtFirstVote: true },
      { code: DAZHAI, name: '大寨村', township: '坡头镇', succeededAtFirstVote: false },
    ]);
    expect(day.events).toHaveLength(4);
    const late = campaignChanges(journal, { ...options, from: '2021-10-08', to: '2021-10-09' });
    expect(late.newlyLate).toEqual([
      { code: XINJIE, name: '新街村', township: '新街乡', stages: ['voter-registration'] },
    ]);
    expect(late.moved).toEqual([]);
  });

  it('writes the day’s bulletin in the seeds’ sentences', () => {
    const bulletin = campaignBulletin(
      campaignChanges([...journal, incident], { ...options, from: '2021-10-27', to: '2021-10-28' }),
    );
    expect(bulletin.zh).toBe(
      '截至10月28日，全县3个村(社区)中，已完成换届0个，已举行村(居)民委员会选举2个，一次选举成功率50.00%。' +
        '当日新进入村(居)民委员会选举阶段2个。当日举行选举2个，一次选举成功1个，大寨村需另行选举或重新选举。' +
        '进度滞后1个：新街村。暂不具备选举条件1个：新街村。',
    );
    expect(bulletin.en).toContain('2 have held their committee election, 50.00% succeeding at the first vote');
    const quiet = campaignBulletin(campaignChanges(journal, { ...options, from: '2021-08-01', to: '2021-08-02' }), {
      unit: '全区',
    });
    expect(quiet.zh).toBe(
      '截至8月2日，全区3个村(社区)中，已完成换届0个，已举行村(居)民委员会选举0个。当日各村(社区)所处阶段没有变化。',
    );
  });
});
