import { checkSupervisoryCommittee, formatProblem, type SupervisoryMember } from '@huanjie/core';
import { describe, expect, it } from 'vitest';
import { thrown } from '../../../../test/support/thrown.js';

// A villagers' committee of three and a supervisory committee of three that meets Art. 32.
const villagersCommittee = [
  { name: '王建国', post: '主任' },
  { name: '刘秀英', post: '副主任' },
  { name: '陈志强', post: '委员' },
];
const sound: SupervisoryMember[] = [
  { name: '李桂兰', chosenBy: '村民代表会议', expertise: ['财会'] },
  { name: '张德明', chosenBy: '村民代表会议' },
  { name: '赵春生', chosenBy: '村民代表会议', expertise: ['管理'] },
];
const codes = (members: SupervisoryMember[], context: Parameters<typeof checkSupervisoryCommittee>[1]) =>
  checkSupervisoryCommittee(members, context).problems.map((p) => [p.code, p.path]);

describe('checkSupervisoryCommittee (村务监督委员会, 村民委员会组织法 Art. 32)', () => {
  it('组织法 Art. 32: accepts members chosen by the villagers’ assembly or representatives, one knowing accounts', () => {
    expect(checkSupervisoryCommittee(sound, { villagersCommittee })).toEqual({ ok: true, problems: [] });
    const byAssembly = sound.map((m) => ({ ...m, chosenBy: '村民会议' }));
    expect(checkSupervisoryCommittee(byAssembly, { villagersCommittee }).ok).toBe(true);
  });

  it('组织法 Art. 32: names a member chosen by anyone else, or not a villager', () => {
    const appointed = [{ ...sound[0]!, chosenBy: '乡镇党委' }, sound[1]!, { ...sound[2]!, villager: false }];
    const found = checkSupervisoryCommittee(appointed, { villagersCommittee }).problems;
    expect(found.map((p) => [p.code, p.path])).toEqual([
      ['SUPERVISION_CHOSEN_BY', [0, 'chosenBy']],
      ['SUPERVISION_CHOSEN_BY', [2, 'villager']],
    ]);
    expect(found[0]!.message).toBe(
      '村务监督委员会成员李桂兰由“乡镇党委”产生：成员应由村民会议或者村民代表会议推选产生（中华人民共和国村民委员会组织法（2018年修正）第三十二条）',
    );
    expect(found[1]!.messageEn).toContain('赵春生 is not a villager');
  });

  it('组织法 Art. 32: needs someone with accounting or management knowledge; one is enough', () => {
    const none = sound.map(({ expertise: _, ...m }) => m);
    expect(codes(none, { villagersCommittee })).toEqual([['SUPERVISION_NO_EXPERTISE', []]]);
    expect(checkSupervisoryCommittee(none, { villagersCommittee }).problems[0]!.message).toBe(
      '村务监督委员会3名成员中没有具备财会、管理知识的人员（中华人民共和国村民委员会组织法（2018年修正）第三十二条）',
    );
    const one = [none[0]!, none[1]!, { ...none[2]!, expertise: ['管理' as const] }];
    expect(codes(one, { villagersCommittee })).toEqual([]);
  });

  it('组织法 Art. 32: refuses a member of the villagers’ committee, matched by ID number when both have one', () => {
    const withDirector = [sound[0]!, { ...sound[1]!, name: '王建国' }, sound[2]!];
    const found = checkSupervisoryCommittee(withDirector, { villagersCommittee }).problems;
    expect(found.map((p) => [p.code, p.path])).toEqual([['SUPERVISION_COMMITTEE_MEMBER', [1, 'name']]]);
    expect(found[0]!.message).toBe(
      '王建国是村民委员会主任，不得担任村务监督委员会成员（中华人民共和国村民委员会组织法（2018年修正）第三十二条）',
    );
    expect(formatProblem(found[0]!, 'en')).toContain("王建国 is director of the villagers' committee");
    // Two people of the same name, told apart by their ID numbers (GB 11643 examples).
    const namesake = [{ ...withDirector[1]!, residentId: '11010519491231002X' }];
    const committee = [{ ...villagersCommittee[0]!, residentId: '440524188001010014' }];
    expect(codes(namesake, { villagersCommittee: committee })).toEqual([['SUPERVISION_NO_EXPERTISE', []]]);
    const same = [{ ...namesake[0]!, expertise: ['财会' as const] }];
    expect(codes(same, { villagersCommittee: [{ ...committee[0]!, residentId: '11010519491231002X' }] })).toEqual([
      ['SUPERVISION_COMMITTEE_MEMBER', [0, 'name']],
    ]);
  });

  it('组织法 Art. 32: refuses a near relative (民法典 Art. 1045) of a committee member, in either order', () => {
    const relations = [
      { between: ['王建国', '张德明'] as [string, string], kinship: '兄弟姐妹' as const },
      { between: ['李桂兰', '刘秀英'] as [string, string], kinship: '子女' as const },
      // A relation between people on neither committee, and one among the supervisors, change nothing.
      { between: ['赵春生', '李桂兰'] as [string, string], kinship: '配偶' as const },
    ];
    const found = checkSupervisoryCommittee(sound, { villagersCommittee, relations }).problems;
    expect(found.map((p) => [p.code, p.path])).toEqual([
      ['SUPERVISION_NEAR_RELATIVE', [0, 'name']],
      ['SUPERVISION_NEAR_RELATIVE', [1, 'name']],
    ]);
    expect(found[1]!.message).toBe(
      '村务监督委员会成员张德明与村民委员会主任王建国是近亲属（兄弟姐妹），不得担任（中华人民共和国村民委员会组织法（2018年修正）第三十二条）',
    );
    expect(formatProblem(found[0]!, 'zh-TW')).toBe(
      '村務監督委員會成員李桂兰與村民委員會副主任刘秀英是近親屬（子女），不得擔任（中華人民共和國村民委員會組織法（2018年修正）第三十二條）',
    );
    expect(found[0]!.messageEn).toContain('is a near relative (child) of 刘秀英, deputy director');
  });

  it('names the relation whose kinship is not a near relative, and lists the accepted ones', () => {
    const error = thrown(() =>
      checkSupervisoryCommittee(sound, {
        villagersCommittee,
        relations: [{ between: ['王建国', '张德明'], kinship: '表兄弟' as never }],
      }),
    );
    expect(error.problems[0]).toMatchObject({ path: ['relations', 0, 'kinship'] });
    expect(error.problems[0]!.expected).toContain('外孙子女');
  });
});
