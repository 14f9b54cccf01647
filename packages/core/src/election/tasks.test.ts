import { exampleTaskTemplate, scheduleTasks, type TaskRecord, taskProgress } from '@huanjie/core';
import { describe, expect, it } from 'vitest';
import { thrown } from '../../../../test/support/thrown.js';

describe('task lists (倒排时间)', () => {
  it('dates every task from the election day', () => {
    const tasks = scheduleTasks(exampleTaskTemplate, '2021-10-28');
    expect(tasks.map((t) => [t.id, t.due])).toEqual([
      ['committee', '2021-09-18'],
      ['audit-posted', '2021-09-28'],
      ['voter-list', '2021-10-08'],
      ['review', '2021-10-18'],
      ['candidates-posted', '2021-10-23'],
      ['election', '2021-10-28'],
      ['handover', '2021-11-07'],
      ['report', '2021-11-12'],
    ]);
  });

  it('finds overdue and late tasks per village and rolls up per township', () => {
    const records: TaskRecord[] = [
      {
        unit: '坡头村',
        township: '青石镇',
        level: 'village' as const,
        electionDate: '2021-10-28',
        done: { committee: '2021-09-15', 'audit-posted': '2021-10-01' },
      },
      {
        unit: '沙坝村',
        township: '青石镇',
        level: 'village' as const,
        electionDate: '2021-10-28',
        done: { committee: '2021-09-10', 'audit-posted': '2021-09-20', 'voter-list': '2021-10-05' },
      },
    ];
    const p = taskProgress(exampleTaskTemplate, records, { asOf: '2021-10-10' });
    expect(p.units[0]).toMatchObject({
      total: 6,
      done: 2,
      overdue: [{ id: 'voter-list', due: '2021-10-08', daysLate: 2 }],
      late: [{ id: 'audit-posted', due: '2021-09-28', doneOn: '2021-10-01' }],
    });
    expect(p.units[1]).toMatchObject({ done: 3, overdue: [], late: [] });
    expect(p.byTownship.青石镇).toEqual({ units: 2, total: 12, done: 5, overdue: 1 });
  });

  it('takes names that every object inherits as names: a township "__proto__", a task "constructor"', () => {
    const odd = {
      unit: '坡头村',
      township: '__proto__',
      level: 'village' as const,
      electionDate: '2021-10-28',
      done: {},
    };
    const p = taskProgress(exampleTaskTemplate, [odd], { asOf: '2021-10-10' });
    expect(Object.keys(p.byTownship)).toEqual(['__proto__']);
    expect(Object.getOwnPropertyDescriptor(p.byTownship, '__proto__')?.value).toMatchObject({ units: 1, total: 6 });
    expect(({} as Record<string, unknown>).units).toBeUndefined(); // nothing written onto Object.prototype
    // A template task named like an inherited member is not done just because every object has one.
    const template = { ...exampleTaskTemplate, tasks: [{ ...exampleTaskTemplate.tasks[0]!, id: 'constructor' }] };
    const q = taskProgress(template, [{ ...odd, township: '青石镇' }], { asOf: '2021-10-10' });
    expect(q.units[0]).toMatchObject({ total: 1, done: 0 });
  });

  it('names a task done that the template lacks, and a task without a deadline', () => {
    const bad = [
      { unit: '坡头村', level: 'village' as const, electionDate: '2021-10-28', done: { picnic: '2021-09-01' } },
    ];
    expect(thrown(() => taskProgress(exampleTaskTemplate, bad, { asOf: '2021-10-10' })).problems[0]).toMatchObject({
      code: 'TASK_UNKNOWN',
      path: [0, 'done', 'picnic'],
    });
    const noDeadline = { ...exampleTaskTemplate, tasks: [{ id: 'x', title: { zh: 'x', en: 'x' }, level: 'village' }] };
    expect(thrown(() => scheduleTasks(noDeadline, '2021-10-28')).code).toBe('TASK_DEADLINE');
  });
});
