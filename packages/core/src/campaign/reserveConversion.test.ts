// Seed 000's conversion figures (广安经开区, 2021) reproduced from a journal of people's paths: "已从78名村(社区)后备
// 干部中成功推荐出42名党组织委员"; "将124名退伍军人、农民工党员、返乡大学生纳入党组织委员考察对象……成功回引34名返乡
// 人才进入'两委'班子，其中书记8名"; "已把12名乡土村贤发展成党组织委员".
import { describe, expect, it } from 'vitest';
import type { EventDraft } from './event.js';
import { sealEvent } from './eventId.js';
import { reserveConversion } from './reserveConversion.js';
import { verifyJournal } from './verifyJournal.js';

const clerk = { name: '王某', role: '组织委员', level: '乡镇' } as const;
// An invented zone of 26 villages in two townships (seed 000 screened 26 villages).
const village = (n: number) => `5116991${String(1 + (n % 2)).padStart(2, '0')}${String(1 + (n % 13)).padStart(3, '0')}`;
const DAYS = { 纳入后备: '2021-06-01', 推荐: '2021-08-20', 考察: '2021-09-01', 资格联审: '2021-09-10' };

type Step =
  | '纳入后备'
  | '推荐'
  | '考察'
  | { review: '通过' | '不通过' }
  | { elected: '党组织' | '村民委员会'; post: '书记' | '委员' | '主任' }
  | '未当选'
  | '退出';

let serial = 0;
/** The events of one person's path, entered by its first step with `source`. */
function path(source: string, steps: Step[]): ReturnType<typeof sealEvent<EventDraft>>[] {
  const n = serial++;
  const person = { key: `P${String(n).padStart(4, '0')}`, name: `人选${n}` };
  const unit = village(n);
  return steps.map((s, i) => {
    const first = i === 0 ? { source } : {};
    const data =
      typeof s === 'string'
        ? s === '未当选'
          ? { person, step: s, body: '党组织' }
          : { person, step: s, ...first }
        : 'review' in s
          ? { person, step: '资格联审', outcome: s.review, ...first }
          : { person, step: '当选', body: s.elected, post: s.post };
    const step = typeof s === 'string' ? s : 'review' in s ? '资格联审' : '当选';
    const day = step in DAYS ? DAYS[step as keyof typeof DAYS] : step === '退出' ? '2021-09-05' : '2021-10-20';
    const at = `${day}T${String(8 + i).padStart(2, '0')}:00:00+08:00`;
    return sealEvent({ at, unit, actor: clerk, kind: 'nomination', data } as EventDraft);
  });
}
const times = (n: number, make: () => ReturnType<typeof path>) => Array.from({ length: n }, make).flat();

const PASSED: Step = { review: '通过' };
const reserves = [
  ...times(42, () => path('后备干部', ['纳入后备', '推荐', '考察', PASSED, { elected: '党组织', post: '委员' }])),
  ...times(10, () => path('后备干部', ['纳入后备', '推荐', '考察', PASSED, '未当选'])),
  ...times(3, () => path('后备干部', ['纳入后备', '推荐', '考察', { review: '不通过' }])),
  ...times(5, () => path('后备干部', ['纳入后备', '推荐'])),
  ...times(2, () => path('后备干部', ['纳入后备', '推荐', '退出'])),
  ...times(16, () => path('后备干部', ['纳入后备'])),
];
const returnees = [
  // 8 secretaries, 5 of them also directors of the villagers' committee (一肩挑).
  ...times(5, () =>
    path('返乡人员', ['考察', PASSED, { elected: '党组织', post: '书记' }, { elected: '村民委员会', post: '主任' }]),
  ),
  ...times(3, () => path('返乡人员', ['考察', PASSED, { elected: '党组织', post: '书记' }])),
  ...times(14, () => path('返乡人员', ['考察', PASSED, { elected: '党组织', post: '委员' }])),
  ...times(12, () => path('返乡人员', ['考察', PASSED, { elected: '村民委员会', post: '委员' }])),
  ...times(49, () => path('返乡人员', ['考察', PASSED, '未当选'])),
  ...times(40, () => path('返乡人员', ['考察'])),
];
const worthies = [
  ...times(12, () => path('乡贤', ['考察', PASSED, { elected: '党组织', post: '委员' }])),
  ...times(3, () => path('乡贤', ['考察'])),
];
// The 124th returnee: a clerk recorded the election by mistake and withdrew the record.
const mistaken = path('返乡人员', ['考察', PASSED, { elected: '党组织', post: '委员' }]);
const retraction = sealEvent({
  at: '2021-10-21T09:00:00+08:00',
  unit: mistaken[2]!.unit,
  actor: clerk,
  kind: 'retraction',
  data: {},
  corrects: mistaken[2]!.id,
  reason: '误录：该同志未当选',
} satisfies EventDraft);
const journal = verifyJournal([...worthies, ...returnees, ...mistaken, retraction, ...reserves]).events;

