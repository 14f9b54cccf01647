import {
  assessVillages,
  bandOf,
  defineRiskModel,
  jinhuaIndexModel,
  jinhuaIndexModelSpec,
  overrideAssessment,
  parseLedger,
  RISK_UNIT,
  readyForElection,
  recordAssessment,
  scoreRisk,
  seed004RiskModel,
  seed004RiskModelSpec,
  summarizeLedger,
  villageRiskHistory,
} from '@huanjie/core';
import { generateCounty } from '@huanjie/core/synthetic';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calmSeed004Spec } from '../../../../test/support/riskModels.js';
import { thrown } from '../../../../test/support/thrown.js';

const calm = { team: 100, finance: '规范', petitions: 0, situation: '平稳', successor: true };

describe('the 金华-style 100-point index (green ≥ 80, yellow 61–79, red ≤ 60)', () => {
  it('puts every band boundary on the right side, exactly', () => {
    const colour = (points: number) => bandOf(jinhuaIndexModel, Math.round(points * 100) * 100)?.colour;
    expect([colour(100), colour(80), colour(79.99), colour(61), colour(60.01), colour(60), colour(0)]).toEqual([
      'green',
      'green',
      'yellow',
      'yellow',
      'yellow',
      'red',
      'red',
    ]);
  });

  it('scores villages at the boundaries from raw values', () => {
    // finance 规范 20 + petitions 0 → 20 + 平稳 20 + successor 20 = 80, plus the team's linear 0–20.
    expect(scoreRisk({ ...calm, team: 0 }, jinhuaIndexModel)).toMatchObject({
      score: 80,
      level: '三级',
      colour: 'green',
    });
    // 基本规范 12: 72 + team 39.95 → 7.99 = 79.99
    expect(scoreRisk({ ...calm, finance: '基本规范', team: 39.95 }, jinhuaIndexModel)).toMatchObject({
      score: 79.99,
      colour: 'yellow',
    });
    // 不规范 0: 60 + team 5 → 1 = 61
    expect(scoreRisk({ ...calm, finance: '不规范', team: 5 }, jinhuaIndexModel)).toMatchObject({
      score: 61,
      colour: 'yellow',
      level: '二级',
    });
    expect(scoreRisk({ ...calm, finance: '不规范', team: 0 }, jinhuaIndexModel)).toMatchObject({
      score: 60,
      colour: 'red',
      level: '一级',
    });
  });

  it('explains the score: contributions sorted by how much they cost', () => {
    const r = scoreRisk({ ...calm, petitions: 4, situation: '复杂' }, jinhuaIndexModel);
    expect(r.score).toBe(66);
    expect(r.contributions.map((c) => [c.indicatorId, c.points, c.impact])).toEqual([
      ['situation', 0, 20],
      ['petitions', 6, 14],
      ['team', 20, 0],
      ['finance', 20, 0],
      ['successor', 20, 0],
    ]);
  });

  it('counts a missing value as the worst when the model says so', () => {
    const { successor: _, ...noSuccessor } = calm;
    expect(scoreRisk(noSuccessor, jinhuaIndexModel)).toMatchObject({
      score: 80,
      missing: ['successor'],
      colour: 'green',
    });
  });

  it('counts an indicator named constructor as missing when a village does not give it', () => {
    const model = defineRiskModel({
      ...jinhuaIndexModelSpec,
      indicators: jinhuaIndexModelSpec.indicators.map((i) => (i.id === 'successor' ? { ...i, id: 'constructor' } : i)),
    });
    const { successor: _, ...noSuccessor } = calm;
    expect(scoreRisk(noSuccessor, model)).toMatchObject({ score: 80, missing: ['constructor'], colour: 'green' });
    expect(assessVillages([{ village: '甲', values: noSuccessor }], model).level(0)).toBe('三级');
  });
});

