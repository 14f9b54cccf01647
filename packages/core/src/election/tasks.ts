/**
 * Campaign task lists (任务清单, 倒排时间): a template of tasks with deadlines relative to the election date, each
 * township's and village's progress against it, overdue tasks, and a roll-up per township (seed 001: 50 tasks for a
 * township, 35 for a village).
 */
import * as z from 'zod/mini';
import { fromDayNumber, type IsoDate, toDayNumber } from '../dates/calendar.js';
import * as P from '../problems/codes.js';
import { type Problem, problem, throwIfAny } from '../problems/problem.js';
import { parseOrThrow } from '../schemas/schemaProblems.js';

const Title = z.strictObject({ zh: z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) });

/** A task list template: who does what, by how many days before (or after) the election. */
export const TaskTemplate = z.strictObject({
  id: z.string().check(z.minLength(1)),
  title: Title,
  tasks: z
    .array(
      z.strictObject({
        id: z.string().check(z.minLength(1)),
        title: Title,
        level: z.enum(['township', 'village']),
        daysBefore: z.optional(z.int().check(z.nonnegative())),
        daysAfter: z.optional(z.int().check(z.nonnegative())),
        reference: z.optional(z.string()),
      }),
    )
    .check(z.minLength(1)),
});
export type TaskTemplate = z.input<typeof TaskTemplate>;

/** A township's or village's record: its election date and the tasks done, with the day each was done. */
export interface TaskRecord {
  readonly unit: string;
  readonly township?: string;
  readonly level: 'township' | 'village';
  readonly electionDate: IsoDate;
  readonly done: Readonly<Record<string, IsoDate>>;
}

/** Progress of one unit. 任务进度。 */
export interface UnitProgress {
  readonly unit: string;
  readonly township?: string;
  readonly total: number;
  readonly done: number;
  /** Not done and past due on `asOf`. */
  readonly overdue: ReadonlyArray<{
    readonly id: string;
    readonly title: string;
    readonly due: IsoDate;
    readonly daysLate: number;
  }>;
  /** Done, but after the due date. */
  readonly late: ReadonlyArray<{ readonly id: string; readonly due: IsoDate; readonly doneOn: IsoDate }>;
}

/** Progress of every unit and the roll-up per township. */
export interface TaskProgress {
  readonly units: readonly UnitProgress[];
  readonly byTownship: Readonly<
    Record<string, { readonly units: number; readonly total: number; readonly done: number; readonly overdue: number }>
  >;
}

/**
 * Dates the tasks of a template for an election day. 倒排任务。
 *
 * @example
 * ```ts
 * scheduleTasks(template, '2021-10-28').find((t) => t.id === 'voter-list')?.due // '2021-10-08'
 * ```
 */
export function scheduleTasks(
  template: unknown,
  electionDate: IsoDate,
): { id: string; title: { zh: string; en: string }; level: 'township' | 'village'; due: IsoDate }[] {
  const t = parseOrThrow(TaskTemplate, template);
  const problems: Problem[] = [];
  t.tasks.forEach((task, i) => {
    if ((task.daysBefore === undefined) === (task.daysAfter === undefined)) {
      problems.push(problem(P.TASK_DEADLINE, { task: task.title }, { path: ['tasks', i] }));
    }
    if (t.tasks.findIndex((x) => x.id === task.id) !== i) {
      problems.push(problem(P.TASK_DUPLICATE_ID, { id: task.id }, { path: ['tasks', i, 'id'] }));
    }
  });
  throwIfAny(problems);
  const day = toDayNumber(electionDate);
  return t.tasks
    .map((task) => ({
      id: task.id,
      title: task.title,
      level: task.level,
      due: fromDayNumber(task.daysBefore !== undefined ? day - task.daysBefore : day + (task.daysAfter ?? 0)),
    }))
    .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
}

/**
 * Progress of townships and villages against a template on a date: tasks done, overdue (with days late), done late,
 * and a roll-up per township. 任务进度与逐级汇总。
 *
 * @throws HuanjieError for a task id done that the template does not have, naming the unit
 */
