/**
 * The candidate check's fields as templates: a labelled field with its hint and problems, the selects and date inputs
 * (each with `part="input"`, `data-field` and `data-key` for the element's listeners), the fieldsets of the person,
 * party status and seat, and the checklist of negative facts. Which problems show, and when, is the field-feedback
 * controller's.
 */
import {
  EDUCATION_LEVELS,
  ETHNICITIES,
  FACT_KINDS,
  type FactKind,
  FIELD_LABELS,
  hasFullMembership,
  isPartyMember,
  ORGANIZATIONS,
  type Organization,
  POLITICAL_STATUSES,
  POST_ORGANIZATIONS,
  POSTS,
  SEX_LABELS,
  SEXES,
} from '@huanjie/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { FieldFeedbackController } from '../form/field-feedback.js';
import type { Locale } from '../i18n/locale.js';
import type { CandidateCheckMessages } from './candidate-check.messages.js';
import { type Draft, EMPTY_FACT, type FactField, KINDS, SANCTIONS, type TextField } from './candidate-draft.js';
import { problemText } from './verdict-view.js';

/** The checklist of negative facts (part `facts`): a checkbox per kind, its dates and sanction once checked. */
export function renderFacts(
  fb: FieldFeedbackController,
  facts: Draft['facts'],
  onToggle: (event: Event) => void,
  t: CandidateCheckMessages,
  locale: Locale,
  disabled: boolean,
): TemplateResult {
  return html`<fieldset part="fieldset facts" ?disabled=${disabled}>
      <legend>${label('facts', locale)}</legend>
      <p class="hint" id="facts-hint">${t.factsHint}</p>
      <ul class="plain facts">
        ${KINDS.map((kind) => {
          const f = facts[kind] ?? EMPTY_FACT;
          const name = locale === 'en' ? FACT_KINDS[kind].en : FACT_KINDS[kind].zh;
          const sanctions = SANCTIONS[kind];
          const sub = (field: FactField) =>
            html`${label(field, locale)}<span class="visually-hidden">${t.ofFact(name)}</span>`;
          return html`<li part="fact">
            <div class="check">
              <input
                type="checkbox"
                id="fact-${kind}"
                data-kind=${kind}
                data-key="fact-${kind}"
                .checked=${f.checked}
                @change=${onToggle}
              />
              <label for="fact-${kind}">${name}</label>
            </div>
            ${
              f.checked
                ? html`<div class="grid sub">
                    ${field(fb, locale, `fact-${kind}-date`, sub('date'), factDate(fb, kind, 'date', f.date), {
                      required: true,
                    })}
                    ${field(fb, locale, `fact-${kind}-until`, sub('until'), factDate(fb, kind, 'until', f.until), {
                      hint: FACT_KINDS[kind].lasting ? t.untilOngoing : t.untilPolicy,
                    })}
                    ${
                      sanctions
                        ? field(
                            fb,
                            locale,
                            `fact-${kind}-sanction`,
                            sub('sanction'),
                            html`<select
                              id="fact-${kind}-sanction"
                              part="input"
                              data-field="sanction"
                              data-kind=${kind}
                              data-key="fact-${kind}-sanction"
                              aria-describedby=${fb.describedBy(`fact-${kind}-sanction`)}
                              aria-invalid=${fb.invalid(`fact-${kind}-sanction`)}
                            >
                              ${options(vocabulary(sanctions), f.sanction, t, locale)}
                            </select>`,
                            { required: true },
                          )
                        : nothing
                    }
                  </div>`
                : nothing
            }
          </li>`;
        })}
      </ul>
    </fieldset>`;
}

