// The journal as a record: ids from content, tamper detection, coded problems for bad events, order-free merges.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CampaignEvent, EventDraft } from './event.js';
import { canonicalJson, eventId, sealEvent } from './eventId.js';
import { mergeJournals } from './mergeJournals.js';
import { journalToNdjson, verifyJournal } from './verifyJournal.js';

const clerk = { name: '王某', role: '包村干部', level: '乡镇' } as const;
const POTOU = '529901101001';
const stage = (unit: string, at: string, id: string) =>
  sealEvent({ at, unit, actor: clerk, kind: 'stage', data: { stage: id } } satisfies EventDraft);

describe('event ids', () => {
  it('are the SHA-256 of the canonical JSON, whatever the key order', () => {
    const a = {
      at: '2021-09-01T09:00:00+08:00',
      unit: POTOU,
      actor: clerk,
      kind: 'note',
      data: { text: '召开动员会' },
    };
    const b = {
      data: { text: '召开动员会' },
      kind: 'note',
      actor: { level: '乡镇', role: '包村干部', name: '王某' },
      unit: POTOU,
      at: '2021-09-01T09:00:00+08:00',
    };
    expect(canonicalJson(b)).toBe(canonicalJson(a));
    expect(eventId(a as EventDraft)).toBe(eventId(b as EventDraft));
    expect(eventId(a as EventDraft)).toMatch(/^[0-9a-f]{32}$/);
    // SHA-256 of the empty object's canonical JSON "{}": a fixed point anyone can recompute.
    expect(eventId({} as EventDraft)).toBe('44136fa355b3678a1146ad16f7e8649e');
  });

  it('change with any change of content', () => {
    const e = stage(POTOU, '2021-09-01T09:00:00+08:00', 'preparation');
    expect(stage(POTOU, '2021-09-01T09:00:01+08:00', 'preparation').id).not.toBe(e.id);
    expect(stage('529901101002', '2021-09-01T09:00:00+08:00', 'preparation').id).not.toBe(e.id);
  });
});

describe('verifyJournal', () => {
  const good = [
    stage(POTOU, '2021-09-01T09:00:00+08:00', 'preparation'),
    stage(POTOU, '2021-09-20T09:00:00+08:00', 'departure-audit'),
  ];

  it('accepts a journal written as NDJSON and read back', () => {
    const check = verifyJournal(journalToNdjson(good));
    expect(check).toMatchObject({ ok: true, problems: [], repeated: 0 });
    expect(check.events).toEqual(good);
  });

  it('names an event edited after it was recorded, and leaves it out', () => {
    const edited = { ...good[1]!, data: { stage: 'complete' } };
    const check = verifyJournal([good[0], edited]);
    expect(check.ok).toBe(false);
    expect(check.events).toEqual([good[0]]);
    expect(check.problems).toMatchObject([
      {
        code: 'JOURNAL_EVENT_TAMPERED',
        path: [1, 'id'],
        value: edited.id,
        message: expect.stringContaining(edited.id),
      },
    ]);
  });

  it('gives coded problems naming the event and field for unknown kinds and malformed events', () => {
    const check = verifyJournal([
      { ...good[0], kind: 'vote-bought' },
      { ...good[0], unit: '5299' },
      { ...good[0], at: '2021-09-01 09:00' },
      42,
    ]);
    expect(check.events).toEqual([]);
    expect(check.problems.map((p) => [p.code, p.path])).toEqual([
      ['JOURNAL_EVENT_KIND', [0, 'kind']],
      ['UNIT_CODE', [1, 'unit']],
      ['INSTANT', [2, 'at']],
      ['JOURNAL_EVENT_KIND', [3, 'kind']],
    ]);
    expect(check.problems[0]).toMatchObject({ message: expect.stringContaining('vote-bought'), value: good[0]!.id });
    expect(check.problems[1]!.messageEn).toContain('12 digits for a village');
  });

  it('reports the line of an NDJSON text that is not JSON, and keeps the others', () => {
    const text = `${journalToNdjson([good[0]!])}{"kind": "stage", \n\n${journalToNdjson([good[1]!])}`;
    const check = verifyJournal(text);
    expect(check.problems).toMatchObject([{ code: 'JOURNAL_LINE_JSON', row: 2 }]);
    expect(check.events).toEqual(good);
  });

  it('keeps an exact copy once, and warns of a correction naming an event not in the journal', () => {
    const correction = sealEvent({
      at: '2021-09-21T09:00:00+08:00',
      unit: POTOU,
      actor: clerk,
      kind: 'retraction',
      data: {},
      corrects: 'ab'.repeat(16),
      reason: '误录',
    });
    const check = verifyJournal([...good, good[0], correction]);
    expect(check).toMatchObject({ ok: true, repeated: 1 });
    expect(check.events).toHaveLength(3);
    expect(check.problems).toMatchObject([
      { code: 'JOURNAL_EVENT_DANGLING', severity: 'warning', path: [2, 'corrects'] },
    ]);
  });
});