describe('the seven-indicator three-colour model (seed 004)', () => {
  const ratings = (r: number) => Object.fromEntries(seed004RiskModelSpec.indicators.map((i) => [i.id, r]));

  it('bands risk points: 一级 red ≥ 40, 二级 yellow 20–39.99, 三级 green < 20', () => {
    const level = (points: number) => bandOf(seed004RiskModel, Math.round(points * 100) * 100)?.level;
    expect([level(40), level(39.99), level(20), level(19.99), level(0)]).toEqual([
      '一级',
      '二级',
      '二级',
      '三级',
      '三级',
    ]);
    expect(scoreRisk(ratings(90), seed004RiskModel)).toMatchObject({ score: 0, level: '三级', colour: 'green' });
    expect(scoreRisk(ratings(70), seed004RiskModel)).toMatchObject({ score: 50, level: '一级', colour: 'red' });
    expect(
      scoreRisk({ ...ratings(90), electionSituation: 50, clanReligionAndCrime: 65 }, seed004RiskModel),
    ).toMatchObject({ score: 30, level: '二级' });
  });

  it('leaves a village unscored when a value is missing (the model blocks)', () => {
    const { teamCohesion: _, ...rest } = ratings(90);
    expect(scoreRisk(rest, seed004RiskModel)).toMatchObject({ score: null, level: null, missing: ['teamCohesion'] });
  });

  it('colours the synthetic county, per township', () => {
    const county = generateCounty();
    const townshipOf = new Map(county.villages.map((v) => [v.code, v.township]));
    const list = county.riskIndicators.map((r) => ({
      village: r.villageCode,
      township: townshipOf.get(r.villageCode),
      values: r.values,
    }));
    const a = assessVillages(list, seed004RiskModel);
    const d = a.distribution;
    expect(d.一级 + d.二级 + d.三级 + d.unscored).toBe(197);
    expect(d.一级).toBeGreaterThan(0);
    expect(d.三级).toBeGreaterThan(150);
    expect(Object.keys(a.byTownship)).toHaveLength(27);
    for (let i = 0; i < list.length; i++) {
      expect(a.score(i)).toBe(scoreRisk(list[i]!.values, seed004RiskModel).score);
      expect(a.level(i)).toBe(a.explain(i).level);
    }
  });
});

