// One reserve's profile with every part of seed 004's 人才画像, for the talent tests and the reserve pool's tests.
import type { Reserve } from '@huanjie/core';

/**
 * A reserve as a township keeps one: found by 村民举荐 (seed 001), mentored by the village's first secretary, on a
 * trial post in her village since March 2020 with two 准岗考核 rated on the example county's form (and one planned
 * for 2022, after the tests' day), a finished and a planned training.
 */
export function reserveProfile(village: { readonly name: string; readonly code?: string }): Reserve {
  return {
    name: '王某芳',
    residentId: '110105199105010023',
    sex: 'female',
    birthDate: '1991-05-01',
    ethnicity: '汉族',
    education: '大专',
    politicalStatus: '中共党员',
    partyJoinDate: '2015-06-01',
    partyFullDate: '2016-06-01',
    source: '大学毕业生',
    readiness: '可立即使用',
    village: village.name,
    ...(village.code ? { villageCode: village.code } : {}),
    skills: ['电商'],
    channel: '村民举荐',
    trialPosts: [
      { village: village.name, post: '委员', from: '2019-01-01', until: '2019-12-31' },
      { village: village.name, post: '副主任', from: '2020-03-01' },
    ],
    mentors: [{ name: '李某', role: '第一书记', from: '2020-03-01' }],
    training: [
      { activity: '跟班学习', from: '2020-03-01', until: '2020-08-31' },
      { activity: '承担急难险重任务', from: '2021-11-01' },
    ],
    evaluations: [
      { date: '2020-12-20', rating: '良好', kind: '准岗考核', scores: { record: '良好', standing: '一般' } },
      { date: '2021-06-30', rating: '优秀', kind: '准岗考核', scores: { record: '优秀', political: '优秀' } },
      { date: '2022-06-30', rating: '较差', kind: '准岗考核', scores: { record: '较差' } },
    ],
    facts: [],
  };
}
