/**
 * References (依据): the law article or local document that a rule or parameter rests on, and how a verdict cites one.
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

/** A reference as a verdict cites it: its id, the title as cited, its kind and, when known, where to read it. */
export interface Citation {
  readonly id: string;
  readonly title: string;
  readonly kind: string;
  readonly url?: string;
}

/**
 * The citation of a reference id among a policy's references. 引用依据。
 *
 * A defined policy's rules only name references it holds (`checkPolicy` sees to it); an id it does not hold is cited
 * by the id itself, so that a verdict never loses the pointer it was given.
 *
 * @param references - the policy's references (`policy.references`)
 * @param id - a reference id named by a rule, target or parameter
 * @returns the reference, or `{ id, title: id, kind: 'law' }` when the policy does not hold it
 * @example
 * ```ts
 * citeReference(nationalBaseline.references, 'vc-law-art13').title // '中华人民共和国村民委员会组织法（2018年修正）第十三条'
 * ```
 */
export function citeReference(references: readonly Reference[], id: string): Citation {
  return references.find((r) => r.id === id) ?? { id, title: id, kind: 'law' };
}
