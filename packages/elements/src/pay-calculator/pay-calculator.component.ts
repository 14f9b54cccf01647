import {
  type Cadre,
  Cadre as CadreSchema,
  canHoldConcurrently,
  computeTermPay,
  type EducationLevel,
  formatYuan,
  HuanjieError,
  isIsoDate,
  type Organization,
  type PayRating,
  POST_ORGANIZATIONS,
  type Policy,
  type Post,
  type Problem,
  payPeriod,
  ratedYears,
  sumPayLines,
  type TermPay,
  termEnd,
  validate,
} from '@huanjie/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { isoDateRule, TODAY, validAttribute } from '../attributes/valid-attribute.js';
import { FieldFeedbackController } from '../form/field-feedback.js';
import { HjFormControl, todayOnUserCalendar } from '../form/form-control.js';
import type { Locale } from '../i18n/locale.js';
import { type FieldKey, renderCadreForm } from './cadre-form.js';
import { PAY_CALCULATOR_MESSAGES, type PayCalculatorMessages } from './pay-calculator.messages.js';
import { payCalculatorStyles } from './pay-calculator.styles.js';
import { renderCurrent, renderTerm } from './pay-result.js';

/** Detail of the `hj-pay` event: the cadre as entered and core's `computeTermPay` result for the term. */
export interface PayDetail {
  readonly cadre: Cadre;
  readonly pay: TermPay;
}

const APPOINTMENT_FIELDS = ['organization', 'post', 'concurrent', 'from', 'to'] as const;

/** Rating selects shown at most (guards against a far-off `term-to`). */
const MAX_RATING_YEARS = 60;

const TERM_FROM = isoDateRule({ zh: '任职日期', en: 'the appointment date' });
const TERM_TO = isoDateRule({ zh: '按政策的任期推算', en: "the end of the policy's term" });
const AS_OF = isoDateRule(TODAY);

/**
 * @summary Computes a village cadre's pay (村干部报酬) for a term under a pay policy: this month, every month, totals.
 *
 * @description Enter the name, organization and post (only the posts of the chosen organization are offered), the
 * appointment date, 一肩挑 (party secretaries only), education and the annual ratings. Under the host's `policy`
 * (one with a `pay` section, e.g. `examplePay2021` from `@huanjie/core`) the element shows this month's pay with its
 * components, a month-by-month schedule for the term, the term totals, the performance pay paid out after each
 * annual review, any departure allowance, and every parameter used with the date it took effect. All computation is
 * core's `computeTermPay`; every problem core reports is shown at the field it names. Money is shown with
 * `formatYuan` (`¥3,760.00`).
 *
 * The term is `term-from`–`term-to`. Without `term-from` it starts on the appointment date; without `term-to` it
 * lasts the policy's `termYears` (five years under the national baseline, so to the day before the fifth anniversary
 * of its start; core's `termEnd`). Months before the appointment are not computed. Inside a `<form>` the element's value is the cadre as JSON; with `required` the form cannot be
 * submitted until an appointment date is entered, and never while a field has a problem. Nothing leaves the page.
 *
 * @event hj-pay - A new computation succeeded. `detail` is a {@link PayDetail}: `{ cadre, pay }`.
 * @event change - The user changed the cadre (the host's value).
 *
 * @csspart form - The fields of the cadre.
 * @csspart ratings - The fieldset of the annual ratings.
 * @csspart problems - Problems that no single field is responsible for (the policy, the term).
 * @csspart current - This month's pay and its components.
 * @csspart schedule - The month-by-month table.
 * @csspart totals - The term totals.
 * @csspart performance - The table of performance payouts.
 * @csspart departure - The departure allowance line.
 * @csspart explanation - The table of parameters used.
 *
 * @cssproperty --hj-accent - Accent colour (focus ring, headline amount).
 * @cssproperty --hj-pay-calculator-table-height - Height of the scrolling schedule (not in print).
 */
export class HjPayCalculator extends HjFormControl {
  static override styles = payCalculatorStyles;

  static override properties = {
    ...HjFormControl.properties,
    policy: { attribute: false },
    termFrom: { attribute: 'term-from' },
    termTo: { attribute: 'term-to' },
    asOf: { attribute: 'as-of' },
    personName: { state: true },
    organization: { state: true },
    post: { state: true },
    concurrent: { state: true },
    education: { state: true },
    from: { state: true },
    to: { state: true },
    ratings: { state: true },
  };

