import {
  checkReserves,
  definePolicy,
  exampleCountyHardCriteria,
  exampleShibuxuan,
  extendPolicy,
  formatProblem,
  type HuanjieError,
  nationalBaselineSpec,
  portrayReserve,
  Reserve,
  summarizeReserves,
} from '@huanjie/core';
import { generateCounty } from '@huanjie/core/synthetic';
import { describe, expect, it } from 'vitest';
import { reserveProfile } from '../../../../test/support/reserves.js';

const asOf = '2021-10-28';

const profile = reserveProfile({ name: '坡头村' });

describe('a reserve’s profile (人才画像, seed 004)', () => {
  it('keeps how the person was found, mentor, training plan and rated evaluations', () => {
    const r = Reserve.parse(profile);
    expect(r.channel).toBe('村民举荐');
    expect(r.mentors[0]).toMatchObject({ name: '李某', role: '第一书记' });
    expect(r.evaluations[1]!.scores).toEqual({ record: '优秀', political: '优秀' });
    // The depth is optional: a profile without it still reads, with empty lists.
    const { channel, mentors, training, ...plain } = profile;
    expect(Reserve.parse(plain)).toMatchObject({ mentors: [], training: [] });
  });

  it('names the field of a period that ends before it starts, and of a rating off the scale', () => {
    const bad = Reserve.safeParse({
      ...profile,
      mentors: [{ name: '李某', from: '2021-03-01', until: '2021-01-31' }],
    });
    expect(bad.success).toBe(false);
    expect(() =>
      checkReserves(
        [{ ...profile, training: [{ activity: '跟班学习', from: '2021-03-01', until: '2020-03-01' }] }],
        exampleCountyHardCriteria,
      ),
    ).toThrow(
      expect.objectContaining({
        problems: [expect.objectContaining({ code: 'PERIOD_REVERSED', path: [0, 'training', 0, 'until'] })],
      }),
    );
    try {
      checkReserves([{ ...profile, evaluations: [{ date: asOf, rating: '很好' }] }], exampleCountyHardCriteria);
      expect.unreachable();
    } catch (e) {
      expect((e as HuanjieError).problems[0]).toMatchObject({
        code: 'FIELD_VALUE',
        path: [0, 'evaluations', 0, 'rating'],
        expected: '优秀、良好、一般、较差',
      });
    }
  });
});

describe('the evaluation form (考察评价表) as policy data', () => {
  it('the example county rates seed 004’s four dimensions and seed 000’s 五强, citing both', () => {
    const form = exampleCountyHardCriteria.reserveForm!;
    expect(form.dimensions.map((d) => d.title.zh)).toEqual([
      '专业特长',
      '工作实绩',
      '群众口碑',
      '发展潜能',
      '政治素质强',
      '道德品行强',
      '带富能力强',
      '工作素质强',
      '作风纪律强',
    ]);
    expect(form.source).toBe('示例县');
    const ref = exampleCountyHardCriteria.references.find((r) => r.id === form.reference);
    expect(ref?.title).toContain('seed 004');
    expect(ref?.title).toContain('seed 000');
    // The national baseline fixes no form: no national text does.
    expect(exampleShibuxuan.reserveForm).toBeUndefined();
  });

  it('an overlay replaces the form; a form that lists a dimension twice is refused, naming it', () => {
    const twoStrong = {
      reference: 'shuangqiang',
      title: { zh: '双强评价表', en: 'Two strengths form' },
      dimensions: [
        { id: 'lead-prosperity', title: { zh: '带头致富能力强', en: 'Prospers' } },
        { id: 'lead-others', title: { zh: '带领群众致富能力强', en: 'Helps others prosper' } },
      ],
    };
    const overlay = {
      id: 'two-strong',
      extends: exampleCountyHardCriteria.id,
      name: { zh: '双强', en: 'Two strengths' },
      jurisdiction: '某乡',
      references: [{ id: 'shuangqiang', kind: 'example' as const, title: '某乡后备人才“双强”评价（示例）' }],
      reserveForm: twoStrong,
    };
    expect(extendPolicy(exampleCountyHardCriteria, overlay).reserveForm).toMatchObject({ source: '某乡' });
    const twice = { ...twoStrong, dimensions: [twoStrong.dimensions[0]!, twoStrong.dimensions[0]!] };
    try {
      extendPolicy(exampleCountyHardCriteria, { ...overlay, reserveForm: twice });
      expect.unreachable();
    } catch (e) {
      const p = (e as HuanjieError).problems[0]!;
      expect(p).toMatchObject({ code: 'POLICY_DUPLICATE_ID', path: ['reserveForm', 'dimensions', 1, 'id'] });
      expect(p.message).toBe('评价表的维度“lead-prosperity”重复');
      expect(formatProblem(p, 'zh-TW')).toContain('評價表的維度「lead-prosperity」重複');
    }
  });
});

