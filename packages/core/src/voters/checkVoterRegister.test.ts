import { exampleCountyHardCriteria, extendPolicy, formatProblem, nationalBaseline } from '@huanjie/core';
import { describe, expect, it } from 'vitest';
import { thrown } from '../../../../test/support/thrown.js';
import { check, codes, dongcun, POSTED, variantOf, voter, xicun } from '../../../../test/support/voters.js';

describe('checkVoterRegister: who is on the list (村民委员会组织法 Art. 13)', () => {
  const result = check(dongcun.voters, {
    rowNumbers: dongcun.rowNumbers,
    publishedOn: POSTED,
    otherVillages: [{ village: '西村', voters: xicun.voters }],
  });

  it('counts the voters of each category and leaves out who may not vote here, saying why', () => {
    expect(result.counts).toEqual({
      listed: 11,
      registered: 6,
      excluded: 5,
      byCategory: { resident: 4, away: 1, newcomer: 1 },
    });
    expect(result.registeredVoters).toBe(6);
    expect(result.registered.map((r) => [r.row, r.voter.name, r.category])).toEqual([
      [3, '张建国', 'resident'],
      [4, '李秀英', 'resident'],
      [5, '王磊', 'away'],
      [7, '陈志强', 'newcomer'],
      [11, '郑红', 'resident'],
      [12, '黄桂兰', 'resident'],
    ]);
    expect(result.excluded.map((e) => [e.row, e.voter.name, ...e.problems.map((p) => variantOf(p) ?? p.code)])).toEqual(
      [
        [6, '赵敏', 'away'],
        [8, '周伟', 'consentLate'],
        [9, '吴小龙', 'VOTER_UNDER_AGE'],
        [10, '孙德胜', 'VOTER_DEPRIVED'],
        [13, '张建国', 'VOTER_DUPLICATE'],
      ],
    );
  });

  it('cites Art. 13 and names the row, column and the dates that decide', () => {
    const byRow = (row: number) => result.problems.find((p) => p.row === row)!;
    expect(byRow(9).message).toBe('选举日（2021-10-28）未满 18 周岁（村民委员会组织法第十三条），不能列入选民名单');
    expect(byRow(9).column).toBe('出生日期');
    expect(byRow(8).message).toBe(
      '村民会议或者村民代表会议 2021-10-12 才同意，晚于选民名单公布日 2021-10-06：公布时尚未同意（村民委员会组织法第十三条）',
    );
    expect(formatProblem(byRow(10), 'zh-TW')).toBe(
      '依照法律被剝奪政治權利的人沒有選舉權（村民委員會組織法第十三條），不能列入選民名冊',
    );
    expect(byRow(10).messageEn).toContain("Villagers' Committees Organization Law, Art. 13");
  });

  it('finds the same ID twice in the list and on another village’s list (one place only), IDs masked', () => {
    expect(result.duplicates).toEqual([
      { residentId: '430124********101X', rows: [3, 13], otherVillages: [] },
      { residentId: '430124********1183', rows: [11], otherVillages: ['西村'] },
    ]);
    const zheng = result.problems.find((p) => p.row === 11)!;
    expect(zheng.code).toBe('VOTER_DUPLICATE');
    expect(zheng.value).toBe('430124********1183');
    expect(zheng.message).toBe(
      '同一人（身份证号相同）也在“西村”登记为选民：一人只能在一个村登记参加选举（村民委员会组织法第十三条）',
    );
    expect(result.problems.find((p) => p.row === 13)!.message).toBe(
      '与第 3 行是同一人（身份证号相同）：一人只登记一次，本行不计',
    );
  });

  it('names the other village when a county file lists one person in two villages, and counts them once', () => {
    const r = check([voter({ village: '东村' }), voter({ village: '西村' })]);
    expect(r.counts).toMatchObject({ registered: 1, excluded: 1 });
    expect(r.duplicates).toEqual([{ residentId: '110105********002X', rows: [1, 2], otherVillages: ['东村'] }]);
    expect(r.problems.map((p) => [p.row, p.message])).toEqual([
      [2, '同一人（身份证号相同）也在“东村”登记为选民：一人只能在一个村登记参加选举（村民委员会组织法第十三条）'],
    ]);
  });

  it('is 18 on the birthday itself, and a year of residence is complete on its anniversary', () => {
    const on = check([voter({ birthDate: '2003-10-28', residentId: '11010520031028001X', sex: 'male' })]);
    expect(on.counts.registered).toBe(1);
    const newcomer = (since: string) =>
      check([voter({ registeredHere: false, livesHereSince: since, takesPart: true, consentOn: '2021-09-01' })]);
    expect(newcomer('2020-10-28').counts.byCategory.newcomer).toBe(1);
    expect(codes(newcomer('2020-10-29').problems)).toEqual([[1, 'VOTER_NEWCOMER', 'residence']]);
    expect(codes(check([voter({ registeredHere: false, livesHere: false })]).problems)).toEqual([
      [1, 'VOTER_NOT_ENTITLED'],
    ]);
    // Without the posting date, the consent is due by the last lawful day to post (20 days before).
    const consent = (on: string) =>
      check([voter({ registeredHere: false, livesHereSince: '2015-01-01', takesPart: true, consentOn: on })]);
    expect(consent('2021-10-08').counts.registered).toBe(1);
    expect(codes(consent('2021-10-09').problems)).toEqual([[1, 'VOTER_NEWCOMER', 'consentLate']]);
    expect(codes(check([voter({ registeredHere: false, livesHereSince: '2015-01-01' })]).problems)).toEqual([
      [1, 'VOTER_NEWCOMER'],
      [1, 'VOTER_NEWCOMER', 'consent'],
    ]);
  });

  it('warns when the category written disagrees with the ties, and goes by the ties', () => {
    const r = check([voter({ category: 'away' })]);
    expect(r.counts.byCategory.resident).toBe(1);
    expect(r.problems.map((p) => [p.severity, p.message])).toEqual([
      [
        'warning',
        '选民类别写作“户籍在本村、不在本村居住、本人表示参加选举”，但按户籍和居住情况应为“户籍在本村且在本村居住”',
      ],
    ]);
  });
});

