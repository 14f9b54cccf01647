// Post titles of a policy's vocabularies in the roster's 职务 column (seed 002: "100%配备专职副书记和纪检委员").
import { exampleCountyHardCriteria, formatProblem, parseRosterCsv } from '@huanjie/core';
import { describe, expect, it } from 'vitest';

const csv = [
  '姓名,性别,出生日期,民族,学历,政治面貌,入党时间,转正时间,组织,职务,村(社区)',
  '王某甲,男,1980-01-02,汉族,大专,中共党员,2005-07-01,2006-07-01,党组织,专职副书记,苏家坨村',
  '李某乙,女,1985-03-04,汉族,本科,中共党员,2008-07-01,2009-07-01,党支部,纪检委员,苏家坨村',
  '赵某丙,男,1979-05-06,汉族,高中,中共党员,2003-07-01,2004-07-01,党组织,支部书记,苏家坨村',
].join('\n');

describe('the 职务 column under a policy’s post titles', () => {
  it('reads 专职副书记 and 纪检委员 as the posts they count as, keeping the title, when the policy lists them', () => {
    const r = parseRosterCsv(csv, { policy: exampleCountyHardCriteria });
    expect(r.errors).toEqual([]);
    expect(r.rows.map((m) => [m.post, m.postTitle])).toEqual([
      ['副书记', '专职副书记'],
      ['委员', '纪检委员'],
      ['书记', undefined],
    ]);
  });

  it('refuses a title the default posts do not have, naming row and column and listing the accepted posts', () => {
    const r = parseRosterCsv(csv);
    expect(r.rows.map((m) => m.name)).toEqual(['赵某丙']);
    const p = r.errors[1]!;
    expect(p).toMatchObject({ code: 'WORD_NOT_IN_VOCABULARY', row: 3, column: '职务', value: '纪检委员' });
    expect(p.message).toBe('职务“纪检委员”不在政策的职务中；可用：书记、副书记、委员、主任、副主任');
    expect(p.messageEn).toBe(
      'Post "纪检委员" is not in the policy\'s posts; accepted: 书记, 副书记, 委员, 主任, 副主任',
    );
    expect(formatProblem(p, 'zh-TW')).toBe('職務「纪检委员」不在政策的職務中；可用：书记、副书记、委员、主任、副主任');
  });
});
