/**
 * A problem's message in the language a page shows: zh-CN and English as produced, Traditional Chinese (zh-TW) from
 * the catalogue's template and the problem's parameters.
 */
import { fillTemplate, type Problem, type ProblemLocale } from './problem.js';
import { ZH_TW, ZH_TW_VARIANTS } from './zhTW.js';

/**
 * Writes a problem's message in `locale`. A zh-TW message is filled from the catalogue's template; a problem not
 * written from the catalogue (no `params`: built by hand, or kept from an older version) or lacking a placeholder's
 * value keeps its zh-CN message rather than show a template with holes. 按语言显示问题。
 *
 * @param problem - a problem from any huanjie function
 * @param locale - `zh-CN`, `zh-TW` or `en`
 * @returns the message in that language
 * @example
 * ```ts
 * formatProblem(problem(ID_LENGTH, { length: 17 }), 'zh-TW') // '身分證號應為 18 位（或舊版 15 位），實際為 17 位'
 * ```
 */
export function formatProblem(problem: Problem, locale: ProblemLocale): string {
  if (locale === 'en') return problem.messageEn;
  if (locale === 'zh-CN') return problem.message;
  const { params } = problem;
  if (params === undefined) return problem.message;
  const { variant } = params;
  const variants = typeof variant === 'string' ? (ZH_TW_VARIANTS[problem.code] ?? {}) : undefined;
  const template = variants
    ? Object.hasOwn(variants, variant as string)
      ? variants[variant as string]
      : undefined
    : Object.hasOwn(ZH_TW, problem.code)
      ? ZH_TW[problem.code]
      : undefined;
  if (template === undefined) return problem.message;
  const names = template.match(/\{\w+\}/g) ?? [];
  return names.every((n) => Object.hasOwn(params, n.slice(1, -1)))
    ? fillTemplate(template, params, 'zh-TW')
    : problem.message;
}