describe('calm villages left unlevelled (无风险): screened and levelled counted apart (seed 000)', () => {
  // Seed 004's seven indicators, with 无风险 below 10 risk points and 三级 from 10 to 20.
  const spec = calmSeed004Spec(10);
  const model = defineRiskModel(spec);
  const ratings = (r: number, over: Record<string, number> = {}) => ({
    ...Object.fromEntries(seed004RiskModelSpec.indicators.map((i) => [i.id, r])),
    ...over,
  });
  // 26 villages screened: 2 at 50 points, 3 at 20, 5 at 10, 16 calm (0 or 7.5 points).
  const villages = [
    ...Array.from({ length: 2 }, () => ratings(70)),
    ...Array.from({ length: 3 }, () => ratings(90, { electionSituation: 50 })),
    ...Array.from({ length: 5 }, () => ratings(90, { electionSituation: 70 })),
    ...Array.from({ length: 15 }, () => ratings(90)),
    ratings(90, { financialAudit: 70 }),
  ].map((values, i) => ({ village: `村${i + 1}`, township: i % 2 ? '协兴镇' : '浓溪镇', values }));

  it('reproduces seed 000: 26 villages screened, 10 levelled (一级 2, 二级 3, 三级 5), 16 无风险', () => {
    const a = assessVillages(villages, model);
    expect(a.distribution).toEqual({ 一级: 2, 二级: 3, 三级: 5, 无风险: 16, unscored: 0 });
    expect([a.count, a.screened, a.levelled]).toEqual([26, 26, 10]);
    expect(a.level(25)).toBe('无风险');
    expect(a.colour(25)).toBeNull();
    expect(a.score(25)).toBe(7.5);
    const t = a.byTownship.浓溪镇!;
    expect(t.一级 + t.二级 + t.三级 + t.无风险).toBe(13);
    // The same villages under a model without the option: every calm village is 三级, all 26 levelled.
    const all = assessVillages(villages, seed004RiskModel);
    expect(all.distribution).toEqual({ 一级: 2, 二级: 3, 三级: 21, 无风险: 0, unscored: 0 });
    expect([all.screened, all.levelled]).toEqual([26, 26]);
  });

  it('draws the line exactly: 9.99 risk points 无风险, 10 三级; a health index at its top end', () => {
    expect(bandOf(model, 999 * 100)).toBeNull();
    expect(bandOf(model, 10 * RISK_UNIT)?.level).toBe('三级');
    expect(scoreRisk(ratings(90, { financialAudit: 70 }), model)).toMatchObject({
      score: 7.5,
      level: '无风险',
      colour: null,
    });
    const health = defineRiskModel({
      ...jinhuaIndexModelSpec,
      bands: [
        { level: '三级', colour: 'green', atLeast: 80, below: 95 },
        { level: '二级', colour: 'yellow', above: 60, below: 80 },
        { level: '一级', colour: 'red', atMost: 60 },
      ],
      unlevelled: { atLeast: 95 },
    });
    expect(bandOf(health, 95 * RISK_UNIT)).toBeNull();
    expect(bandOf(health, 9499 * 100)?.level).toBe('三级');
    expect(scoreRisk(calm, health)).toMatchObject({ score: 100, level: '无风险', colour: null });
  });

  it('rejects an unlevelled range at the risky end, or one overlapping a band', () => {
    const wrongEnd = { ...spec, bands: spec.bands.slice(1).concat(), unlevelled: { atLeast: 40 } };
    expect(thrown(() => defineRiskModel(wrongEnd)).problems).toContainEqual(
      expect.objectContaining({
        code: 'RISK_BANDS_SHAPE',
        path: ['unlevelled'],
        message: '“无风险”（不定级）的分数区间须在风险最低的一端：风险分最低处，或健康指数最高处',
      }),
    );
    const overlap = { ...spec, unlevelled: { atMost: 10 } };
    expect(thrown(() => defineRiskModel(overlap)).problems.map((p) => [p.code, p.path])).toEqual([
      ['RISK_BANDS_OVERLAP', ['bands', 2]],
    ]);
  });

  it('lets a 无风险 village start its election, and records and explains the level', () => {
    const record = recordAssessment('村26', '2021-09-01', scoreRisk(ratings(90), model));
    expect(record).toMatchObject({ score: 0, level: '无风险', colour: null });
    const ready = readyForElection('村26', { asOf: '2021-09-02', model, assessment: record, ledger: [] });
    expect(ready).toEqual({ ready: true, reasons: [] });
    const later = recordAssessment('村26', '2021-09-08', scoreRisk(ratings(90, { electionSituation: 70 }), model));
    expect(villageRiskHistory([record, later], '村26', model).map((h) => [h.level, h.changed])).toEqual([
      ['无风险', false],
      ['三级', true],
    ]);
  });
});

