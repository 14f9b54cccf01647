/**
 * The numbered checks of a recommendation (推荐提名核对), beside the election tallies' (`checks.ts`) and in the same
 * style: kept apart so that a page counting an election does not ship them. The counts' checks (F.001–F.006) are
 * the tallies' own.
 */
import type { RecommendationCheckCode } from '../../problems/tallyCodes.js';
import { check, type TallyCheck } from './checks.js';

/**
 * W.301 for a recommendation: fewer people met the rounds' requirements than are to go forward (the seats and the
 * margin of the rules cited).
 */
export function forwardShortCheck(reference: string | null = null): TallyCheck {
  return check({
    code: 'W.301',
    severity: 'warning',
    title: {
      zh: '达到推荐要求的人数少于应产生的人选数',
      en: 'Fewer people met the requirements than are to go forward',
    },
    explanation: {
      zh: '推荐（提名）产生的人选应多于应选名额（按规则的差额）；达到各轮得票要求的人数不足。',
      en: 'A recommendation yields more people than seats (by the margin the rules set); too few met every round’s requirement.',
    },
    next: {
      zh: '按规定程序补充推荐，或者调减应选人数后重新推荐。',
      en: 'Recommend again by the set procedure, or reduce the seats and recommend again.',
    },
    fields: ['candidates', 'seats'],
    reference,
  });
}

/** Every check of a recommendation that the election tallies do not have, by code. 推荐提名核对项目录。 */
export const RECOMMENDATION_CHECKS = {
  'F.301': check({
    code: 'F.301',
    severity: 'error',
    title: { zh: '推荐轮次应与规则相符', en: 'The rounds are those the rules set' },
    explanation: {
      zh: '每一轮只计一次，只计规则为该组织设定的轮次，规则要求的轮次都应举行。',
      en: 'Each round is counted once, only rounds the rules set for the committee count, and every required round is held.',
    },
    next: {
      zh: '按规则补行缺少的轮次，或删去重复、不适用的轮次。',
      en: 'Hold the missing round as the rules say, or remove the repeated or inapplicable one.',
    },
    fields: ['rounds'],
    reference: null,
  }),
  'F.302': check({
    code: 'F.302',
    severity: 'error',
    title: {
      zh: '收回的推荐票不得多于发出的推荐票',
      en: 'No more recommendation ballots returned than issued',
    },
    explanation: {
      zh: '每位参加推荐（测评）的人只领一张票。',
      en: 'Each person taking part receives one ballot.',
    },
    next: {
      zh: '核对发票和收票记录，本轮推荐无效的，重新组织。',
      en: 'Check the ballots issued and returned; hold the round again if it is void.',
    },
    fields: ['rounds'],
    reference: null,
  }),
  'W.301': /* @__PURE__ */ forwardShortCheck(),
  'W.302': check({
    code: 'W.302',
    severity: 'warning',
    title: { zh: '末位综合得票相等，须再次推荐', en: 'Tie for the last place going forward: recommend again' },
    explanation: {
      zh: '达到要求的人数多于应产生的人选数，且最后一个名额有综合得票相等的人，无法确定人选。',
      en: 'More people met the requirements than go forward, and people are tied for the last place.',
    },
    next: {
      zh: '就综合得票相等的人再次推荐，或按规定的办法确定。',
      en: 'Recommend again between the tied people, or settle it as the rules say.',
    },
    fields: ['candidates'],
    reference: null,
  }),
} as const satisfies Record<RecommendationCheckCode, TallyCheck>;
