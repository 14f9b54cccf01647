/**
 * The pay calculator's result, as templates of what core computed: this month's components, the term's schedule and
 * totals, the performance payouts, the departure allowance and the parameters used. No computation beyond formatting.
 */
import {
  formatYuan,
  type PayLinesSum,
  type Policy,
  sumPayLines,
  type TermPay,
  type UsedParameter,
} from '@huanjie/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../i18n/locale.js';
import type { PayCalculatorMessages } from './pay-calculator.messages.js';

function allowanceTitle(policy: Policy | undefined, id: string, locale: Locale): string {
  const title = policy?.pay?.allowances.find((a) => a.id === id)?.title;
  return title ? (locale === 'en' ? title.en : title.zh) : id;
}

/** This month's pay and its components (two posts in one month added up by core). */
export function renderCurrent(
  current: PayLinesSum,
  policy: Policy | undefined,
  t: PayCalculatorMessages,
  locale: Locale,
): TemplateResult {
  const row = (label: string, fen: number, cls = '', note = '') =>
    html`<div class=${cls}>
        <dt>${label}${note ? html` <span class="note">${note}</span>` : nothing}</dt>
        <dd>${formatYuan(fen)}</dd>
      </div>`;
  return html`<dl part="current" class="current">
      ${row(t.base, current.base)}
      ${row(t.seniority, current.seniority, '', t.seniorityYears(current.fullYears))}
      ${
        current.concurrentAllowance > 0 || current.concurrent
          ? row(t.concurrentAllowance, current.concurrentAllowance)
          : nothing
      }
      ${current.allowances.map((a) => row(allowanceTitle(policy, a.id, locale), a.fen))}
      ${row(t.gross, current.gross, 'sum')} ${row(t.withheld, current.withheld)}
      ${row(t.paid, current.paid, 'sum paid')}
    </dl>`;
}

/** The term: the month-by-month schedule, the totals, the performance payouts, the departure allowance and the
 * parameters used. */
export function renderTerm(
  pay: TermPay,
  period: { from: string; to: string },
  policy: Policy | undefined,
  t: PayCalculatorMessages,
  locale: Locale,
): TemplateResult {
  const caption = t.scheduleCaption(period.from, period.to);
  const totals = sumPayLines(pay.months);
  return html`
      <div class="table-wrap schedule" tabindex="0" role="region" aria-label=${caption}>
        <table part="schedule">
          <caption>${caption}</caption>
          <thead>
            <tr>
              <th scope="col">${t.month}</th>
              <th scope="col" class="num">${t.base}</th>
              <th scope="col" class="num">${t.seniority}</th>
              <th scope="col" class="num">${t.allowances}</th>
              <th scope="col" class="num">${t.gross}</th>
              <th scope="col" class="num">${t.withheld}</th>
              <th scope="col" class="num">${t.paid}</th>
            </tr>
          </thead>
          <tbody>
            ${pay.months.map(
              (l) => html`<tr data-month=${l.month}>
                <th scope="row">${l.month}</th>
                <td class="num">${formatYuan(l.base)}</td>
                <td class="num">${formatYuan(l.seniority)}</td>
                <td class="num">${formatYuan(sumPayLines([l]).allowanceTotal)}</td>
                <td class="num">${formatYuan(l.gross)}</td>
                <td class="num">${formatYuan(l.withheld)}</td>
                <td class="num">${formatYuan(l.paid)}</td>
              </tr>`,
            )}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">${t.total}</th>
              <td class="num">${formatYuan(totals.base)}</td>
              <td class="num">${formatYuan(totals.seniority)}</td>
              <td class="num">${formatYuan(totals.allowanceTotal)}</td>
              <td class="num">${formatYuan(pay.total.gross)}</td>
              <td class="num">${formatYuan(pay.total.withheld)}</td>
              <td class="num">${formatYuan(totals.paid)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <section part="totals" aria-labelledby="totals-title">
        <p class="title" id="totals-title">${t.totalsTitle}</p>
        <dl class="totals">
          <div><dt>${t.monthlyGross}</dt><dd>${formatYuan(pay.total.gross)}</dd></div>
          <div><dt>${t.withheld}</dt><dd>${formatYuan(pay.total.withheld)}</dd></div>
          <div><dt>${t.performancePaid}</dt><dd>${formatYuan(pay.total.performancePaid)}</dd></div>
          ${pay.departure ? html`<div><dt>${t.departure}</dt><dd>${formatYuan(pay.total.departure)}</dd></div>` : nothing}
          <div class="paid"><dt>${t.totalPaid}</dt><dd>${formatYuan(pay.total.paid)}</dd></div>
        </dl>
      </section>
      ${pay.performance.length > 0 ? renderPerformance(pay, t) : nothing}
      ${
        pay.departure
          ? html`<p part="departure" class="departure">
              ${t.departureText(pay.departure.month, pay.departure.fullYears, formatYuan(pay.departure.fen))}
            </p>`
          : nothing
      }
      ${renderExplanation(pay.parameters, policy, t, locale)}
    `;
}

function renderPerformance(pay: TermPay, t: PayCalculatorMessages): TemplateResult {
  return html`<div class="table-wrap">
      <table part="performance">
        <caption>${t.performanceCaption}</caption>
        <thead>
          <tr>
            <th scope="col">${t.year}</th>
            <th scope="col">${t.rating}</th>
            <th scope="col" class="num">${t.withheld}</th>
            <th scope="col" class="num">${t.payout}</th>
            <th scope="col">${t.paidIn}</th>
          </tr>
        </thead>
        <tbody>
          ${pay.performance.map(
            (p) => html`<tr data-year=${p.year}>
              <th scope="row">${p.year}</th>
              <td>${p.rating ? t.ratings[p.rating] : t.awaitingRating}</td>
              <td class="num">${formatYuan(p.withheld)}</td>
              <td class="num">${p.rating ? formatYuan(p.payout) : t.noFigure}</td>
              <td>${p.paidIn ?? (p.rating ? t.afterPeriod : t.awaitingRating)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
}

function renderExplanation(
  parameters: readonly UsedParameter[],
  policy: Policy | undefined,
  t: PayCalculatorMessages,
  locale: Locale,
): TemplateResult {
  const en = locale === 'en';
  const caption = t.explanationCaption(policy ? (en ? policy.name.en : policy.name.zh) : '');
  return html`<div class="table-wrap">
      <table part="explanation">
        <caption>${caption}</caption>
        <thead>
          <tr>
            <th scope="col">${t.parameter}</th>
            <th scope="col" class="num">${t.value}</th>
            <th scope="col">${t.since}</th>
          </tr>
        </thead>
        <tbody>
          ${parameters.map((p) => {
            const def = policy?.parameters[p.id];
            const title = def ? (en ? def.title.en : def.title.zh) : p.id;
            return html`<tr data-parameter=${p.id} data-since=${p.since}>
              <th scope="row">${title}</th>
              <td class="num">${formatValue(p.value, def?.unit, t)}</td>
              <td>${p.since}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>`;
}

function formatValue(value: number | string | boolean, unit: string | undefined, t: PayCalculatorMessages): string {
  if (typeof value !== 'number') return String(value);
  if (unit === 'fen' && Number.isSafeInteger(value)) return formatYuan(value);
  if (unit === 'percent') return t.percent(String(value));
  if (unit === 'years') return t.yearsValue(String(value));
  return String(value);
}