describe('checkVoterRegister: posting and objections (Art. 14)', () => {
  it('requires the list 20 days before the election, the statutory figure or the policy’s own', () => {
    expect(check([voter()], { publishedOn: '2021-10-08' }).problems).toEqual([]);
    const late = check([voter()], { publishedOn: '2021-10-09' });
    expect(late.deadlines.latestPosting).toBe('2021-10-08');
    expect(late.problems.map((p) => p.message)).toEqual(['选民名单应在选举日的二十日以前公布（最迟 2021-10-08）']);
    const county = extendPolicy(nationalBaseline, {
      id: 'county-25-days',
      extends: 'cn-national',
      name: { zh: '某县', en: 'A county' },
      jurisdiction: '某县',
      effective: { from: '2021-01-01' },
      parameters: { voterListDaysBefore: { values: { '2021-01-01': 25 } } },
    });
    const strict = check([voter()], { policy: county, publishedOn: '2021-10-08' });
    expect(strict.deadlines.latestPosting).toBe('2021-10-03');
    expect(strict.problems.map((p) => p.code)).toEqual(['TIMELINE_VOTER_LIST_LATE']);
  });

  it('flags objections after the 5 days and decisions after 3 days, or none', () => {
    const r = check([voter()], {
      publishedOn: POSTED,
      objections: [
        { filedOn: '2021-10-11', decidedOn: '2021-10-14', residentId: '11010519491231002X' },
        { filedOn: '2021-10-12', decidedOn: '2021-10-13' },
        { filedOn: '2021-10-09', decidedOn: '2021-10-13' },
        { filedOn: '2021-10-10' },
      ],
    });
    expect(r.deadlines.objectionsUntil).toBe('2021-10-11');
    expect(r.problems.map((p) => [p.path?.join('.'), p.severity, p.message])).toEqual([
      ['objections.1.filedOn', 'warning', '申诉于 2021-10-12 提出，超过名单公布之日起 5 日的期限（2021-10-11）'],
      [
        'objections.2.decidedOn',
        'error',
        '申诉于 2021-10-09 提出，2021-10-13 才作出处理决定，超过 3 日（应不晚于 2021-10-12）',
      ],
      ['objections.3.decidedOn', 'error', '申诉于 2021-10-10 提出，没有处理决定的日期（应不晚于 2021-10-13）'],
    ]);
  });

  it('refuses a date that is not one, and a policy without a voting age', () => {
    expect(thrown(() => check([voter()], { publishedOn: '2021-10-32' })).problems.map((p) => p.code)).toEqual([
      'TIMELINE_DATE',
    ]);
    const { votingAge: _, ...parameters } = nationalBaseline.parameters;
    const policy = { ...nationalBaseline, parameters };
    expect(thrown(() => check([voter()], { policy })).problems.map((p) => p.code)).toEqual([
      'POLICY_UNKNOWN_PARAMETER',
    ]);
  });
});

