import {
  type Problem,
  parseRosterCsv,
  type RosterCsvResult,
  type RosterRow,
  type RosterSummary,
  summarizeRoster,
} from '@huanjie/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { isoDateRule, TODAY, validAttribute } from '../attributes/valid-attribute.js';
import { FileDropController } from '../form/file-drop.js';
import { HjFormControl, todayOnUserCalendar } from '../form/form-control.js';
import { problemTable } from '../form/problem-table.js';
import type { Locale } from '../i18n/locale.js';
import { ROSTER_IMPORT_MESSAGES } from './roster-import.messages.js';
import { rosterImportStyles } from './roster-import.styles.js';

/** Detail of the `hj-roster-load` event: what the import found. */
export interface RosterLoadDetail extends RosterCsvResult {
  /** The file's name, when a file was read. */
  readonly fileName: string;
}

/** Problems shown in the table at most; the rest are counted. */
const SHOWN_PROBLEMS = 200;

const AS_OF = isoDateRule(TODAY);

/** What the file chooser offers: CSV and text files, and Excel workbooks. */
const ROSTER_FILES = '.csv,.txt,.xlsx,.xls';

/**
 * Reads a workbook with core's workbook entry, loaded (and SheetJS with it) only now, so no page pays for it before a
 * workbook is chosen. Where it cannot be loaded (the embed copied without its chunk), the CSV reader's answer
 * stands: save the workbook as CSV.
 */
async function readWorkbook(file: Blob, asOf: string, refused: RosterCsvResult): Promise<RosterCsvResult> {
  try {
    const { readRosterWorkbook } = await import('@huanjie/core/workbook');
    return await readRosterWorkbook(file, { asOf });
  } catch {
    return refused;
  }
}

/**
 * @summary Imports a roster (花名册) from an Excel workbook or a CSV file and reports every row-level problem.
 *
 * @description Choose or drop a CSV (UTF-8 or GBK/GB18030) or an Excel workbook (`.xlsx`, `.xls`: its first sheet,
 * read by core's workbook entry, loaded only when a workbook is chosen). The element shows how many rows were read, how many are
 * valid and how many people they hold (a 一肩挑 secretary-director has two rows), a table of the errors (row as in
 * Excel, column, what is wrong, what would be accepted, the value with ID numbers masked) and a summary of the valid
 * rows. Inside a `<form>` its value is the valid rows as JSON; with `required` the form
 * cannot be submitted until a roster without errors is loaded. Nothing leaves the page.
 *
 * @event hj-roster-load - A file was read. `detail` is a {@link RosterLoadDetail}: rows, errors, warnings.
 *
 * @csspart dropzone - The area that takes a dropped file.
 * @csspart input - The native file input (visually hidden; the button is its label).
 * @csspart button - The button-looking label that opens the file chooser.
 * @csspart status - The line with the counts.
 * @csspart errors - The table of errors.
 * @csspart summary - The summary of valid rows.
 *
 * @cssproperty --hj-accent - Accent colour (buttons, focus ring).
 * @cssproperty --hj-roster-import-table-height - Height of the scrolling error table.
 */
export class HjRosterImport extends HjFormControl {
  static override styles = rosterImportStyles;

  static override properties = {
    ...HjFormControl.properties,
    asOf: { attribute: 'as-of' },
    allowErrors: { type: Boolean, attribute: 'allow-errors' },
    result: { state: true },
    fileName: { state: true },
    reading: { state: true },
  };

