/**
 * What an element does with an attribute (or property) value it cannot use: it takes the documented default and
 * says so once — one `console.warn` per element and value, in Chinese and English, naming the element, the
 * attribute, the value and the default. A typo in a page's markup must never stop an element from rendering.
 */
import { isIsoDate } from '@huanjie/core';

/** How a warning names a default that is not a value of the attribute (e.g. today). */
export interface DefaultText {
  readonly zh: string;
  readonly en: string;
}

/** What an attribute accepts, and what stands in when it is absent, empty or not valid. */
export interface AttributeRule<T> {
  /** The values accepted, or a test of a (string) value. */
  readonly accepts: readonly T[] | ((value: string) => boolean);
  /** The documented default. */
  readonly fallback: T;
  /** What is accepted, as the warning says it (default: the values accepted). */
  readonly expected?: string;
  /** The default as the warning names it (default: the fallback value). */
  readonly named?: DefaultText;
}

/** The default of most date attributes: today, on the user's calendar. */
export const TODAY: DefaultText = { zh: '今天', en: 'today' };

/** An ISO date attribute (`YYYY-MM-DD`, a day that exists); unset by default, which `named` describes. */
export function isoDateRule(named: DefaultText): AttributeRule<string | undefined> {
  return { accepts: isIsoDate, fallback: undefined, expected: 'YYYY-MM-DD', named };
}

/** Per element, the attribute values already warned about. */
const warned = new WeakMap<Element, Set<string>>();

/**
 * The value an element uses for an attribute: the value when the rule accepts it, else the rule's default. Absent
 * (`null`, `undefined`) or empty, the attribute takes its default silently; any other value the rule refuses is
 * warned about once per element.
 *
 * @param host - the element (named in the warning by its tag)
 * @param attribute - the attribute's name as written in markup (`as-of`)
 * @param value - the attribute's property as it stands
 * @returns the value in force
 * @example
 * ```ts
 * validAttribute(tally, 'kind', 'x', { accepts: ['party', 'villagers-committee'], fallback: 'villagers-committee' })
 * // 'villagers-committee', and once: <hj-election-tally> kind="x" 无效（应为 party、villagers-committee），改用默认值 …
 * ```
 */
export function validAttribute<T>(host: Element, attribute: string, value: unknown, rule: AttributeRule<T>): T {
  const { accepts } = rule;
  const valid =
    typeof accepts === 'function' ? typeof value === 'string' && accepts(value) : accepts.includes(value as T);
  if (valid) return value as T;
  if (value === undefined || value === null || value === '') return rule.fallback;
  const shown = `${attribute}="${String(value).slice(0, 100)}"`;
  const seen = warned.get(host) ?? new Set<string>();
  warned.set(host, seen);
  if (!seen.has(shown)) {
    seen.add(shown);
    const tag = `<${host.localName}>`;
    const listed = typeof accepts === 'function' ? [] : accepts.filter((v) => v !== '');
    const fallback = rule.named ?? { zh: String(rule.fallback), en: String(rule.fallback) };
    console.warn(
      `${tag} ${shown} 无效（应为 ${rule.expected ?? listed.join('、')}），改用默认值：${fallback.zh}。 / ` +
        `${tag} ${shown} is not valid (expected ${rule.expected ?? listed.join(', ')}); using the default: ${fallback.en}.`,
    );
  }
  return rule.fallback;
}
