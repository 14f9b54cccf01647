/**
 * Citing a reference (引用依据): what a verdict, a tally check or a milestone says a figure rests on. Kept apart from
 * the reference schema so that code which only cites ships no zod.
 */

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
export function citeReference(references: readonly Citation[], id: string): Citation {
  return references.find((r) => r.id === id) ?? { id, title: id, kind: 'law' };
}
