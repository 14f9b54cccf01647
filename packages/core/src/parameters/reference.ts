/**
 * The schema of a reference (依据): the law article or local document that a rule or parameter rests on. How a verdict
 * cites one is in `citation.ts`, which needs no schema.
 */
import * as z from 'zod/mini';
import { Id } from './ids.js';

/** A law article or local document that a rule or parameter rests on. 依据。 */
export const Reference = z.strictObject({
  id: Id,
  /** As it is cited, e.g. `中华人民共和国村民委员会组织法 第十三条`. */
  title: z.string().check(z.minLength(1)),
  /** National law, party rules, or a local policy document. */
  kind: z.enum(['law', 'party-rule', 'local-policy', 'example']),
  url: z.optional(z.string()),
  note: z.optional(z.string()),
});
export type Reference = z.infer<typeof Reference>;
