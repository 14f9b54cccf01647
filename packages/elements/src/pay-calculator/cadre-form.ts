/**
 * The pay calculator's fields for one cadre: name, organization and the posts it has, appointment and end dates,
 * education, 一肩挑 and a rating select for every year that takes one. Problems show at the field core names.
 */
import {
  EDUCATION_LEVELS,
  type EducationLevel,
  isIsoDate,
  ORGANIZATIONS,
  type Organization,
  PAY_RATINGS,
  type PayRating,
  POST_ORGANIZATIONS,
  POSTS,
  type Post,
  type Problem,
} from '@huanjie/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { FieldFeedbackController } from '../form/field-feedback.js';
import type { PayCalculatorMessages } from './pay-calculator.messages.js';

/** The fields of the form a problem can be shown at. */
export type FieldKey =
  | 'name'
  | 'organization'
  | 'post'
  | 'concurrent'
  | 'education'
  | 'from'
  | 'to'
  | `rating-${string}`;

/** What the fields show and whom they tell of a change. */
export interface CadreFormView {
  readonly t: PayCalculatorMessages;
  readonly disabled: boolean;
  /** The term, shown as a hint once both its dates are known. */
  readonly term: { readonly from: string; readonly to: string } | undefined;
  readonly personName: string;
  readonly organization: Organization | '';
  readonly post: Post | '';
  /** 一肩挑 as entered, and whether the seat can hold it at all. */
  readonly concurrent: boolean;
  readonly concurrentApplies: boolean;
  readonly education: EducationLevel | '';
  readonly from: string;
  readonly to: string;
  readonly ratings: Readonly<Record<string, PayRating>>;
  readonly ratingYears: readonly string[];
  readonly feedback: FieldFeedbackController;
  readonly problemText: (p: Problem) => string;
  readonly on: Readonly<
    Record<
      'name' | 'organization' | 'post' | 'concurrent' | 'education' | 'from' | 'to' | 'rating' | 'commit',
      (e: Event) => void
    >
  >;
}

/** The cadre's fieldset (part `form`) with the ratings fieldset (part `ratings`) inside. */
export function renderCadreForm(v: CadreFormView): TemplateResult {
  const { t, term } = v;
  return html`
      <fieldset part="form" ?disabled=${v.disabled}>
        <legend>${t.cadreLegend}</legend>
        ${term && isIsoDate(term.from) && isIsoDate(term.to) ? html`<p class="hint term">${t.term(term.from, term.to)}</p>` : nothing}
        <div class="grid">
          ${field(
            v,
            'name',
            t.name,
            true,
            undefined,
            html`<input
              id="name"
              type="text"
              autocomplete="off"
              maxlength="50"
              required
              .value=${v.personName}
              aria-invalid=${v.feedback.invalid('name')}
              aria-describedby=${v.feedback.describedBy('name')}
              @input=${v.on.name}
              @change=${v.on.commit}
            />`,
          )}
          ${field(
            v,
            'organization',
            t.organization,
            true,
            undefined,
            html`<select
              id="organization"
              required
              aria-invalid=${v.feedback.invalid('organization')}
              aria-describedby=${v.feedback.describedBy('organization')}
              @change=${v.on.organization}
            >
              <option value="" .selected=${v.organization === ''}>${t.choose}</option>
              ${ORGANIZATIONS.map(
                (o) => html`<option value=${o} .selected=${v.organization === o}>${t.organizations[o]}</option>`,
              )}
            </select>`,
          )}
          ${field(
            v,
            'post',
            t.post,
            true,
            undefined,
            html`<select
              id="post"
              required
              aria-invalid=${v.feedback.invalid('post')}
              aria-describedby=${v.feedback.describedBy('post')}
              @change=${v.on.post}
            >
              <option value="" .selected=${v.post === ''}>${t.choose}</option>
              ${POSTS.filter((p) => !v.organization || POST_ORGANIZATIONS[p].includes(v.organization)).map(
                (p) => html`<option value=${p} .selected=${v.post === p}>${t.posts[p]}</option>`,
              )}
            </select>`,
          )}
          ${field(
            v,
            'from',
            t.appointmentDate,
            true,
            undefined,
            html`<input
              id="from"
              type="date"
              required
              .value=${v.from}
              aria-invalid=${v.feedback.invalid('from')}
              aria-describedby=${v.feedback.describedBy('from')}
              @input=${v.on.from}
              @change=${v.on.commit}
            />`,
          )}
          ${field(
            v,
            'to',
            t.endDate,
            false,
            t.endDateHint,
            html`<input
              id="to"
              type="date"
              .value=${v.to}
              aria-invalid=${v.feedback.invalid('to')}
              aria-describedby=${v.feedback.describedBy('to', 'hint-to')}
              @input=${v.on.to}
              @change=${v.on.commit}
            />`,
          )}
          ${field(
            v,
            'education',
            t.education,
            false,
            t.educationHint,
            html`<select
              id="education"
              aria-invalid=${v.feedback.invalid('education')}
              aria-describedby=${v.feedback.describedBy('education', 'hint-education')}
              @change=${v.on.education}
            >
              <option value="" .selected=${v.education === ''}>${t.notGiven}</option>
              ${EDUCATION_LEVELS.map(
                (e) => html`<option value=${e} .selected=${v.education === e}>${t.educationLevels[e]}</option>`,
              )}
            </select>`,
          )}
          <div class="field check">
            <span class="check-row">
              <input
                id="concurrent"
                type="checkbox"
                .checked=${v.concurrentApplies && v.concurrent}
                ?disabled=${!v.concurrentApplies}
                aria-invalid=${v.feedback.invalid('concurrent')}
                aria-describedby=${v.feedback.describedBy('concurrent', 'hint-concurrent')}
                @change=${v.on.concurrent}
              />
              <label for="concurrent">${t.concurrent}</label>
            </span>
            <p class="hint" id="hint-concurrent">${t.concurrentHint}</p>
            ${errors(v, 'concurrent')}
          </div>
        </div>
        ${renderRatings(v)}
      </fieldset>
  `;
}

