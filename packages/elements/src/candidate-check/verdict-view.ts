/**
 * The candidate check's verdict as a template: problems that no field shows, the verdict with the policy and date it
 * was judged on, each failed rule and warning with its reference, and the rules passed on request.
 */
import type { Policy, Problem, RuleOutcome } from '@huanjie/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../i18n/locale.js';
import type { CandidateCheckMessages } from './candidate-check.messages.js';
import type { JudgedDraft } from './candidate-draft.js';

/** The verdict (part `verdict`): problems no field shows, the verdict with its basis, failures, warnings and passed rules. */
export function renderVerdict(
  d: JudgedDraft,
  policy: Policy,
  showAll: boolean,
  t: CandidateCheckMessages,
  locale: Locale,
): TemplateResult {
  const v = d.verdict;
  const passed = v ? v.outcomes.filter((o) => o.passed) : [];
  const policyName = locale === 'en' ? policy.name.en : policy.name.zh;
  return html`<section class="verdict" part="verdict" aria-labelledby="verdict-title">
      <p class="title" id="verdict-title">${t.verdictTitle}</p>
      <div role="status" aria-live="polite" part="verdict-status">
        ${
          d.other.length && (showAll || d.problems.length === d.other.length)
            ? html`<div class="panel bad">
                <p class="headline">${t.otherProblems}</p>
                <ul class="plain">
                  ${d.other.map((p) => html`<li class="error">${problemText(p, locale)}</li>`)}
                </ul>
              </div>`
            : nothing
        }
        ${
          d.evaluationError
            ? html`<div class="panel bad">
                <p class="headline">${t.cannotJudge}</p>
                <p class="error">
                  ${locale === 'en' ? d.evaluationError.messageEn : d.evaluationError.message}
                </p>
              </div>`
            : v
              ? html`<div class="panel ${v.eligible ? 'ok' : 'bad'}">
                    <p class="headline">
                      ${v.eligible ? t.eligible : t.notEligible(v.failures.length)}${
                        v.warnings.length
                          ? html`<span class="warning">${t.warningCount(v.warnings.length)}</span>`
                          : nothing
                      }
                    </p>
                    <p class="hint">${t.basis(policyName, v.asOf)}</p>
                  </div>
                  ${
                    v.failures.length
                      ? html`<p class="title">${t.failuresTitle}</p>
                          ${outcomes(v.failures, 'failures', 'error', t.failed, t, locale)}`
                      : nothing
                  }
                  ${
                    v.warnings.length
                      ? html`<p class="title">${t.warningsTitle}</p>
                          ${outcomes(v.warnings, 'warnings', 'warning', t.warning, t, locale)}`
                      : nothing
                  }`
              : html`<p class="hint">${t.incomplete}</p>`
        }
      </div>
      ${
        v
          ? html`<details part="passed">
              <summary>${t.showPassed(passed.length)}</summary>
              ${passed.length ? outcomes(passed, 'passed-list', 'passed', t.passed, t, locale) : html`<p>${t.noPassed}</p>`}
            </details>`
          : nothing
      }
    </section>`;
}

function outcomes(
  list: readonly RuleOutcome[],
  part: string,
  kind: string,
  badge: string,
  t: CandidateCheckMessages,
  locale: Locale,
): TemplateResult {
  return html`<ul class="plain outcomes" part=${part}>
      ${list.map(
        (o) => html`<li class=${kind} data-rule=${o.ruleId}>
          <span class="badge">${badge}</span><span class="rule">${titleOf(o, locale)}</span>
          <p class="ref">${t.reference(o.reference.title, o.source)}</p>
        </li>`,
      )}
    </ul>`;
}

/** A labelled field with its hint and problems. */

export function titleOf(o: RuleOutcome, locale: Locale): string {
  return locale === 'en' ? o.title.en : o.title.zh;
}

export function problemText(p: Problem, locale: Locale): string {
  return locale === 'en' ? p.messageEn : p.message;
}