export function taskProgress(
  template: unknown,
  records: readonly TaskRecord[],
  options: { readonly asOf: IsoDate },
): TaskProgress {
  const problems: Problem[] = [];
  const units = records.map((r, i): UnitProgress => {
    const tasks = scheduleTasks(template, r.electionDate).filter((t) => t.level === r.level);
    // Own keys only: a task id such as `constructor` must not find what every object inherits.
    const doneOn = (id: string) => (Object.hasOwn(r.done, id) ? r.done[id] : undefined);
    for (const id of Object.keys(r.done)) {
      if (!tasks.some((t) => t.id === id)) {
        problems.push(problem(P.TASK_UNKNOWN, { unit: r.unit, id }, { path: [i, 'done', id] }));
      }
    }
    const overdue = tasks
      .filter((t) => doneOn(t.id) === undefined && t.due < options.asOf)
      .map((t) => ({
        id: t.id,
        title: t.title.zh,
        due: t.due,
        daysLate: toDayNumber(options.asOf) - toDayNumber(t.due),
      }));
    const late = tasks.flatMap((t) => {
      const on = doneOn(t.id);
      return on !== undefined && on > t.due ? [{ id: t.id, due: t.due, doneOn: on }] : [];
    });
    return {
      unit: r.unit,
      ...(r.township ? { township: r.township } : {}),
      total: tasks.length,
      done: tasks.filter((t) => doneOn(t.id) !== undefined).length,
      overdue,
      late,
    };
  });
  throwIfAny(problems);
  // A null-prototype record: a township named `__proto__` is a township, not a write onto Object.prototype.
  const byTownship: Record<string, { units: number; total: number; done: number; overdue: number }> =
    Object.create(null);
  for (const u of units) {
    const key = u.township ?? u.unit;
    const sums = byTownship[key] ?? { units: 0, total: 0, done: 0, overdue: 0 };
    byTownship[key] = sums;
    sums.units++;
    sums.total += u.total;
    sums.done += u.done;
    sums.overdue += u.overdue.length;
  }
  return { units, byTownship };
}

/** An example village and township task list (a few of the tasks such lists hold; an EXAMPLE, not a county's list). */
export const exampleTaskTemplate: TaskTemplate = {
  id: 'example-tasks-2021',
  title: { zh: '示例：村级换届任务清单（节选）', en: 'Example: village re-election task list (excerpt)' },
  tasks: [
    {
      id: 'committee',
      title: { zh: '推选产生村民选举委员会', en: 'Villagers elect the election committee' },
      level: 'village',
      daysBefore: 40,
    },
    {
      id: 'audit-posted',
      title: { zh: '离任经济责任审计结果公示', en: 'Departure audit posted' },
      level: 'village',
      daysBefore: 30,
      reference: '村民委员会组织法第三十五条',
    },
    {
      id: 'voter-list',
      title: { zh: '公布选民名单', en: 'Voter list posted' },
      level: 'village',
      daysBefore: 20,
      reference: '村民委员会组织法第十四条',
    },
    {
      id: 'review',
      title: { zh: '完成候选人资格联审', en: 'Joint qualification review done' },
      level: 'township',
      daysBefore: 10,
    },
    {
      id: 'candidates-posted',
      title: { zh: '公布正式候选人名单', en: 'Candidates posted' },
      level: 'village',
      daysBefore: 5,
    },
    { id: 'election', title: { zh: '召开选举大会', en: 'Election meeting' }, level: 'village', daysBefore: 0 },
    {
      id: 'handover',
      title: { zh: '完成工作移交', en: 'Handover' },
      level: 'village',
      daysAfter: 10,
      reference: '村民委员会组织法第二十条',
    },
    { id: 'report', title: { zh: '上报换届结果', en: 'Results reported' }, level: 'township', daysAfter: 15 },
  ],
};