function errors(v: CadreFormView, field: FieldKey): TemplateResult | typeof nothing {
  const problems = v.feedback.problems(field);
  if (!problems.length) return nothing;
  return html`<p class="error" id="error-${field}" data-code=${problems.map((p) => p.code).join(' ')}>
      ${problems.map((p, i) => html`${i > 0 ? html`<br />` : nothing}${v.problemText(p)}`)}
    </p>`;
}

function field(
  v: CadreFormView,
  id: FieldKey,
  label: string,
  required: boolean,
  hint: string | undefined,
  control: TemplateResult,
): TemplateResult {
  return html`<div class="field">
      <label for=${id} class=${required ? 'required' : ''}>${label}</label>
      ${control} ${hint ? html`<p class="hint" id="hint-${id}">${hint}</p>` : nothing} ${errors(v, id)}
    </div>`;
}

function renderRatings(v: CadreFormView): TemplateResult | typeof nothing {
  const { t } = v;
  const years = v.ratingYears;
  if (years.length === 0) return nothing;
  return html`<fieldset part="ratings" class="ratings" aria-describedby="hint-ratings">
      <legend>${t.ratingsLegend}</legend>
      <p class="hint" id="hint-ratings">${t.ratingsHint}</p>
      <div class="grid">
        ${years.map((year) => {
          const id = `rating-${year}` as const;
          const value = (v.ratings[year] as PayRating | undefined) ?? '';
          return html`<div class="field">
            <label for=${id}>${t.ratingYear(year)}</label>
            <select
              id=${id}
              data-year=${year}
              aria-invalid=${v.feedback.invalid(id)}
              aria-describedby=${v.feedback.describedBy(id)}
              @change=${v.on.rating}
            >
              <option value="" .selected=${value === ''}>${t.notRated}</option>
              ${PAY_RATINGS.map((r) => html`<option value=${r} .selected=${value === r}>${t.ratings[r]}</option>`)}
            </select>
            ${errors(v, id)}
          </div>`;
        })}
      </div>
    </fieldset>`;
}