  /** The policy whose `pay` section applies, e.g. `examplePay2021`. */
  declare policy: Policy | undefined;
  /** First day of the term (ISO date); default: the appointment date. */
  declare termFrom: string | undefined;
  /**
   * Last day of the term (ISO date); default: core's `termEnd`, the day before the anniversary of its start after the
   * policy's `termYears` (five under the national baseline); none without a policy.
   */
  declare termTo: string | undefined;
  /** ISO date whose month is "this month" (default: today, on the user's calendar). */
  declare asOf: string | undefined;
  declare private personName: string;
  declare private organization: Organization | '';
  declare private post: Post | '';
  declare private concurrent: boolean;
  declare private education: EducationLevel | '';
  declare private from: string;
  declare private to: string;
  declare private ratings: Readonly<Record<string, PayRating>>;

  #feedback = new FieldFeedbackController(this, { errorId: (field) => `error-${field}`, validAttribute: 'false' });
  #pay: TermPay | undefined;
  #term: { from: string; to: string } | undefined;
  #termProblems: readonly Problem[] = [];
  #period: { from: string; to: string } | undefined;
  #problems: readonly Problem[] = [];
  #fieldProblems = new Map<FieldKey, Problem[]>();
  #generalProblems: Problem[] = [];
  #computedKey = '';
  #computedPolicy: Policy | undefined;
  #emittedKey = '';
  #emittedPolicy: Policy | undefined;
  #announced = '';

  constructor() {
    super();
    this.#clearFields();
  }

  /** The cadre as entered, or `undefined` before an appointment date is entered. */
  get cadre(): Cadre | undefined {
    if (!this.from) return undefined;
    const appointment: Record<string, unknown> = {};
    if (this.organization) appointment.organization = this.organization;
    if (this.post) appointment.post = this.post;
    appointment.concurrent = this.#concurrentApplies() && this.concurrent;
    appointment.from = this.from;
    if (this.to) appointment.to = this.to;
    const cadre: Record<string, unknown> = {};
    if (this.personName) cadre.name = this.personName;
    if (this.education) cadre.education = this.education;
    cadre.appointments = [appointment];
    cadre.ratings = { ...this.ratings };
    // Missing fields are left out so that core names them ("缺少姓名"); core validates the rest.
    return cadre as unknown as Cadre;
  }

  /** The last successful computation, or `undefined`. */
  get pay(): TermPay | undefined {
    return this.#pay;
  }

  /** Every problem core reported for the current input. */
  get problems(): readonly Problem[] {
    return this.#problems;
  }

  formResetCallback(): void {
    this.#clearFields();
    this.#announced = '';
  }

