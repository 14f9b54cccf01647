/**
 * The small schemas that policy sections share: ids, parameter names, bilingual titles, and amounts given as a
 * number or as a parameter.
 */
import * as z from 'zod/mini';

/** A policy, rule or reference id: lower-case letters, digits and hyphens. */
export const Id = z.string().check(z.refine((s) => /^[a-z0-9][a-z0-9-]*$/.test(s), { params: { code: 'POLICY_ID' } }));
/** Parameter names are camelCase, as they are read in conditions: `{ param: 'votingAge' }`. */
export const ParameterId = z
  .string()
  .check(z.refine((s) => /^[a-zA-Z][a-zA-Z0-9]*$/.test(s), { params: { code: 'POLICY_PARAMETER_ID' } }));

/** A title in Chinese and English. */
export const Title = z.strictObject({ zh: z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) });
export type Title = z.infer<typeof Title>;

/** A whole number, or `{ param: 'name' }` read from the policy's dated parameters. */
export const NumberOrParam = z.union([z.int().check(z.nonnegative()), z.strictObject({ param: ParameterId })]);