describe('bad values and bad models', () => {
  it('names the indicator of a value outside its domain, an unknown id, NaN, or a wrong type', () => {
    const codes = (values: Record<string, unknown>) =>
      thrown(() => scoreRisk(values, jinhuaIndexModel)).problems.map((p) => [p.code, p.path?.[0]]);
    expect(codes({ ...calm, team: 120 })).toEqual([['RISK_VALUE_DOMAIN', 'team']]);
    expect(codes({ ...calm, team: Number.NaN })).toEqual([['RISK_VALUE_DOMAIN', 'team']]);
    expect(codes({ ...calm, finance: '很好' })).toEqual([['RISK_VALUE_DOMAIN', 'finance']]);
    expect(codes({ ...calm, successor: 'yes' })).toEqual([['RISK_VALUE_DOMAIN', 'successor']]);
    expect(codes({ ...calm, weather: 1 })).toEqual([['RISK_UNKNOWN_INDICATOR', 'weather']]);
  });

  it('lists a bad village and scores the others', () => {
    const a = assessVillages(
      [
        { village: '甲', values: calm },
        { village: '乙', values: { ...calm, team: -5 } },
      ],
      jinhuaIndexModel,
    );
    expect(a.level(0)).toBe('三级');
    expect(a.level(1)).toBeNull();
    expect(a.problems).toEqual([expect.objectContaining({ index: 1, village: '乙' })]);
    expect(a.distribution).toEqual({ 一级: 0, 二级: 0, 三级: 1, 无风险: 0, unscored: 1 });
  });

  it('rejects bands with a gap or an overlap, naming the band', () => {
    const gap = {
      ...jinhuaIndexModelSpec,
      bands: [
        { level: '三级', colour: 'green', atLeast: 80 },
        { level: '一级', colour: 'red', below: 70 },
      ],
    };
    expect(thrown(() => defineRiskModel(gap)).problems.map((p) => [p.code, p.path])).toEqual([
      ['RISK_BANDS_GAP', ['bands', 0]],
    ]);
    const overlap = {
      ...jinhuaIndexModelSpec,
      bands: [
        { level: '三级', colour: 'green', atLeast: 80 },
        { level: '一级', colour: 'red', atMost: 80 },
      ],
    };
    expect(thrown(() => defineRiskModel(overlap)).problems[0]!.code).toBe('RISK_BANDS_OVERLAP');
    const open = { ...jinhuaIndexModelSpec, bands: [{ level: '三级', colour: 'green', atLeast: 80 }] };
    expect(thrown(() => defineRiskModel(open)).problems[0]).toMatchObject({
      code: 'RISK_BANDS_GAP',
      message: '分数低于 80 的村没有对应的等级',
    });
    const kind = { ...jinhuaIndexModelSpec, indicators: [{ ...jinhuaIndexModelSpec.indicators[0], kind: 'boolean' }] };
    expect(thrown(() => defineRiskModel(kind)).problems[0]).toMatchObject({
      code: 'RISK_SCALE_KIND',
      path: ['indicators', 0, 'scale'],
    });
  });

  it('rejects scales that would score nothing or NaN, and negative weights', () => {
    const [team, finance] = jinhuaIndexModelSpec.indicators;
    const withIndicator = (ind: unknown) => ({ ...jinhuaIndexModelSpec, indicators: [ind] });
    const code = (spec: unknown) => thrown(() => defineRiskModel(spec)).problems[0]!.code;
    expect(
      code(
        withIndicator({ ...team, scale: { linear: { from: { value: 5, points: 0 }, to: { value: 5, points: 20 } } } }),
      ),
    ).toBe('RISK_SCALE_SHAPE');
    expect(code(withIndicator({ ...finance, scale: { lookup: {} } }))).toBe('RISK_SCALE_SHAPE');
    expect(code(withIndicator({ ...team, domain: { min: 100, max: 0 } }))).toBe('RISK_SCALE_SHAPE');
    expect(
      code(
        withIndicator({ ...seed004RiskModelSpec.indicators[0], scale: { thresholds: [{ atLeast: 60, points: 0 }] } }),
      ),
    ).toBe('RISK_SCALE_SHAPE');
    expect(code(withIndicator({ ...team, weight: -1 }))).toBe('FIELD_RANGE');
    expect(
      code({
        ...jinhuaIndexModelSpec,
        bands: [
          { level: '三级', colour: 'green', atLeast: 80, above: 70 },
          { level: '一级', colour: 'red', below: 80 },
        ],
      }),
    ).toBe('RISK_BANDS_SHAPE');
  });

  it('finds an unknown id in a batch even beside a missing indicator, as scoreRisk does', () => {
    const { successor: _, ...rest } = calm;
    const values = { ...rest, sucessor: true };
    expect(thrown(() => scoreRisk(values, jinhuaIndexModel)).code).toBe('RISK_UNKNOWN_INDICATOR');
    const a = assessVillages([{ village: '甲', values }], jinhuaIndexModel);
    expect(a.level(0)).toBeNull();
    expect(a.problems[0]!.problems[0]!.code).toBe('RISK_UNKNOWN_INDICATOR');
  });

  it('never lets NaN reach a score (property)', () => {
    const values = fc.record({
      team: fc.oneof(fc.double({ min: 0, max: 100, noNaN: true }), fc.constant(undefined)),
      finance: fc.constantFrom('规范', '基本规范', '不规范'),
      petitions: fc.integer({ min: 0, max: 999 }),
      situation: fc.constantFrom('平稳', '一般', '复杂'),
      successor: fc.boolean(),
    });
    fc.assert(
      fc.property(values, (v) => {
        const r = scoreRisk(v, jinhuaIndexModel);
        expect(Number.isFinite(r.score)).toBe(true);
        expect(r.score).toBeGreaterThanOrEqual(0);
        expect(r.score).toBeLessThanOrEqual(100);
        expect(['一级', '二级', '三级']).toContain(r.level);
        // More petitions never make a village safer.
        expect(scoreRisk({ ...v, petitions: v.petitions + 1 }, jinhuaIndexModel).score).toBeLessThanOrEqual(
          r.score as number,
        );
      }),
    );
  });
});