describe('checkReserves', () => {
  it('reports a rated dimension the form does not have, listing the form’s dimensions', () => {
    const p = checkReserves(
      [profile, { ...profile, evaluations: [{ date: '2021-06-30', rating: '良好', scores: { 口才: '优秀' } }] }],
      exampleCountyHardCriteria,
    );
    expect(p).toHaveLength(1);
    expect(p[0]).toMatchObject({
      code: 'RESERVE_UNKNOWN_DIMENSION',
      severity: 'error',
      path: [1, 'evaluations', 0, 'scores', '口才'],
      message: '评价了评价表“后备人才考察评价表（示例）”中没有的维度“口才”',
    });
    expect(p[0]!.expected).toContain('expertise、record、standing、potential、political');
    // Without a form, no rating by dimension can be read.
    const none = checkReserves([profile], definePolicy({ ...nationalBaselineSpec, id: 'baseline-copy' }));
    expect(none.map((x) => x.message)).toContain('按维度评价了“record”，但政策没有后备人才评价表');
  });

  it('warns of a 准岗考核 dated outside every trial post (seed 004: 准岗跟踪考察)', () => {
    const between = { date: '2020-01-15', rating: '良好', kind: '准岗考核' };
    const p = checkReserves([{ ...profile, evaluations: [between] }], exampleCountyHardCriteria);
    expect(p).toEqual([
      expect.objectContaining({
        code: 'RESERVE_TRIAL_EVALUATION_OUTSIDE',
        severity: 'warning',
        path: [0, 'evaluations', 0, 'date'],
      }),
    ]);
    // The last day of a trial post is within it; a general 考察 needs no trial post.
    const edge = [
      { ...between, date: '2019-12-31' },
      { ...between, kind: '考察' },
    ];
    expect(checkReserves([{ ...profile, evaluations: edge }], exampleCountyHardCriteria)).toEqual([]);
  });

  it('reads a profile in the county’s own words: a source and a channel its vocabularies add', () => {
    const local = { ...profile, source: '专业合作组织负责人', channel: '党员群众推荐' };
    expect(checkReserves([local], exampleCountyHardCriteria)).toEqual([]);
    expect(portrayReserve(local, exampleCountyHardCriteria, { asOf }).reserve.source).toBe('专业合作组织负责人');
  });

  it('finds the synthetic county’s pool in order under the example county’s form', () => {
    expect(checkReserves(generateCounty().reserves, exampleCountyHardCriteria)).toEqual([]);
  });
});

describe('portrayReserve', () => {
  it('gives each dimension its latest rating on the day, trial posts with their 准岗考核, the ID masked', () => {
    const p = portrayReserve(profile, exampleCountyHardCriteria, { asOf });
    expect(p.maskedId).toBe('110105********0023');
    expect(JSON.stringify(p)).not.toContain('110105199105010023');
    expect(p.age).toBe(30);
    const rated = Object.fromEntries(p.dimensions.map((d) => [d.title.zh, d.rating && `${d.rating} ${d.date}`]));
    // The 2022 evaluation is after asOf: it counts for nothing yet.
    expect(rated).toMatchObject({
      工作实绩: '优秀 2021-06-30',
      群众口碑: '一般 2020-12-20',
      政治素质强: '优秀 2021-06-30',
      专业特长: undefined,
    });
    expect(p.dimensions.find((d) => d.id === 'political')?.standard?.zh).toBe('五强');
    expect(p.trialPosts.map((t) => [t.post, t.status, t.evaluations.map((e) => e.date)])).toEqual([
      ['副主任', 'current', ['2021-06-30', '2020-12-20']],
      ['委员', 'past', []],
    ]);
    expect(p.evaluations.map((e) => e.date)).toEqual(['2021-06-30', '2020-12-20']);
    expect(p.mentors[0]?.status).toBe('current');
    expect(p.training.map((t) => [t.activity, t.status])).toEqual([
      ['跟班学习', 'past'],
      ['承担急难险重任务', 'planned'],
    ]);
  });
});

describe('summarizeReserves by township', () => {
  it('counts each township’s reserves by readiness, and those it cannot place', () => {
    const county = generateCounty();
    const s = summarizeReserves(county.reserves, { villages: county.villages });
    expect(Object.keys(s.byTownship)).toEqual(county.townships.map((t) => t.name));
    const totals = Object.values(s.byTownship).map((t) => t.total);
    expect(totals.reduce((a, b) => a + b, 0) + s.unplaced).toBe(1036);
    expect(s.unplaced).toBe(0);
    for (const t of Object.values(s.byTownship)) {
      expect(Object.values(t.byReadiness).reduce((a, b) => a + b, 0)).toBe(t.total);
    }
    // By name when a reserve has no code, unless two villages share the name (坡头村 is in four townships).
    const villages = [
      { code: '1', name: '坡头村', township: '松林镇' },
      { code: '2', name: '坡头村', township: '清溪镇' },
      { code: '3', name: '槽子村', township: '松林镇' },
    ];
    const pool = [
      { source: '致富能人', readiness: '可立即使用', village: '槽子村' },
      { source: '致富能人', readiness: '一至两年', village: '坡头村' },
      { source: '致富能人', readiness: '一至两年', village: '坡头村', villageCode: '2' },
    ] as const;
    const named = summarizeReserves(pool, { villages });
    expect(named.byTownship).toEqual({
      松林镇: { total: 1, byReadiness: { 可立即使用: 1, 一至两年: 0, 需继续培养: 0 } },
      清溪镇: { total: 1, byReadiness: { 可立即使用: 0, 一至两年: 1, 需继续培养: 0 } },
    });
    expect(named.unplaced).toBe(1);
    expect(summarizeReserves(pool).byTownship).toEqual({});
  });
});
