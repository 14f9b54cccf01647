/**
 * Dated parameters (政策参数): a figure a rule reads — an age, a share, a number of hours — with the dates from which
 * each value holds and the reference it rests on.
 */
import * as z from 'zod/mini';
import { IsoDateField } from '../dates/isoDateField.js';
import { Id, Title } from './ids.js';

/** A parameter with dated values as written: each value holds from its date until the next one. 政策参数。 */
export const Parameter = z.strictObject({
  title: Title,
  unit: z.optional(
    z.enum(['years', 'percent', 'people', 'level', 'yuan', 'fen', 'hours', 'days', 'count', 'fraction']),
  ),
  reference: Id,
  /** `{ '2021-01-01': 60 }`: value from that date on. In an overlay, `null` removes a dated value of the base. */
  values: z.record(IsoDateField, z.nullable(z.union([z.number(), z.string(), z.boolean()]))),
});
export type Parameter = z.infer<typeof Parameter>;

/** A parameter of a defined policy: dated values sorted by date, none removed. */
export interface PolicyParameter {
  readonly title: Title;
  readonly unit?: string;
  readonly reference: string;
  readonly values: Readonly<Record<string, number | string | boolean>>;
}

/** A defined policy's parameters by name. */
export type ParameterTable = Readonly<Record<string, PolicyParameter>>;
