/**
 * The pay section of a policy (报酬政策) and the cadre record that term pay is computed for. Amounts are integer fen,
 * given directly or as dated parameters (unit `fen`), so a raise mid-term is a new dated value.
 */
import * as z from 'zod/mini';
import { IsoDateField } from '../dates/isoDateField.js';
import { Id, NumberOrParam, Title } from '../parameters/ids.js';
import type { PolicyBase, Sourced } from '../parameters/policyBase.js';
import { NameField } from '../schemas/fields.js';
import { EDUCATION_LEVELS, ORGANIZATIONS, POSTS, SEXES } from '../schemas/vocabulary.js';

/** Annual review ratings (年度考核等次). */
export const PAY_RATINGS = ['优秀', '称职', '基本称职', '不称职'] as const;
export type PayRating = (typeof PAY_RATINGS)[number];

const Seat = {
  organizations: z.optional(z.array(z.enum(ORGANIZATIONS))),
  posts: z.optional(z.array(z.enum(POSTS))),
};

/** The pay section of a policy. 报酬政策。 */
export const PaySection = z.strictObject({
  reference: Id,
  /**
   * Partial months: `calendarDays` pays the days held over the days of the month; `wholeMonths` (次月起薪) pays a
   * month in full when the appointment holds on its first day, and nothing for a month it starts later in.
   */
  proration: z.enum(['calendarDays', 'wholeMonths']),
  /** Monthly base pay: the first entry that matches the seat (organization, post, 一肩挑) applies. */
  base: z
    .array(z.strictObject({ ...Seat, concurrent: z.optional(z.boolean()), monthly: NumberOrParam }))
    .check(z.minLength(1)),
  /** 一肩挑 as an allowance on top of the base (when no base entry of its own matched with `concurrent: true`). */
  concurrentAllowance: z.optional(NumberOrParam),
  /** Seniority (工龄/任职年限): per full year served, from the anniversary on; by that year's rating if given. */
  seniority: z.optional(
    z.strictObject({
      increment: NumberOrParam,
      byRating: z.optional(z.partialRecord(z.enum(PAY_RATINGS), NumberOrParam)),
      cap: z.optional(NumberOrParam),
      /** `continuous`: years since the start of the current unbroken service; `cumulative`: all service, breaks left out. */
      service: z.enum(['continuous', 'cumulative']),
      /**
       * When a full year's raise takes effect: `anniversary` (default) from the first month whose 1st day is on or
       * after the anniversary; `nextJanuary` from the first 1 January on or after it — the two readings of
       * "每任职满1年，次年月报酬给予增加" (seed 001, 兴义市).
       */
      takesEffect: z._default(z.enum(['anniversary', 'nextJanuary']), 'anniversary'),
    }),
  ),
  allowances: z._default(
    z.array(
      z.strictObject({
        id: Id,
        title: Title,
        monthly: NumberOrParam,
        ...Seat,
        educationAtLeast: z.optional(z.enum(EDUCATION_LEVELS)),
      }),
    ),
    () => [],
  ),
  /** A share withheld each month and paid after the annual review, by rating (绩效报酬). */
  performance: z.optional(
    z.strictObject({
      withheldPercent: NumberOrParam,
      payoutPercent: z.strictObject({
        优秀: NumberOrParam,
        称职: NumberOrParam,
        基本称职: NumberOrParam,
        不称职: NumberOrParam,
      }),
    }),
  ),
  /** Departure allowance per full year served (离任补助), paid in the month the last appointment ends. */
  departure: z.optional(z.strictObject({ perFullYear: NumberOrParam })),
  /**
   * Who receives the living allowance after leaving (离任生活补贴): enough service — consecutive terms or years, or
   * terms or years in total (one appointment is one term) — and the age.
   */
  livingAllowance: z.optional(
    z.strictObject({
      consecutiveTerms: NumberOrParam,
      consecutiveYears: NumberOrParam,
      totalTerms: NumberOrParam,
      totalYears: NumberOrParam,
      menAge: NumberOrParam,
      womenAge: NumberOrParam,
    }),
  ),
});
export type PaySection = z.infer<typeof PaySection>;

/** One appointment (任职): a seat held from a date, until a date or still. */
export const Appointment = z.strictObject({
  organization: z.enum(ORGANIZATIONS),
  post: z.enum(POSTS),
  concurrent: z._default(z.boolean(), false),
  from: IsoDateField,
  to: z.optional(IsoDateField),
});

/** A cadre whose pay is computed: appointments in order and annual ratings by calendar year. 村干部。 */
export const Cadre = z
  .strictObject({
    name: NameField,
    sex: z.optional(z.enum(SEXES)),
    birthDate: z.optional(IsoDateField),
    education: z.optional(z.enum(EDUCATION_LEVELS)),
    village: z.optional(NameField),
    township: z.optional(NameField),
    appointments: z.array(Appointment).check(z.minLength(1)),
    ratings: z._default(z.record(z.string().check(z.regex(/^\d{4}$/)), z.enum(PAY_RATINGS)), () => ({})),
  })
  .check(
    z.superRefine((c, ctx) => {
      c.appointments.forEach((a, i) => {
        if (a.to !== undefined && a.to < a.from) {
          ctx.addIssue({
            code: 'custom',
            path: ['appointments', i, 'to'],
            params: { code: 'PERIOD_REVERSED', date: a.from },
            input: a.to,
          });
        }
        const next = c.appointments[i + 1];
        if (next && (a.to === undefined || next.from <= a.to)) {
          ctx.addIssue({
            code: 'custom',
            path: ['appointments', i + 1, 'from'],
            params: { code: 'APPOINTMENTS_OVERLAP' },
            input: next.from,
          });
        }
      });
      if (c.appointments.length === 0) return; // reported by minLength
      // A rating belongs to a year in which the cadre held some post (not a year of a break).
      for (const year of Object.keys(c.ratings)) {
        const served = c.appointments.some(
          (a) => a.from <= `${year}-12-31` && (a.to === undefined || a.to >= `${year}-01-01`),
        );
        if (!served) {
          ctx.addIssue({
            code: 'custom',
            path: ['ratings', year],
            params: { code: 'RATING_OUTSIDE_SERVICE' },
            input: c.ratings[year],
          });
        }
      }
    }),
  );
export type Cadre = z.input<typeof Cadre>;
export type ParsedCadre = z.output<typeof Cadre>;

/** What term pay reads of a policy: its parameters and its pay section. */
export interface PayPolicy extends PolicyBase {
  readonly pay?: Sourced<PaySection>;
}