/** A labelled field with its hint and problems. */
export function field(
  fb: FieldFeedbackController,
  locale: Locale,
  key: string,
  labelText: unknown,
  control: TemplateResult,
  options: { readonly required?: boolean; readonly hint?: string } = {},
): TemplateResult {
  const problems = fb.problems(key);
  return html`<div class="field" part="field">
      <label for=${key} part="label" class=${options.required ? 'required' : ''}>${labelText}</label>
      ${control}
      ${options.hint ? html`<p class="hint" id="${key}-hint">${options.hint}</p>` : nothing}
      ${
        problems.length
          ? html`<p class="error" id="${key}-error" part="field-error">
              ${problems.map((p, i) => html`${i ? html`<br />` : nothing}${problemText(p, locale)}`)}
            </p>`
          : nothing
      }
    </div>`;
}

export function select(
  fb: FieldFeedbackController,
  key: TextField,
  value: string,
  list: readonly (readonly [string, string, boolean?])[],
  t: CandidateCheckMessages,
  locale: Locale = 'zh-CN',
): TemplateResult {
  return html`<select
      id=${key}
      part="input"
      data-field=${key}
      data-key=${key}
      aria-describedby=${fb.describedBy(key, key === 'politicalStatus' ? 'party-hint' : undefined)}
      aria-invalid=${fb.invalid(key)}
    >
      ${options(list, value, t, locale)}
    </select>`;
}

export function date(fb: FieldFeedbackController, key: TextField, value: string): TemplateResult {
  return html`<input
      id=${key}
      part="input"
      type="date"
      .value=${value}
      data-field=${key}
      data-key=${key}
      aria-describedby=${fb.describedBy(key)}
      aria-invalid=${fb.invalid(key)}
    />`;
}

export function factDate(
  fb: FieldFeedbackController,
  kind: FactKind,
  field: 'date' | 'until',
  value: string,
): TemplateResult {
  const key = `fact-${kind}-${field}`;
  return html`<input
      id=${key}
      part="input"
      type="date"
      .value=${value}
      data-field=${field}
      data-kind=${kind}
      data-key=${key}
      aria-describedby=${fb.describedBy(key, field === 'until' ? `${key}-hint` : undefined)}
      aria-invalid=${fb.invalid(key)}
    />`;
}

export function label(field: keyof typeof FIELD_LABELS, locale: Locale): string {
  const l = FIELD_LABELS[field];
  return locale === 'en' ? l.en : locale === 'zh-TW' ? l.zhTW : l.zh;
}

/** A closed vocabulary as options: value and text are the same Chinese word. */
export function vocabulary(list: readonly string[]): (readonly [string, string, boolean])[] {
  return list.map((v) => [v, v, true] as const);
}

/** The options of a select, led by an empty "choose" option; Chinese data words are marked as such in English. */
export function options(
  list: readonly (readonly [string, string, boolean?])[],
  value: string,
  t: CandidateCheckMessages,
  locale: Locale,
): TemplateResult {
  return html`<option value="" ?selected=${value === ''}>${t.choose}</option>
    ${list.map(
      ([v, text, chinese]) =>
        html`<option value=${v} ?selected=${v === value} lang=${chinese && locale === 'en' ? 'zh-CN' : nothing}>
          ${text}
        </option>`,
    )}`;
}

/** What the person, party and seat fieldsets show and whom the ID field tells of focus. */
export interface PersonFieldsView {
  readonly feedback: FieldFeedbackController;
  readonly draft: Draft;
  /** The ID number is shown masked (it has no focus and is not empty). */
  readonly idMasked: boolean;
  readonly onIdFocus: (event: FocusEvent) => void;
  readonly onIdBlur: () => void;
}