  #clearFields(): void {
    this.personName = '';
    this.organization = '';
    this.post = '';
    this.concurrent = false;
    this.education = '';
    this.from = '';
    this.to = '';
    this.ratings = {};
  }

  #concurrentApplies(): boolean {
    return canHoldConcurrently(this.organization, this.post);
  }

  /** The term: given by the host, or from its start for the policy's term length (core's `termEnd`). */
  #computeTerm(): void {
    this.#termProblems = [];
    const from = this.termFrom || this.from;
    if (!from) {
      this.#term = undefined;
      return;
    }
    let to = this.termTo || '';
    if (!to && isIsoDate(from) && this.policy) {
      try {
        to = termEnd(from, this.policy, this.asOf || todayOnUserCalendar()) ?? '';
      } catch (e) {
        if (!(e instanceof HuanjieError)) throw e;
        this.#termProblems = e.problems;
      }
    }
    this.#term = { from, to };
  }

  /** Years that take a rating (core's `ratedYears`), plus any rated. */
  #ratingYears(): string[] {
    const years = new Set(Object.keys(this.ratings));
    const term = this.#term;
    if (isIsoDate(this.from) && term && isIsoDate(term.to)) {
      const { first, last } = ratedYears({ from: this.from, to: isIsoDate(this.to) ? this.to : undefined }, term);
      const end = Math.min(last, first + MAX_RATING_YEARS - 1);
      for (let y = first; y <= end; y++) years.add(String(y));
    }
    return [...years].sort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.termFrom = validAttribute(this, 'term-from', this.termFrom, TERM_FROM);
    this.termTo = validAttribute(this, 'term-to', this.termTo, TERM_TO);
    this.asOf = validAttribute(this, 'as-of', this.asOf, AS_OF);
    this.#compute();
  }

  /** Runs core on the current input (only when the input changed). */
  #compute(): void {
    this.#computeTerm();
    const cadre = this.cadre;
    const term = this.#term;
    const termProblems = this.#termProblems;
    const period =
      cadre && term && termProblems.length === 0
        ? isIsoDate(this.from)
          ? payPeriod(term, this.from)
          : term
        : undefined;
    const key = JSON.stringify({ cadre, period, term: termProblems.map((p) => p.code) });
    if (key === this.#computedKey && this.policy === this.#computedPolicy) return;
    this.#computedKey = key;
    this.#computedPolicy = this.policy;
    this.#pay = undefined;
    this.#period = period;
    let problems: Problem[] = [...termProblems];
    if (cadre && period) {
      if (this.policy) {
        try {
          this.#pay = computeTermPay(cadre, this.policy, period);
        } catch (e) {
          if (!(e instanceof HuanjieError)) throw e;
          problems = [...e.problems];
        }
      } else {
        const v = validate(CadreSchema, cadre);
        if (!v.ok) problems = v.problems;
      }
    }
    this.#problems = problems;
    this.#fieldProblems = new Map();
    this.#generalProblems = [];
    for (const p of problems) {
      const field = this.#fieldOf(p, term);
      if (field) this.#fieldProblems.set(field, [...(this.#fieldProblems.get(field) ?? []), p]);
      else this.#generalProblems.push(p);
    }
    this.#feedback.place(this.#fieldProblems);
  }

  /** The field a problem names, or `undefined` for one about the policy or the host's term. */
  #fieldOf(p: Problem, term: { from: string; to: string } | undefined): FieldKey | undefined {
    const [head, index, key] = p.path ?? [];
    if (head === 'name' || head === 'education') return head;
    if (head === 'ratings' && index !== undefined) return `rating-${index}`;
    if (head === 'appointments') {
      return (APPOINTMENT_FIELDS as readonly unknown[]).includes(key) ? (key as FieldKey) : 'from';
    }
    // The period starts on the appointment date when that is later than the term's start.
    if (head === 'period' && term && isIsoDate(term.to) && isIsoDate(this.from) && this.from > term.to) return 'from';
    return undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#updateFormState();
    if (this.#pay && (this.#computedKey !== this.#emittedKey || this.policy !== this.#emittedPolicy)) {
      this.#emittedKey = this.#computedKey;
      this.#emittedPolicy = this.policy;
      const cadre = this.cadre;
      if (cadre) this.emit<PayDetail>('hj-pay', { cadre, pay: this.#pay });
    }
  }

  #updateFormState(): void {
    const t = this.#t();
    const cadre = this.cadre;
    const root = this.renderRoot as ShadowRoot | undefined;
    if (!cadre) {
      this.setFormState(null, this.required ? { missing: t.missing } : {}, root?.getElementById('from'));
      return;
    }
    const value = JSON.stringify(cadre);
    const firstField = [...this.#fieldProblems.keys()][0];
    if (this.#problems.length > 0) {
      this.setFormState(
        value,
        { invalid: t.invalid(this.#problems.length) },
        root?.getElementById(firstField ?? 'from') ?? undefined,
      );
    } else {
      this.setFormState(value, {});
    }
  }

  #t(): PayCalculatorMessages {
    return PAY_CALCULATOR_MESSAGES[this.locale];
  }

  /** A native `change` on the host when the user has changed the cadre. */
  #announce(): void {
    const json = JSON.stringify(this.cadre ?? null);
    if (json === this.#announced) return;
    this.#announced = json;
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  #onName = (e: Event): void => {
    this.personName = (e.target as HTMLInputElement).value;
  };

  #onOrganization = (e: Event): void => {
    const organization = (e.target as HTMLSelectElement).value as Organization | '';
    this.organization = organization;
    // Only the posts of the chosen organization are offered; a post it does not have is cleared.
    if (this.post && organization && !POST_ORGANIZATIONS[this.post].includes(organization)) this.post = '';
    this.#announce();
  };

  #onPost = (e: Event): void => {
    this.post = (e.target as HTMLSelectElement).value as Post | '';
    this.#announce();
  };

  #onConcurrent = (e: Event): void => {
    this.concurrent = (e.target as HTMLInputElement).checked;
    this.#announce();
  };

  #onEducation = (e: Event): void => {
    this.education = (e.target as HTMLSelectElement).value as EducationLevel | '';
    this.#announce();
  };

  #onFrom = (e: Event): void => {
    this.from = (e.target as HTMLInputElement).value;
  };

  #onTo = (e: Event): void => {
    this.to = (e.target as HTMLInputElement).value;
  };

  #onRating = (e: Event): void => {
    const select = e.target as HTMLSelectElement;
    const year = select.dataset.year as string;
    const { [year]: _, ...rest } = this.ratings;
    this.ratings = select.value ? { ...rest, [year]: select.value as PayRating } : rest;
    this.#announce();
  };

  /** Text inputs commit on `change` (the state already follows `input`). */
  #onCommit = (): void => {
    this.#announce();
  };

  /** The fields' listeners, made once so that a render does not bind new ones. */
  #handlers = {
    name: this.#onName,
    organization: this.#onOrganization,
    post: this.#onPost,
    concurrent: this.#onConcurrent,
    education: this.#onEducation,
    from: this.#onFrom,
    to: this.#onTo,
    rating: this.#onRating,
    commit: this.#onCommit,
  };

  override render(): TemplateResult {
    const locale = this.locale;
    const t = PAY_CALCULATOR_MESSAGES[locale];
    return html`
      ${renderCadreForm({
        t,
        disabled: this.inactive,
        term: this.#term,
        personName: this.personName,
        organization: this.organization,
        post: this.post,
        concurrent: this.concurrent,
        concurrentApplies: this.#concurrentApplies(),
        education: this.education,
        from: this.from,
        to: this.to,
        ratings: this.ratings,
        ratingYears: this.#ratingYears(),
        feedback: this.#feedback,
        problemText: (p) => this.#problemText(p, t, locale),
        on: this.#handlers,
      })}
      ${this.#renderGeneral(t, locale)}
      ${this.#renderResult(t, locale)}
    `;
  }

  #problemText(p: Problem, t: PayCalculatorMessages, locale: Locale): string {
    const term = this.#term;
    if (p.code === 'PAY_PERIOD' && term && this.#fieldOf(p, term) === 'from') return t.afterTermEnd(term.to);
    const en = locale === 'en';
    return t.problem(en ? p.messageEn : p.message, en ? p.expectedEn : p.expected);
  }

  #renderGeneral(t: PayCalculatorMessages, locale: Locale): TemplateResult | typeof nothing {
    const missingPolicy = !this.policy && this.cadre !== undefined;
    if (this.#generalProblems.length === 0 && !missingPolicy) return nothing;
    return html`<div class="panel bad" part="problems" role="alert">
      <ul class="plain">
        ${missingPolicy ? html`<li>${t.noPolicy}</li>` : nothing}
        ${this.#generalProblems.map((p) => html`<li data-code=${p.code}>${this.#problemText(p, t, locale)}</li>`)}
      </ul>
    </div>`;
  }

  #renderResult(t: PayCalculatorMessages, locale: Locale): TemplateResult {
    const pay = this.#pay;
    const month = (this.asOf || todayOnUserCalendar()).slice(0, 7);
    const lines = pay ? pay.months.filter((l) => l.month === month) : [];
    const current = sumPayLines(lines);
    let status: string | typeof nothing = nothing;
    if (!this.cadre) status = t.emptyHint;
    else if (pay && lines.length > 0) {
      status = t.currentSummary(month, formatYuan(current.gross), formatYuan(current.paid));
    } else if (pay) status = t.notInPeriod(month);
    return html`
      <section class="result" aria-labelledby="current-title">
        <p class="title" id="current-title">${t.currentTitle(month)}</p>
        <p class="status" role="status">${status}</p>
        ${lines.length > 0 ? renderCurrent(current, this.policy, t, locale) : nothing}
      </section>
      ${pay && this.#period ? renderTerm(pay, this.#period, this.policy, t, locale) : nothing}
    `;
  }
}