describe("the registers' events (submission, nomination)", () => {
  const person = { key: 'HB-2021-017', name: '李某乙' };
  const nomination = (data: Record<string, unknown>) =>
    sealEvent({ at: '2021-09-10T10:00:00+08:00', unit: POTOU, actor: clerk, kind: 'nomination', data } as EventDraft);

  it("accepts a matter put up for sign-off and the steps of a person's path", () => {
    const submission = sealEvent({
      at: '2021-09-08T10:00:00+08:00',
      unit: POTOU,
      actor: { name: '赵某', role: '村党组织书记', level: '村' },
      kind: 'submission',
      data: {
        matter: '人选动议',
        title: '坡头社区党组织委员人选动议',
        to: [
          { level: '乡镇', body: '坡头镇党委' },
          { level: '乡镇', body: '坡头镇党委书记' },
        ],
      },
    } satisfies EventDraft);
    const steps = [
      nomination({ person, step: '纳入后备', source: '后备干部' }),
      nomination({ person, step: '资格联审', outcome: '通过' }),
      nomination({ person, step: '当选', body: '党组织', post: '委员', basis: submission.id }),
    ];
    expect(verifyJournal([submission, ...steps])).toMatchObject({ ok: true, problems: [] });
  });

  it("names the field a step needs: the review's outcome, the body a person was elected to", () => {
    const check = verifyJournal([
      nomination({ person, step: '资格联审' }),
      nomination({ person, step: '当选', post: '书记' }),
      nomination({ person, step: '提拔' }),
    ]);
    expect(check.events).toEqual([]);
    expect(check.problems.map((p) => [p.code, p.path])).toEqual([
      ['FIELD_MISSING', [0, 'data', 'outcome']],
      ['FIELD_MISSING', [1, 'data', 'body']],
      ['FIELD_VALUE', [2, 'data', 'step']],
    ]);
  });

  it('warns of a sign-off answering a submission not in the journal (a township file not merged yet)', () => {
    const signoff = (subject: string) =>
      sealEvent({
        at: '2021-09-02T16:00:00+08:00',
        unit: '529901101',
        actor: clerk,
        kind: 'signoff',
        data: { level: '乡镇', body: '坡头镇党委', person: '李某', decision: '同意', subject },
      } satisfies EventDraft);
    const check = verifyJournal([signoff('ef'.repeat(16)), signoff('坡头社区选举办法')]);
    expect(check.problems).toMatchObject([{ code: 'JOURNAL_EVENT_DANGLING', path: [0, 'data', 'subject'] }]);
  });

  it('warns of a step resting on an event not in the journal', () => {
    const check = verifyJournal([nomination({ person, step: '推荐', basis: 'cd'.repeat(16) })]);
    expect(check).toMatchObject({ ok: true });
    expect(check.problems).toMatchObject([{ code: 'JOURNAL_EVENT_DANGLING', path: [0, 'data', 'basis'] }]);
  });
});

describe('mergeJournals', () => {
  const township1 = [
    stage(POTOU, '2021-09-01T09:00:00+08:00', 'preparation'),
    stage(POTOU, '2021-09-20T09:00:00+08:00', 'departure-audit'),
  ];
  const township2 = [
    stage('529901102001', '2021-09-02T10:00:00+08:00', 'preparation'),
    stage('529901102001', '2021-09-02T10:00:00+08:00', 'departure-audit'),
  ];

  it('takes the union ordered by instant, and lists same-instant stage conflicts without dropping either', () => {
    const merged = mergeJournals(township1, township2, township1);
    expect(merged.events.map((e) => e.at)).toEqual([
      '2021-09-01T09:00:00+08:00',
      '2021-09-02T10:00:00+08:00',
      '2021-09-02T10:00:00+08:00',
      '2021-09-20T09:00:00+08:00',
    ]);
    expect(merged.conflicts).toHaveLength(1);
    expect(merged.conflicts[0]).toMatchObject({ unit: '529901102001', kind: 'stage' });
    expect(merged.conflicts[0]!.events).toEqual(township2.map((e) => e.id).sort());
    expect(merged.conflicts[0]!.problem.message).toContain('529901102001 在同一时刻');
  });

  it('gives the same journal for any order and repetition of the same journals (property)', () => {
    const event = fc
      .record({
        unit: fc.constantFrom(POTOU, '529901101002', '529901102001'),
        minute: fc.integer({ min: 0, max: 50 }),
        stage: fc.constantFrom('preparation', 'departure-audit', 'voter-registration'),
      })
      .map(({ unit, minute, stage: s }) => stage(unit, `2021-09-01T09:${String(minute).padStart(2, '0')}:00+08:00`, s));
    fc.assert(
      fc.property(fc.array(fc.array(event, { maxLength: 8 }), { maxLength: 5 }), fc.integer(), (journals, seed) => {
        const once = mergeJournals(...journals);
        const shuffled = [...journals, ...journals.slice(0, 2)]
          .map((j, i) => ({ j: [...j].reverse(), k: (i * 7919 + seed) % 13 }))
          .sort((a, b) => a.k - b.k)
          .map((x) => x.j);
        const again = mergeJournals(...shuffled);
        expect(again.events).toEqual(once.events);
        expect(again.conflicts.map((c) => c.events)).toEqual(once.conflicts.map((c) => c.events));
        // Idempotent: merging the merge with a part of it changes nothing.
        expect(mergeJournals(once.events, ...journals).events).toEqual(once.events);
        const ids = new Set(journals.flat().map((e: CampaignEvent) => e.id));
        expect(once.events).toHaveLength(ids.size);
      }),
      // Each run hashes dozens of events: a thousand runs cover the orders well within a second or two.
      { numRuns: 1000 },
    );
  });
});