/** The fieldsets of personal details, political status (party dates for members) and the seat. */
export function renderPersonFields(
  v: PersonFieldsView,
  t: CandidateCheckMessages,
  locale: Locale,
  disabled: boolean,
): TemplateResult {
  const { draft } = v;
  return html`
        <fieldset part="fieldset" ?disabled=${disabled}>
          <legend>${t.legend.person}</legend>
          <div class="grid">
            ${field(
              v.feedback,
              locale,
              'name',
              label('name', locale),
              html`<input
                id="name"
                type="text"
                autocomplete="off"
                part="input"
                .value=${draft.name}
                data-field="name"
                data-key="name"
                aria-describedby=${v.feedback.describedBy('name')}
                aria-invalid=${v.feedback.invalid('name')}
              />`,
              { required: true },
            )}
            ${residentIdField(v, t, locale)}
            ${field(
              v.feedback,
              locale,
              'sex',
              label('sex', locale),
              select(
                v.feedback,
                'sex',
                draft.sex,
                SEXES.map((s) => [s, locale === 'en' ? SEX_LABELS[s].en : SEX_LABELS[s].zh]),
                t,
              ),
              { required: true },
            )}
            ${field(
              v.feedback,
              locale,
              'birthDate',
              label('birthDate', locale),
              date(v.feedback, 'birthDate', draft.birthDate),
              {
                required: true,
              },
            )}
            ${field(
              v.feedback,
              locale,
              'education',
              label('education', locale),
              select(v.feedback, 'education', draft.education, vocabulary(EDUCATION_LEVELS), t, locale),
              { required: true },
            )}
            ${field(
              v.feedback,
              locale,
              'ethnicity',
              label('ethnicity', locale),
              select(v.feedback, 'ethnicity', draft.ethnicity, vocabulary(ETHNICITIES), t, locale),
              { required: true },
            )}
          </div>
        </fieldset>
        <fieldset part="fieldset" ?disabled=${disabled}>
          <legend>${t.legend.party}</legend>
          <p class="hint" id="party-hint">${t.partyHint}</p>
          <div class="grid">
            ${field(
              v.feedback,
              locale,
              'politicalStatus',
              label('politicalStatus', locale),
              select(v.feedback, 'politicalStatus', draft.politicalStatus, vocabulary(POLITICAL_STATUSES), t, locale),
              { required: true },
            )}
            ${
              isPartyMember(draft.politicalStatus)
                ? field(
                    v.feedback,
                    locale,
                    'partyJoinDate',
                    label('partyJoinDate', locale),
                    date(v.feedback, 'partyJoinDate', draft.partyJoinDate),
                  )
                : nothing
            }
            ${
              hasFullMembership(draft.politicalStatus)
                ? field(
                    v.feedback,
                    locale,
                    'partyFullDate',
                    label('partyFullDate', locale),
                    date(v.feedback, 'partyFullDate', draft.partyFullDate),
                  )
                : nothing
            }
          </div>
        </fieldset>
        <fieldset part="fieldset" ?disabled=${disabled}>
          <legend>${t.legend.seat}</legend>
          <p class="hint" id="seat-hint">${t.seatHint}</p>
          <div class="grid">
            ${field(
              v.feedback,
              locale,
              'organization',
              label('organization', locale),
              select(v.feedback, 'organization', draft.organization, vocabulary(ORGANIZATIONS), t, locale),
            )}
            ${field(
              v.feedback,
              locale,
              'post',
              label('post', locale),
              select(v.feedback, 'post', draft.post, vocabulary(postsOf(draft.organization)), t, locale),
            )}
          </div>
        </fieldset>
  `;
}

function residentIdField(v: PersonFieldsView, t: CandidateCheckMessages, locale: Locale): TemplateResult {
  const masked = v.idMasked;
  return field(
    v.feedback,
    locale,
    'residentId',
    html`${label('residentId', locale)}${masked ? html`<span class="visually-hidden">${t.idMasked}</span>` : nothing}`,
    html`<input
        id="residentId"
        part="input resident-id"
        type="text"
        inputmode="text"
        autocomplete="off"
        spellcheck="false"
        maxlength="24"
        data-field="residentId"
        data-key="residentId"
        aria-describedby=${v.feedback.describedBy('residentId', 'residentId-hint')}
        aria-invalid=${v.feedback.invalid('residentId')}
        @focus=${v.onIdFocus}
        @blur=${v.onIdBlur}
      />`,
    { required: true, hint: t.idHint },
  );
}

/** The posts an organization has (every post while none is chosen). */
export function postsOf(organization: string): readonly string[] {
  return organization
    ? POSTS.filter((post) => (POST_ORGANIZATIONS[post] as readonly string[]).includes(organization as Organization))
    : POSTS;
}
