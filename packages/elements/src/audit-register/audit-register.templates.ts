/**
 * The markup of one audit in `<hj-audit-register>`: its facts, its findings with their 台账 status, and its postings
 * against the rule. Everything shown comes from core's `departureAudits`; nothing is computed here.
 */
import { AUDIT_SCOPES_EN, type AuditFindingView, type AuditScope, type AuditView, formatYuan } from '@huanjie/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../i18n/locale.js';
import type { AuditRegisterMessages } from './audit-register.messages.js';

const scopeText = (scope: AuditScope, locale: Locale) => (locale === 'en' ? AUDIT_SCOPES_EN[scope] : scope);

/** A finding's 台账 status: put right (and when), overdue, or being put right. */
export function findingStatus(f: AuditFindingView): 'closed' | 'overdue' | 'open' {
  return f.closedOn ? 'closed' : f.overdue ? 'overdue' : 'open';
}

export function auditSection(audit: AuditView, t: AuditRegisterMessages, locale: Locale, n: number): TemplateResult {
  const sep = t.listSeparator;
  const captionId = (what: string) => `audit-${n}-${what}`;
  return html`<section part="audit" class="audit" data-audit=${audit.id}>
    <h3>${t.auditHeading(audit.term.from, audit.term.to, audit.reported)}</h3>
    <dl class="facts">
      <dt>${t.audited}</dt>
      <dd>${audit.audited.map((a) => `${a.name}（${a.post}）`).join(sep)}</dd>
      <dt>${t.group}</dt>
      <dd class="group">${audit.group.map((g) => (g.person ? `${g.department}（${g.person}）` : g.department)).join(sep)}</dd>
      <dt>${t.fieldwork}</dt>
      <dd>${t.range(audit.fieldwork.from, audit.fieldwork.to)}</dd>
      <dt>${t.scope}</dt>
      <dd>
        <ul class="plain scope">
          ${audit.scope.map((s) => html`<li>${scopeText(s, locale)}</li>`)}
        </ul>
      </dd>
    </dl>
    ${audit.findings.length ? findingsTable(audit, t, locale, captionId('findings')) : html`<p class="muted">${t.noFindings}</p>`}
    ${postings(audit, t, locale, captionId('postings'))}
  </section>`;
}

function findingsTable(audit: AuditView, t: AuditRegisterMessages, locale: Locale, id: string): TemplateResult {
  const c = t.columns;
  return html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby=${id}>
    <table part="findings">
      <caption id=${id}>${t.findingsCaption}</caption>
      <thead>
        <tr>
          <th scope="col">${c.finding}</th>
          <th scope="col">${c.scope}</th>
          <th scope="col">${c.amount}</th>
          <th scope="col">${c.responsible}</th>
          <th scope="col">${c.deadline}</th>
          <th scope="col">${c.severity}</th>
          <th scope="col">${c.status}</th>
        </tr>
      </thead>
      <tbody>
        ${audit.findings.map((f) => {
          const status = findingStatus(f);
          const label = status === 'closed' ? t.status.closed(f.closedOn as string) : t.status[status];
          return html`<tr class=${status} data-finding=${f.id} data-ledger-item=${f.ledgerItem.id}>
            <th scope="row">${f.summary}</th>
            <td>${scopeText(f.scope, locale)}</td>
            <td class="amount">${f.amountFen === undefined ? t.noFigure : formatYuan(f.amountFen)}</td>
            <td>${f.responsible}</td>
            <td><time datetime=${f.deadline}>${f.deadline}</time></td>
            <td class="severity">${t.severity[f.severity]}</td>
            <td><span class="status ${status}">${label}</span></td>
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}

function postings(audit: AuditView, t: AuditRegisterMessages, locale: Locale, id: string): TemplateResult {
  const p = audit.publicity;
  const verdict = !p
    ? html`<p part="publicity" class="publicity muted">${t.publicityUnchecked}</p>`
    : p.ok
      ? html`<p part="publicity" class="publicity ok">${t.publicityOk(p.required.postings, p.required.days)}</p>`
      : html`<div part="publicity" class="publicity short">
          <p>${t.publicityShort}</p>
          <ul class="problems">
            ${p.problems.map((x) => html`<li data-code=${x.code}>${locale === 'en' ? x.messageEn : x.message}</li>`)}
          </ul>
        </div>`;
  if (!audit.postings.length) {
    return html`<h4 id=${id}>${t.postingsCaption}</h4>
      <p class="muted">${t.noPostings}</p>
      ${verdict}`;
  }
  const c = t.postingColumns;
  return html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby=${id}>
      <table part="postings">
        <caption id=${id}>${t.postingsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">${c.n}</th>
            <th scope="col">${c.period}</th>
            <th scope="col">${c.place}</th>
          </tr>
        </thead>
        <tbody>
          ${audit.postings.map(
            (x, i) => html`<tr>
              <th scope="row">${i + 1}</th>
              <td>${t.range(x.from, x.to)}</td>
              <td>${x.place ?? t.noFigure}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${verdict}${nothing}`;
}
