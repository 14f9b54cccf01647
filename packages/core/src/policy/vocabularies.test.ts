// Vocabularies as policy data (issue 22): the national lists, words an overlay adds, and refusals that list the
// accepted words.
import {
  DEFAULT_VOCABULARIES,
  definePolicy,
  exampleCountyHardCriteria,
  extendPolicy,
  formatProblem,
  LEDGER_CATEGORIES,
  nationalBaseline,
  nationalBaselineSpec,
  parseLedger,
  summarizeLedger,
} from '@huanjie/core';
import { describe, expect, it } from 'vitest';
import { thrown } from '../../../../test/support/thrown.js';

// Seed 004's dispute screening: "征地拆迁……宗族派系、宗教势力、黑恶势力……村庄合并……干部情绪波动".
const SEED_004_CATEGORIES = ['征地拆迁', '村庄合并', '宗族派系', '宗教势力', '黑恶势力', '干部情绪'];

const item = (id: string, category: string) => ({
  id,
  village: '苏一二村',
  category,
  description: '征地补偿分配有争议',
  owner: '李某',
  opened: '2021-07-01',
  due: '2021-09-30',
  status: 'open',
});

const overlay = {
  id: 'my-county',
  extends: 'cn-national',
  name: { zh: '某县', en: 'A county' },
  jurisdiction: '某县',
};

describe('ledger categories as policy data', () => {
  it('states the national lists in the baseline, as the library has always accepted them', () => {
    expect(nationalBaseline.vocabularies?.ledgerCategories).toEqual([...LEDGER_CATEGORIES]);
    expect(nationalBaseline.vocabularies?.posts?.map((p) => p.title)).toEqual([
      '书记',
      '副书记',
      '委员',
      '主任',
      '副主任',
    ]);
    expect(nationalBaselineSpec.vocabularies).toBe(DEFAULT_VOCABULARIES);
  });

  it("refuses seed 004's 征地拆迁 under the national lists, naming the item and listing the accepted categories", () => {
    const e = thrown(() => parseLedger([item('L1', '信访矛盾'), item('L2', '征地拆迁')]));
    const p = e.problems[0]!;
    expect(p).toMatchObject({ code: 'WORD_NOT_IN_VOCABULARY', path: [1, 'category'], value: '征地拆迁' });
    expect(p.message).toBe(
      '问题类别“征地拆迁”不在政策的台账问题类别中；可用：信访矛盾、财务三资、宗族宗教与黑恶、班子问题、选举纪律、其他',
    );
    expect(p.messageEn).toBe(
      'Category "征地拆迁" is not in the policy\'s ledger categories; accepted: 信访矛盾, 财务三资, 宗族宗教与黑恶, 班子问题, 选举纪律, 其他',
    );
    expect(formatProblem(p, 'zh-TW')).toBe(
      '問題類別「征地拆迁」不在政策的台賬問題類別中；可用：信访矛盾、财务三资、宗族宗教与黑恶、班子问题、选举纪律、其他',
    );
    // The same words, without a policy and with the baseline.
    expect(thrown(() => parseLedger([item('L2', '征地拆迁')], { policy: nationalBaseline })).problems[0]!.code).toBe(
      'WORD_NOT_IN_VOCABULARY',
    );
  });

  it("reads every one of seed 004's categories under an overlay that adds them, and counts them", () => {
    const items = parseLedger(
      SEED_004_CATEGORIES.map((c, i) => item(`L${i}`, c)),
      { policy: exampleCountyHardCriteria },
    );
    expect(items.map((i) => i.category)).toEqual(SEED_004_CATEGORIES);
    const s = summarizeLedger(items, { asOf: '2021-08-01' });
    expect(s.byCategory.征地拆迁).toEqual({ total: 1, resolved: 0 });
    expect(s.byCategory.信访矛盾).toEqual({ total: 0, resolved: 0 });
    expect(s.total).toBe(6);
  });

  it('adds an overlay’s words to its base’s, keeping every national word (an overlay never removes one)', () => {
    const county = extendPolicy(nationalBaseline, {
      ...overlay,
      vocabularies: { ledgerCategories: ['征地拆迁', '其他'] },
    });
    expect(county.vocabularies?.ledgerCategories).toEqual([...LEDGER_CATEGORIES, '征地拆迁']);
    expect(county.vocabularies?.posts).toEqual(nationalBaseline.vocabularies?.posts);
    // A further overlay adds to the county's words, not to the national ones.
    const township = extendPolicy(county, {
      ...overlay,
      id: 'my-township',
      extends: 'my-county',
      vocabularies: { ledgerCategories: ['村庄合并'] },
    });
    expect(township.vocabularies?.ledgerCategories?.slice(-2)).toEqual(['征地拆迁', '村庄合并']);
  });

  it('refuses an overlay that gives a post title another meaning, naming the vocabulary', () => {
    const e = thrown(() =>
      extendPolicy(exampleCountyHardCriteria, {
        ...overlay,
        extends: exampleCountyHardCriteria.id,
        vocabularies: { posts: [{ title: '纪检委员', post: '副书记', organizations: ['党组织'] }] },
      }),
    );
    expect(e.problems[0]).toMatchObject({ code: 'POLICY_DUPLICATE_ID', path: ['vocabularies', 'posts', 9] });
    expect(e.problems[0]!.message).toBe('职务中“纪检委员”出现两次（本地政策只能增补词语，不能改写）');
  });

  it('refuses a vocabularies reference the policy does not have', () => {
    const e = thrown(() => extendPolicy(nationalBaseline, { ...overlay, vocabularies: { reference: 'nowhere' } }));
    expect(e.problems[0]).toMatchObject({ code: 'POLICY_UNKNOWN_REFERENCE', path: ['vocabularies', 'reference'] });
  });

  it('reads the national words under a base policy that sets no vocabularies', () => {
    const { vocabularies: _, ...spec } = nationalBaselineSpec;
    const bare = definePolicy({ ...spec, id: 'bare' });
    expect(bare.vocabularies).toBeUndefined();
    expect(parseLedger([item('L1', '财务三资')], { policy: bare })[0]!.category).toBe('财务三资');
    const county = extendPolicy(bare, {
      ...overlay,
      extends: 'bare',
      vocabularies: { ledgerCategories: ['征地拆迁'] },
    });
    expect(county.vocabularies?.ledgerCategories).toEqual([...LEDGER_CATEGORIES, '征地拆迁']);
  });
});
