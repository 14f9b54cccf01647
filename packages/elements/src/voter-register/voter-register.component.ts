import {
  checkVoterRegister,
  nationalBaseline,
  type OtherVoterRegister,
  type PolicyBase,
  type Problem,
  parseVoterCsv,
  type VoterCsvResult,
  type VoterRegisterCheck,
} from '@huanjie/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { isoDateRule, TODAY, validAttribute } from '../attributes/valid-attribute.js';
import { FileDropController } from '../form/file-drop.js';
import { HjFormControl, todayOnUserCalendar } from '../form/form-control.js';
import { problemTable } from '../form/problem-table.js';
import type { Locale } from '../i18n/locale.js';
import { VOTER_REGISTER_MESSAGES, type VoterRegisterMessages } from './voter-register.messages.js';
import { voterRegisterStyles } from './voter-register.styles.js';
import { countsTemplate, duplicatesTemplate } from './voter-register.templates.js';

/** Detail of the `hj-voter-register-load` event: what the file held and what the check found. */
export interface VoterRegisterLoadDetail {
  /** The file's name, when a file was read. */
  readonly fileName: string;
  /** The rows read and the problems of reading them. */
  readonly read: VoterCsvResult;
  /** The list checked against Art. 13–15: registered and excluded, counts, duplicates, problems. */
  readonly check: VoterRegisterCheck;
}

const ELECTION_DATE = isoDateRule(TODAY);
const PUBLISHED_ON = isoDateRule({ zh: '不检查公布日期', en: 'posting not checked' });

/**
 * @summary Reads a voter list (选民名单) from a CSV file and shows its voters by category, the IDs registered twice
 * and every problem.
 *
 * @description Choose or drop a CSV (UTF-8 or GBK/GB18030) of a village's voter list. The element reads it as
 * `<hj-roster-import>` reads a roster (rows as in Excel, columns as in the file) and checks it with core's
 * `checkVoterRegister` for the election on `election-date` (村民委员会组织法 Art. 13–15): the voters of each of
 * Art. 13's three categories, those who cannot be on the list and why, the same ID number twice (here or on the
 * `otherVillages` lists), the list's posting (`published-on`). ID numbers are masked everywhere. Inside a `<form>`
 * its value is the registered voters as JSON; with `required` the form cannot be submitted until a list without
 * errors is loaded (`allow-errors` accepts one with errors). Nothing leaves the page.
 *
 * @event hj-voter-register-load - A file was read and checked. `detail` is a {@link VoterRegisterLoadDetail}.
 *
 * @csspart dropzone - The area that takes a dropped file.
 * @csspart input - The native file input (visually hidden; the button is its label).
 * @csspart button - The button-looking label that opens the file chooser.
 * @csspart status - The line with the counts.
 * @csspart counts - The voters by category.
 * @csspart duplicates - The table of ID numbers registered twice.
 * @csspart errors - The table of errors.
 * @csspart warnings - The table of notices.
 *
 * @cssproperty --hj-accent - Accent colour (buttons, focus ring).
 * @cssproperty --hj-voter-register-table-height - Height of each scrolling table.
 */
export class HjVoterRegister extends HjFormControl {
  static override styles = voterRegisterStyles;

  static override properties = {
    ...HjFormControl.properties,
    electionDate: { attribute: 'election-date' },
    publishedOn: { attribute: 'published-on' },
    allowErrors: { type: Boolean, attribute: 'allow-errors' },
    policy: { attribute: false },
    otherVillages: { attribute: false },
    read: { state: true },
    check: { state: true },
    fileName: { state: true },
    reading: { state: true },
  };

