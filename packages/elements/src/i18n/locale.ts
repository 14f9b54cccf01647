/**
 * Which language an element speaks: its own `lang`, else the nearest ancestor's, else the page's; zh-CN by default.
 */

/** The UI languages every element ships. */
export const LOCALES = ['zh-CN', 'zh-TW', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Maps a BCP 47 tag onto a shipped locale: zh-TW/zh-HK/zh-Hant → zh-TW, en-* → en, anything else → zh-CN. */
export function localeFromTag(tag: string | null | undefined): Locale {
  const t = (tag ?? '').toLowerCase();
  if (t.startsWith('en')) return 'en';
  if (/^zh-(tw|hk|mo|hant)/.test(t)) return 'zh-TW';
  return 'zh-CN';
}

/** The locale in force for an element, read from `lang` attributes (crossing shadow roots to their hosts). */
export function resolveLocale(element: Element): Locale {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.getAttribute('lang')) return localeFromTag(node.getAttribute('lang'));
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'zh-CN';
}