describe('history, overrides and the ledger', () => {
  const ratings = (r: number, over: Record<string, number> = {}) => ({
    ...Object.fromEntries(seed004RiskModelSpec.indicators.map((i) => [i.id, r])),
    ...over,
  });
  const records = [
    recordAssessment(
      '坡头村',
      '2021-08-01',
      scoreRisk(ratings(90, { clanReligionAndCrime: 40, electionSituation: 40, financialAudit: 40 }), seed004RiskModel),
    ),
    recordAssessment('坡头村', '2021-08-08', scoreRisk(ratings(90, { clanReligionAndCrime: 40 }), seed004RiskModel)),
    recordAssessment('坡头村', '2021-08-15', scoreRisk(ratings(90), seed004RiskModel)),
  ];

  it('shows each change of level with the indicators that moved', () => {
    const h = villageRiskHistory(records, '坡头村', seed004RiskModel);
    expect(h.map((e) => [e.date, e.level, e.changed])).toEqual([
      ['2021-08-01', '一级', false],
      ['2021-08-08', '二级', true],
      ['2021-08-15', '三级', true],
    ]);
    expect(h[0]!.reason.zh).toBe('首次研判');
    expect(h[1]!.reason.zh).toBe('指标变化：财务审计 10→0、选情评估 10→0');
  });

  it('shows an override as an override, with its reason and person; an override needs both', () => {
    const overridden = overrideAssessment(
      records[2]!,
      { level: '二级', reason: '群众反映新的宗族矛盾，待核实', by: '镇党委 王某', date: '2021-08-16' },
      seed004RiskModel,
    );
    const h = villageRiskHistory([...records.slice(0, 2), overridden], '坡头村', seed004RiskModel);
    expect(h[2]).toMatchObject({
      level: '二级',
      computedLevel: '三级',
      overridden: true,
      changed: false,
      reason: { zh: '人工调整：群众反映新的宗族矛盾，待核实（镇党委 王某，2021-08-16）' },
    });
    expect(
      thrown(() =>
        overrideAssessment(
          records[2]!,
          { level: '二级', reason: '  ', by: '王某', date: '2021-08-16' },
          seed004RiskModel,
        ),
      ).problems[0]!.path,
    ).toEqual(['override', 'reason']);
  });

  const ledger = parseLedger([
    {
      id: 'L1',
      village: '坡头村',
      category: '宗族宗教与黑恶',
      description: '两大姓氏争夺主任职位',
      measures: ['包村干部谈心谈话'],
      owner: '李某',
      opened: '2021-07-01',
      due: '2021-09-30',
      status: 'inProgress',
    },
    {
      id: 'L2',
      village: '坡头村',
      category: '信访矛盾',
      description: '土地补偿款分配',
      owner: '张某',
      opened: '2021-06-01',
      due: '2021-07-31',
      status: 'resolved',
      resolved: '2021-07-20',
    },
    {
      id: 'L3',
      village: '沙坝村',
      category: '财务三资',
      description: '集体资产台账不全',
      owner: '赵某',
      opened: '2021-06-01',
      due: '2021-08-31',
      status: 'open',
    },
  ]);

  it('counts the ledger and finds what is overdue', () => {
    const s = summarizeLedger(ledger, { asOf: '2021-09-15' });
    expect(s.byStatus).toEqual({ open: 1, inProgress: 1, resolved: 1 });
    expect(s.overdue.map((i) => i.id)).toEqual(['L3']);
    expect(s.text.zh).toBe('共排查问题3个，已化解1个，其中信访矛盾1件；逾期未办结1个');
  });

  it('holds back the election while the level or an open blocking item says so, and says why', () => {
    const red = records[0];
    expect(
      readyForElection('坡头村', { asOf: '2021-09-01', model: seed004RiskModel, assessment: red, ledger }).reasons.map(
        (r) => r.code,
      ),
    ).toEqual(['RISK_LEVEL_BLOCKS', 'LEDGER_OPEN_ITEM']);
    const green = records[2]!;
    const cleared = ledger.map((i) =>
      i.id === 'L1' ? { ...i, status: 'resolved' as const, resolved: '2021-09-10' } : i,
    );
    expect(
      readyForElection('坡头村', { asOf: '2021-09-15', model: seed004RiskModel, assessment: green, ledger: cleared }),
    ).toEqual({ ready: true, reasons: [] });
    expect(
      readyForElection('坡头村', { asOf: '2021-09-15', model: seed004RiskModel, ledger: cleared }).reasons[0]!.code,
    ).toBe('RISK_NOT_ASSESSED');
  });

  it('judges readiness and overdue items as things stood on asOf', () => {
    const later = parseLedger([{ ...ledger[0], status: 'resolved', resolved: '2021-11-01' }]);
    const green = records[2]!;
    expect(
      readyForElection('坡头村', { asOf: '2021-10-01', model: seed004RiskModel, assessment: green, ledger: later })
        .ready,
    ).toBe(false);
    expect(
      readyForElection('坡头村', { asOf: '2021-11-02', model: seed004RiskModel, assessment: green, ledger: later })
        .ready,
    ).toBe(true);
    expect(summarizeLedger(later, { asOf: '2021-10-01' }).overdue.map((i) => i.id)).toEqual(['L1']);
    // An assessment made with another model does not count.
    const other = { ...green, modelId: jinhuaIndexModel.id };
    expect(
      readyForElection('坡头村', { asOf: '2021-11-02', model: seed004RiskModel, assessment: other, ledger: later })
        .reasons[0]!.code,
    ).toBe('RISK_NOT_ASSESSED');
  });

  it('says when a manual setting is lifted', () => {
    const overridden = overrideAssessment(
      records[2]!,
      { level: '二级', reason: '待核实', by: '王某', date: '2021-08-16' },
      seed004RiskModel,
    );
    const lifted = { ...records[2]!, date: '2021-08-22' };
    const h = villageRiskHistory([overridden, lifted], '坡头村', seed004RiskModel);
    expect(h[1]).toMatchObject({
      level: '三级',
      changed: true,
      reason: { zh: '取消人工调整，恢复研判结果（原调整：待核实）' },
    });
  });

  it('rejects a resolved item without a date, naming the item', () => {
    expect(thrown(() => parseLedger([{ ...ledger[1], resolved: undefined }])).problems[0]).toMatchObject({
      code: 'LEDGER_RESOLVED_DATE',
      path: [0, 'resolved'],
    });
  });

  it('survives JSON without loss (property)', () => {
    const rating = fc.integer({ min: 0, max: 100 });
    fc.assert(
      fc.property(fc.array(rating, { minLength: 7, maxLength: 7 }), fc.boolean(), (rs, override) => {
        const values = Object.fromEntries(seed004RiskModelSpec.indicators.map((ind, i) => [ind.id, rs[i]]));
        let record = recordAssessment('村', '2021-09-01', scoreRisk(values, seed004RiskModel));
        if (override)
          record = overrideAssessment(
            record,
            { level: '一级', reason: '复核', by: '某人', date: '2021-09-02' },
            seed004RiskModel,
          );
        expect(JSON.parse(JSON.stringify(record))).toEqual(record);
        expect(JSON.parse(JSON.stringify(ledger))).toEqual(ledger);
      }),
    );
  });
});

it('keeps scores exact in units of 1/10,000 point', () => {
  expect(RISK_UNIT).toBe(10_000);
});
