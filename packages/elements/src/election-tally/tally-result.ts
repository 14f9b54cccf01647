/**
 * The election tally's result as templates of what core found: whether the election stands, who is elected and who
 * is not and why, the warnings to accept with an explanation, every check's outcome (a protocol that prints on A4),
 * and the list of a field's problems with each check's code and next step.
 */
import { type Problem, TALLY_CHECKS, type TallyCheck, type TallyCheckCode, type TallyResult } from '@huanjie/core';

/** The election tallies' checks; a recommendation's (F.3xx, W.3xx) are not shown here. */
const CHECKS: Partial<Record<TallyCheckCode, TallyCheck>> = TALLY_CHECKS;

import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../i18n/locale.js';
import type { ElectionTallyMessages } from './election-tally.messages.js';

/** A field's problems: each check's code, what it found and what to do next. */
export function renderProblemList(
  problems: readonly Problem[],
  locale: Locale,
  id: string,
): TemplateResult | typeof nothing {
  if (!problems.length) return nothing;
  const en = locale === 'en';
  return html`<ul class="plain problems" id=${id}>
      ${problems.map((p) => {
        const check = CHECKS[p.code as TallyCheckCode];
        return html`<li class=${p.severity === 'error' ? 'error' : 'warning'} data-code=${p.code}>
          <strong>${p.code}</strong> ${en ? p.messageEn : p.message}
          ${check ? html`<span class="next">${en ? check.next.en : check.next.zh}</span>` : nothing}
        </li>`;
      })}
    </ul>`;
}

/** What the result (part `result`) shows, and whom the acceptance of a warning is told. */
export interface TallyResultView {
  readonly result: TallyResult | undefined;
  /** The user has entered something, or tried to submit: the verdict shows. */
  readonly started: boolean;
  readonly accepted: Readonly<Record<string, { readonly checked: boolean; readonly explanation: string }>>;
  readonly disabled: boolean;
  readonly onAccept: (code: string, patch: Partial<{ checked: boolean; explanation: string }>) => void;
}

/** The result: stands or not, elected and not elected, warnings to accept, every check, and a print button. */
export function renderResult(
  v: TallyResultView,
  t: ElectionTallyMessages,
  locale: Locale,
): TemplateResult | typeof nothing {
  const r = v.result;
  if (!r) return nothing;
  const en = locale === 'en';
  const warnings = r.problems.filter((p) => p.severity === 'warning');
  const { started } = v;
  return html`
      <section part="result" class="result" aria-labelledby="result-title">
        <h3 id="result-title">${t.resultTitle}</h3>
        <div role="status" aria-live="polite" class="panel ${!started ? '' : r.valid ? (warnings.length ? 'warn' : 'ok') : 'bad'}">
          ${
            started
              ? html`<p class="verdict"><strong>${r.valid ? t.stands : t.doesNotStand}</strong>${
                  r.valid && r.succeededAtFirstVote ? html`${t.separator}${t.firstVote}` : nothing
                }</p>
                ${r.seatsOpen > 0 && r.valid ? html`<p>${t.seatsOpen(r.seatsOpen)}</p>` : nothing}
                ${r.additionalVoteNeeded ? html`<p>${t.additionalVote}</p>` : nothing}
                ${r.revoteAmong.length ? html`<p>${t.revote(r.revoteAmong)}</p>` : nothing}`
              : nothing
          }
        </div>
        ${
          r.valid
            ? html`<div class="lists">
                <div>
                  <h4>${t.elected}</h4>
                  ${
                    r.elected.length
                      ? html`<ol class="elected">${r.elected.map((c) => html`<li>${t.electedItem(c.name, c.votes)}</li>`)}</ol>`
                      : html`<p>${t.none}</p>`
                  }
                </div>
                <div>
                  <h4>${t.notElected}</h4>
                  ${
                    r.notElected.length
                      ? html`<ul class="not-elected">
                          ${r.notElected.map((c) => html`<li>${t.notElectedItem(c.name, en ? c.reason.en : c.reason.zh)}</li>`)}
                        </ul>`
                      : html`<p>${t.none}</p>`
                  }
                </div>
              </div>`
            : nothing
        }
        ${warnings.length ? renderAcceptance(v, warnings, t, locale) : nothing}
        ${renderChecks(r, t, locale)}
        <button type="button" part="print" class="secondary no-print" @click=${() => window.print()}>${t.print}</button>
      </section>
    `;
}

function renderAcceptance(
  v: TallyResultView,
  warnings: Problem[],
  t: ElectionTallyMessages,
  locale: Locale,
): TemplateResult {
  const en = locale === 'en';
  return html`<div class="acceptance">
      ${warnings.map((w) => {
        const a = v.accepted[w.code] ?? { checked: false, explanation: '' };
        const id = `accept-${w.code.replace('.', '-')}`;
        const missing = a.checked && !a.explanation.trim();
        return html`<fieldset class="accept" ?disabled=${v.disabled}>
          <legend>${w.code} ${en ? CHECKS[w.code as TallyCheckCode]?.title.en : CHECKS[w.code as TallyCheckCode]?.title.zh}</legend>
          <div class="checkbox">
            <input id=${id} type="checkbox" .checked=${a.checked} @change=${(e: Event) => v.onAccept(w.code, { checked: (e.target as HTMLInputElement).checked })} />
            <label for=${id}>${t.accept}</label>
          </div>
          <label for=${`${id}-text`} class="label">${t.explanation}</label>
          <textarea
            id=${`${id}-text`}
            rows="2"
            .value=${a.explanation}
            ?required=${a.checked}
            aria-invalid=${missing ? 'true' : 'false'}
            aria-describedby=${missing ? `${id}-missing` : nothing}
            @input=${(e: Event) => v.onAccept(w.code, { explanation: (e.target as HTMLTextAreaElement).value })}
          ></textarea>
          ${missing ? html`<p class="error" id=${`${id}-missing`}>${t.explanationMissing}</p>` : nothing}
        </fieldset>`;
      })}
    </div>`;
}

function renderChecks(r: TallyResult, t: ElectionTallyMessages, locale: Locale): TemplateResult {
  const en = locale === 'en';
  return html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="checks-caption">
      <table part="checks">
        <caption id="checks-caption">${t.checksTitle}</caption>
        <thead>
          <tr>
            <th scope="col">${t.code}</th>
            <th scope="col">${t.check}</th>
            <th scope="col">${t.outcome}</th>
            <th scope="col">${t.reference}</th>
          </tr>
        </thead>
        <tbody>
          ${r.checks.map(
            (c) => html`<tr data-code=${c.code} class=${c.status}>
              <th scope="row">${c.code}</th>
              <td>${en ? c.title.en : c.title.zh}</td>
              <td class="status">${t.status[c.status]}${c.detail ? t.detail(en ? c.detail.en : c.detail.zh) : nothing}</td>
              <td>${c.reference ?? ''}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
}