describe('checkVoterRegister: proxies (Art. 15)', () => {
  // Four registered voters of one family and a neighbour; the son carries his parents' and grandparents' votes.
  const family = [
    voter({ name: '张父', residentId: '43012419650312101X', sex: 'male', birthDate: '1965-03-12' }),
    voter({ name: '张母', residentId: '430124196807021042', sex: 'female', birthDate: '1968-07-02' }),
    voter({ name: '张祖父', residentId: '430124194001011014', sex: 'male', birthDate: '1940-01-01' }),
    voter({ name: '张祖母', residentId: '430124194202021024', sex: 'female', birthDate: '1942-02-02' }),
    voter({ name: '张子', residentId: '43012419901120105X', sex: 'male', birthDate: '1990-11-20' }),
    voter({ name: '邻居', residentId: '430124197909091118', sex: 'male', birthDate: '1979-09-09' }),
  ];
  const son = '43012419901120105X';
  const proxies = [
    { voter: '43012419650312101X', proxy: son, relation: '父亲', written: true },
    { voter: '430124196807021042', proxy: son, relation: '母亲', written: true },
    { voter: '430124194001011014', proxy: son, relation: '祖父', written: true },
    { voter: '430124194202021024', proxy: son, relation: '祖母', written: true },
    { voter: '430124197909091118', proxy: son, relation: '邻居', written: true },
  ];

  it('holds written proxies to near relatives who are voters; the number per person is the province’s', () => {
    expect(family.map((v) => check([v]).counts.registered)).toEqual([1, 1, 1, 1, 1, 1]);
    const national = check(family, { proxies, proxiesPublishedOn: '2021-10-25' });
    expect(national.proxies.limit).toBeUndefined();
    expect(national.proxies.accepted.length).toBe(4);
    expect(national.problems.map((p) => p.message)).toEqual([
      '受委托人是委托人的“邻居”，不是近亲属（村民委员会组织法第十五条）',
    ]);
    const county = check(family, { policy: exampleCountyHardCriteria, proxies, proxiesPublishedOn: '2021-10-25' });
    expect(county.proxies.limit).toBe(3);
    expect(county.proxies.accepted.length).toBe(3);
    expect(county.problems.map((p) => [p.path?.join('.'), variantOf(p)])).toEqual([
      ['proxies.3.proxy', 'tooMany'],
      ['proxies.4.relation', 'notRelative'],
    ]);
    expect(county.problems[0]!.message).toMatch(
      /^受委托人接受了 4 人的委托，超过 3 人（每一选民接受委托投票不得超过三人/,
    );
  });

  it('refuses a proxy not in writing, from or to someone not on the list, and an unposted list of proxies', () => {
    const r = check(family.slice(0, 2), {
      proxies: [
        { voter: '43012419650312101X', proxy: '430124196807021042', relation: '配偶', written: false },
        { voter: '430124194001011014', proxy: son, relation: '孙子', written: true },
        { voter: '43012419650312101X', proxy: '430124196807021042', relation: '妻子', written: true },
        { voter: '43012419650312101X', proxy: '430124196807021042', relation: '妻子', written: true },
      ],
    });
    expect(r.proxies.accepted.map((p) => p.relation)).toEqual(['妻子']);
    expect(r.problems.map((p) => [p.path?.join('.'), variantOf(p) ?? p.code, p.value])).toEqual([
      ['proxies.0.written', 'notWritten', undefined],
      ['proxies.1.voter', 'VOTER_PROXY', '430124********1014'],
      ['proxies.1.proxy', 'proxyNotVoter', '430124********105X'],
      ['proxies.3.voter', 'twice', '430124********101X'],
      ['proxiesPublishedOn', 'unpublished', undefined],
    ]);
  });
});
