/**
 * An example pay policy built from seed 001 (兴义市, 2021): regular full-time cadres 3,700 yuan a month, 一肩挑 4,460,
 * and each full year served raises the next year's monthly pay by 20–30 yuan (here 30 for 优秀, 20 otherwise, 0 for
 * 不称职). The 2018 base, the performance share, the education allowance, the departure allowance and the living
 * allowance test (two consecutive terms or 6 years, or three terms or 9 years in all; men 60, women 55) are
 * illustrative parameters, not seed 001's. An EXAMPLE, not a policy in force.
 */

import { extendPolicy } from '../policy/extendPolicy.js';
import type { OverlaySpec } from '../policy/schema.js';
import { nationalBaseline } from './nationalBaseline.js';

const yuan = (n: number) => n * 100;

/** The spec of {@link examplePay2021}. */
export const examplePay2021Spec = {
  id: 'example-pay-2021',
  extends: 'cn-national',
  example: true,
  name: { zh: '示例：村(社区)干部报酬（参照兴义市2021年）', en: 'Example: village cadre pay (after 兴义市 2021)' },
  jurisdiction: '示例市',
  effective: { from: '2018-01-01' },
  references: [
    {
      id: 'pay-2021',
      kind: 'example',
      title: '村(社区)常务干部基本报酬3700元/月、“一肩挑”4460元/月，每任职满1年次年月报酬增加20—30元（seed 001）',
    },
    {
      id: 'pay-example',
      kind: 'example',
      title: '示例参数（非 seed 001 内容）：2018年基本报酬、绩效报酬、学历补贴、离任补助',
    },
  ],
  parameters: {
    baseRegular: {
      title: { zh: '常务干部基本报酬（月）', en: 'Regular cadre base pay (month)' },
      unit: 'fen',
      reference: 'pay-2021',
      values: { '2018-01-01': yuan(3000), '2021-01-01': yuan(3700) },
    },
    baseConcurrent: {
      title: { zh: '“一肩挑”基本报酬（月）', en: '一肩挑 base pay (month)' },
      unit: 'fen',
      reference: 'pay-2021',
      values: { '2018-01-01': yuan(3600), '2021-01-01': yuan(4460) },
    },
    seniorityIncrement: {
      title: { zh: '每任职满1年月报酬增加（称职）', en: 'Raise per full year served (称职)' },
      unit: 'fen',
      reference: 'pay-2021',
      values: { '2018-01-01': yuan(20) },
    },
    seniorityExcellent: {
      title: { zh: '每任职满1年月报酬增加（优秀）', en: 'Raise per full year served (优秀)' },
      unit: 'fen',
      reference: 'pay-2021',
      values: { '2018-01-01': yuan(30) },
    },
    seniorityNone: {
      title: { zh: '考核不称职的年度不增加', en: 'No raise for a year rated 不称职' },
      unit: 'fen',
      reference: 'pay-2021',
      values: { '2018-01-01': 0 },
    },
    withheldPercent: {
      title: { zh: '绩效报酬比例（按月预留）', en: 'Performance share withheld monthly' },
      unit: 'percent',
      reference: 'pay-example',
      values: { '2018-01-01': 20 },
    },
    payoutExcellent: {
      title: { zh: '优秀：发放预留绩效的比例', en: '优秀: share of the withheld pay paid out' },
      unit: 'percent',
      reference: 'pay-example',
      values: { '2018-01-01': 120 },
    },
    payoutCompetent: {
      title: { zh: '称职：发放比例', en: '称职: share paid out' },
      unit: 'percent',
      reference: 'pay-example',
      values: { '2018-01-01': 100 },
    },
    payoutBasic: {
      title: { zh: '基本称职：发放比例', en: '基本称职: share paid out' },
      unit: 'percent',
      reference: 'pay-example',
      values: { '2018-01-01': 80 },
    },
    payoutNone: {
      title: { zh: '不称职：发放比例', en: '不称职: share paid out' },
      unit: 'percent',
      reference: 'pay-example',
      values: { '2018-01-01': 0 },
    },
    collegeAllowance: {
      title: { zh: '大专及以上学历补贴（月）', en: 'College education allowance (month)' },
      unit: 'fen',
      reference: 'pay-example',
      values: { '2018-01-01': yuan(100) },
    },
    livingAllowanceMenAge: {
      title: { zh: '离任生活补贴：男性年龄', en: 'Living allowance: age for men' },
      unit: 'years',
      reference: 'pay-example',
      values: { '2018-01-01': 60 },
    },
    livingAllowanceWomenAge: {
      title: { zh: '离任生活补贴：女性年龄', en: 'Living allowance: age for women' },
      unit: 'years',
      reference: 'pay-example',
      values: { '2018-01-01': 55 },
    },
    departurePerYear: {
      title: { zh: '离任补助（每满1年）', en: 'Departure allowance per full year' },
      unit: 'fen',
      reference: 'pay-example',
      values: { '2018-01-01': yuan(500) },
    },
  },
  pay: {
    reference: 'pay-2021',
    proration: 'calendarDays',
    base: [
      { organizations: ['党组织'], posts: ['书记'], concurrent: true, monthly: { param: 'baseConcurrent' } },
      { monthly: { param: 'baseRegular' } },
    ],
    seniority: {
      increment: { param: 'seniorityIncrement' },
      byRating: { 优秀: { param: 'seniorityExcellent' }, 不称职: { param: 'seniorityNone' } },
      service: 'continuous',
      // "每任职满1年，次年月报酬给予增加" (seed 001): read here as from the anniversary on; `nextJanuary` is the other
      // reading, from the next 1 January.
      takesEffect: 'anniversary',
    },
    allowances: [
      {
        id: 'college',
        title: { zh: '学历补贴', en: 'Education allowance' },
        monthly: { param: 'collegeAllowance' },
        educationAtLeast: '大专',
      },
    ],
    performance: {
      withheldPercent: { param: 'withheldPercent' },
      payoutPercent: {
        优秀: { param: 'payoutExcellent' },
        称职: { param: 'payoutCompetent' },
        基本称职: { param: 'payoutBasic' },
        不称职: { param: 'payoutNone' },
      },
    },
    departure: { perFullYear: { param: 'departurePerYear' } },
    livingAllowance: {
      consecutiveTerms: 2,
      consecutiveYears: 6,
      totalTerms: 3,
      totalYears: 9,
      menAge: { param: 'livingAllowanceMenAge' },
      womenAge: { param: 'livingAllowanceWomenAge' },
    },
  },
} satisfies OverlaySpec;

/** Example pay policy after seed 001. Not a policy in force. */
export const examplePay2021 = /* @__PURE__ */ extendPolicy(nationalBaseline, examplePay2021Spec);