describe('reserveConversion', () => {
  it('reproduces seed 000: 78 reserves → 42 party-committee members; 124 returnees considered → 34 elected, 8 secretaries', () => {
    const c = reserveConversion(journal, { within: '511699' });
    expect(c.problems).toEqual([]);
    expect(c.bySource.后备干部).toMatchObject({ entered: 78, recommended: 62, inspected: 55, candidates: 52 });
    expect(c.bySource.后备干部.electedTo.党组织).toBe(42);
    expect(c.bySource.后备干部.withdrawn).toBe(2);
    // The retracted election does not count.
    expect(c.bySource.返乡人员).toMatchObject({ entered: 124, inspected: 124, elected: 34, secretaries: 8 });
    expect(c.bySource.返乡人员.electedTo).toEqual({ 党组织: 22, 村民委员会: 17, 居民委员会: 0 });
    expect(c.bySource.乡贤.electedTo.党组织).toBe(12);
    expect(c.total).toMatchObject({ entered: 78 + 124 + 15, elected: 42 + 34 + 12, secretaries: 8 });
  });

  it('counts as of an instant: before the elections nobody is elected, the candidates are', () => {
    const c = reserveConversion(journal, { asOf: '2021-09-30' });
    expect(c.total.elected).toBe(0);
    expect(c.bySource.返乡人员.candidates).toBe(84);
    expect(c.people.find((p) => p.source === '返乡人员' && p.candidate)?.furthest).toBe('资格联审');
  });

  it('lists each person with the furthest step and the posts elected to', () => {
    const c = reserveConversion(journal);
    const secretary = c.people.find((p) => p.elected.length === 2);
    expect(secretary).toMatchObject({
      source: '返乡人员',
      furthest: '当选',
      elected: [
        { body: '党组织', post: '书记' },
        { body: '村民委员会', post: '主任' },
      ],
    });
    expect(c.people.filter((p) => p.furthest === '退出')).toHaveLength(0);
    expect(c.people.filter((p) => p.withdrawn)).toHaveLength(2);
  });

  it('warns of someone elected without a joint qualification review passed on record', () => {
    const unreviewed = path('致富能人', ['考察', { review: '不通过' }, { elected: '村民委员会', post: '委员' }]);
    const c = reserveConversion([...journal, ...unreviewed]);
    expect(c.problems).toMatchObject([
      {
        code: 'NOMINATION_NOT_REVIEWED',
        severity: 'warning',
        value: unreviewed[2]!.id,
        message: expect.stringContaining('当选村民委员会，但纪实中没有其资格联审通过的记录'),
      },
    ]);
  });

  it('keeps to a township when asked', () => {
    const c = reserveConversion(journal, { within: '511699101' });
    expect(c.total.entered).toBeGreaterThan(0);
    expect(c.people.every((p) => p.unit.startsWith('511699101'))).toBe(true);
  });
});
