/**
 * @huanjie/elements — Lit web components for two-committee re-elections. This entry registers nothing: import
 * `@huanjie/elements/define/<name>.js` to define an element, or load the self-contained embed file.
 */

export type { Locale } from './i18n/locale.js';
export { LOCALES, localeFromTag, resolveLocale } from './i18n/locale.js';
export type { RosterLoadDetail } from './roster-import/roster-import.component.js';
export { HjRosterImport } from './roster-import/roster-import.component.js';
export type { RosterImportMessages } from './roster-import/roster-import.messages.js';
export { ROSTER_IMPORT_MESSAGES } from './roster-import/roster-import.messages.js';