  /** ISO date against which birth dates are judged (default: today, on the user's calendar). */
  declare asOf: string | undefined;
  /** Accept a roster that has rejected rows (only the valid rows go into the form). */
  declare allowErrors: boolean;
  declare private result: RosterCsvResult | undefined;
  declare private fileName: string;
  declare private reading: boolean;
  /** Choosing or dropping the file. */
  #drop = new FileDropController(this, {
    inactive: () => this.inactive,
    required: () => this.required,
    load: (file) => void this.loadFile(file),
    accept: ROSTER_FILES,
  });

  #summary: RosterSummary | undefined;

  constructor() {
    super();
    this.allowErrors = false;
    this.fileName = '';
    this.reading = false;
  }

  /** The valid rows of the last file read, or `undefined` before one is read. */
  get rows(): readonly RosterRow[] | undefined {
    return this.result?.rows;
  }

  /** Everything the last import found. */
  get importResult(): RosterCsvResult | undefined {
    return this.result;
  }

  /**
   * Reads a roster file (or any `Blob`) as if the user had chosen it.
   *
   * @returns what the import found (also sent as `hj-roster-load`)
   */
  async loadFile(file: Blob, fileName = file instanceof File ? file.name : ''): Promise<RosterCsvResult> {
    this.reading = true;
    try {
      const asOf = validAttribute(this, 'as-of', this.asOf, AS_OF) ?? todayOnUserCalendar();
      const csv = await parseRosterCsv(file, { asOf });
      const result = csv.errors[0]?.code === 'CSV_WORKBOOK' ? await readWorkbook(file, asOf, csv) : csv;
      this.#show(result, fileName);
      return result;
    } finally {
      this.reading = false;
    }
  }

  /** Clears the loaded roster. */
  clear(): void {
    this.result = undefined;
    this.#summary = undefined;
    this.fileName = '';
    const input = this.renderRoot.querySelector('input');
    if (input) input.value = '';
  }

  formResetCallback(): void {
    this.clear();
  }

  #show(result: RosterCsvResult, fileName: string): void {
    this.result = result;
    this.fileName = fileName;
    this.#summary = summarizeRoster(result.rows);
    this.emit<RosterLoadDetail>('hj-roster-load', { ...result, fileName });
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.asOf = validAttribute(this, 'as-of', this.asOf, AS_OF);
  }

  protected override updated(): void {
    // After render, so that the file input exists to anchor the validation message.
    this.#updateFormState();
  }

  #updateFormState(): void {
    const t = ROSTER_IMPORT_MESSAGES[this.locale];
    const anchor = this.renderRoot?.querySelector?.('input');
    const result = this.result;
    this.setFormState(
      result ? JSON.stringify(result.rows) : null,
      this.required && (!result || result.rows.length === 0)
        ? { missing: t.missing }
        : result && result.errors.length > 0 && !this.allowErrors
          ? { invalid: t.hasErrors(result.errors.length) }
          : {},
      anchor,
    );
  }

  override render(): TemplateResult {
    const locale = this.locale;
    const t = ROSTER_IMPORT_MESSAGES[locale];
    return html`
      ${this.#drop.render(t)}
      <div class="status" part="status" role="status" aria-live="polite">${this.#renderStatus(t)}</div>
      ${this.result ? this.#renderResult(this.result, locale) : nothing}
    `;
  }

  #renderStatus(t: (typeof ROSTER_IMPORT_MESSAGES)[Locale]): TemplateResult | typeof nothing {
    if (this.reading) return html`${t.reading}`;
    const r = this.result;
    if (!r) return nothing;
    return html`${t.readRows(r.rowCount, this.fileName || 'CSV')}${t.clauseSeparator}<span class="ok">${t.validRows(r.rows.length, this.#summary?.people ?? 0)}</span>${t.clauseSeparator}<span
        class=${r.errors.length ? 'errors' : 'ok'}
        >${t.errorCount(r.errors.length)}</span
      >${r.warnings.length ? html`${t.clauseSeparator}${t.warningCount(r.warnings.length)}` : nothing}`;
  }

  #renderResult(r: RosterCsvResult, locale: Locale): TemplateResult {
    const t = ROSTER_IMPORT_MESSAGES[locale];
    const s = this.#summary;
    return html`
      ${r.errors.length ? this.#renderProblems(r.errors, t.errorsCaption, 'errors', locale) : html`<p>${t.noErrors}</p>`}
      ${r.warnings.length ? this.#renderProblems(r.warnings, t.warningsCaption, 'warnings', locale) : nothing}
      ${
        s && s.rows > 0
          ? html`<section part="summary" aria-labelledby="summary-title">
              <p class="title" id="summary-title">${t.summaryTitle}</p>
              <dl>
                ${(Object.keys(t.summary) as (keyof typeof t.summary)[]).map(
                  (key) => html`<div><dt>${t.summary[key]}</dt><dd>${s[key]}</dd></div>`,
                )}
              </dl>
            </section>`
          : nothing
      }
    `;
  }

  #renderProblems(problems: readonly Problem[], caption: string, part: string, locale: Locale): TemplateResult {
    const en = locale === 'en';
    return problemTable(problems, {
      caption,
      part,
      words: ROSTER_IMPORT_MESSAGES[locale],
      message: (p) => (en ? p.messageEn : p.message),
      expected: (p) => (en ? p.expectedEn : p.expected),
      shown: SHOWN_PROBLEMS,
    });
  }
}