  /** The election day (`YYYY-MM-DD`): age 18, a year of residence and the deadlines count to it (default: today). */
  declare electionDate: string | undefined;
  /** When the list was posted (`YYYY-MM-DD`): checked against Art. 14's 20 days; absent, not checked. */
  declare publishedOn: string | undefined;
  /** Accept a list with errors (only the registered voters go into the form). */
  declare allowErrors: boolean;
  /** The policy whose voting age, day counts and proxy limit apply (default: the national baseline). */
  declare policy: PolicyBase | undefined;
  /** Other villages' lists, to find a person registered in two villages. */
  declare otherVillages: readonly OtherVoterRegister[] | undefined;
  declare private read: VoterCsvResult | undefined;
  declare private check: VoterRegisterCheck | undefined;
  declare private fileName: string;
  declare private reading: boolean;
  /** Choosing or dropping the file. */
  #drop = new FileDropController(this, {
    inactive: () => this.inactive,
    required: () => this.required,
    load: (file) => void this.loadFile(file),
  });

  constructor() {
    super();
    this.allowErrors = false;
    this.fileName = '';
    this.reading = false;
  }

  /** What the last file held and what the check found, or `undefined` before a file is read. */
  get result(): VoterRegisterLoadDetail | undefined {
    return this.read && this.check ? { fileName: this.fileName, read: this.read, check: this.check } : undefined;
  }

  /**
   * Reads a voter list file (or any `Blob`) as if the user had chosen it, and checks it.
   *
   * @returns what the file held and what the check found (also sent as `hj-voter-register-load`)
   */
  async loadFile(file: Blob, fileName = file instanceof File ? file.name : ''): Promise<VoterRegisterLoadDetail> {
    this.reading = true;
    try {
      const read = await parseVoterCsv(file, { asOf: this.#electionDate() });
      this.read = read;
      this.fileName = fileName;
      this.check = this.#check(read);
      const detail = { fileName, read, check: this.check };
      this.emit<VoterRegisterLoadDetail>('hj-voter-register-load', detail);
      return detail;
    } finally {
      this.reading = false;
    }
  }

  /** Clears the loaded list. */
  clear(): void {
    this.read = undefined;
    this.check = undefined;
    this.fileName = '';
    const input = this.renderRoot.querySelector('input');
    if (input) input.value = '';
  }

  formResetCallback(): void {
    this.clear();
  }

  #electionDate(): string {
    return validAttribute(this, 'election-date', this.electionDate, ELECTION_DATE) ?? todayOnUserCalendar();
  }

  #check(read: VoterCsvResult): VoterRegisterCheck {
    const publishedOn = validAttribute(this, 'published-on', this.publishedOn, PUBLISHED_ON);
    return checkVoterRegister(read.voters, {
      electionDate: this.#electionDate(),
      policy: this.policy ?? nationalBaseline,
      rowNumbers: read.rowNumbers,
      ...(publishedOn ? { publishedOn } : {}),
      ...(this.otherVillages ? { otherVillages: this.otherVillages } : {}),
    });
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const again = ['electionDate', 'publishedOn', 'policy', 'otherVillages'].some((k) => changed.has(k));
    if (again && this.read) this.check = this.#check(this.read);
  }

  protected override updated(): void {
    // After render, so that the file input exists to anchor the validation message.
    const t = VOTER_REGISTER_MESSAGES[this.locale];
    const errors = this.#errors().length;
    this.setFormState(
      this.check ? JSON.stringify(this.check.registered.map((r) => r.voter)) : null,
      this.required && (!this.check || this.check.registeredVoters === 0)
        ? { missing: t.missing }
        : this.check && errors > 0 && !this.allowErrors
          ? { invalid: t.hasErrors(errors) }
          : {},
      this.renderRoot?.querySelector?.('input') ?? undefined,
    );
  }

  #errors(): Problem[] {
    const found = [...(this.read?.errors ?? []), ...(this.check?.problems ?? [])];
    return found.filter((p) => p.severity === 'error');
  }

  #warnings(): Problem[] {
    const found = [...(this.read?.warnings ?? []), ...(this.check?.problems ?? [])];
    return found.filter((p) => p.severity !== 'error');
  }

  override render(): TemplateResult {
    const locale = this.locale;
    const t = VOTER_REGISTER_MESSAGES[locale];
    return html`
      ${this.#drop.render(t)}
      <div class="status" part="status" role="status" aria-live="polite">${this.#renderStatus(t)}</div>
      ${this.read && this.check ? this.#renderResult(this.check, t, locale) : nothing}
    `;
  }

  #renderStatus(t: VoterRegisterMessages): TemplateResult | typeof nothing {
    if (this.reading) return html`${t.reading}`;
    const { read, check } = this;
    if (!read || !check) return nothing;
    const errors = this.#errors().length;
    const warnings = this.#warnings().length;
    const s = t.clauseSeparator;
    return html`${t.readRows(read.rowCount, this.fileName || 'CSV')}${s}<span class="ok"
        >${t.registered(check.registeredVoters)}</span
      >${s}${t.excluded(check.counts.excluded)}${s}<span class=${errors ? 'errors' : 'ok'}>${t.errorCount(errors)}</span
      >${warnings ? html`${s}${t.warningCount(warnings)}` : nothing}`;
  }

  #renderResult(check: VoterRegisterCheck, t: VoterRegisterMessages, locale: Locale): TemplateResult {
    const errors = this.#errors();
    const warnings = this.#warnings();
    // As <hj-roster-import>: problems in zh-CN or English (the zh-TW templates would add ~10 KB to every page).
    const message = (p: Problem) => (locale === 'en' ? p.messageEn : p.message);
    const expected = (p: Problem) => (locale === 'en' ? p.expectedEn : p.expected);
    return html`
      ${countsTemplate(check, this.#electionDate(), t, locale)} ${duplicatesTemplate(check, t)}
      ${
        errors.length
          ? problemTable(errors, { caption: t.errorsCaption, part: 'errors', words: t, message, expected })
          : html`<p>${t.noErrors}</p>`
      }
      ${
        warnings.length
          ? problemTable(warnings, { caption: t.warningsCaption, part: 'warnings', words: t, message, expected })
          : nothing
      }
    `;
  }
}
