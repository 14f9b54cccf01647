import type { AuditView } from '@huanjie/core';
import { html, type TemplateResult } from 'lit';
import { HjLocalizedElement } from '../i18n/localized-element.js';
import { AUDIT_REGISTER_MESSAGES, type AuditRegisterCounts } from './audit-register.messages.js';
import { auditRegisterStyles } from './audit-register.styles.js';
import { auditSection, findingStatus } from './audit-register.templates.js';

/**
 * @summary A village's departure audits (离任经济责任审计): the members and term audited, the audit group, the matters
 * of 村民委员会组织法 Art. 35, each finding with its amount, who answers for it, its deadline and its 台账 status, and
 * the postings against the policy's rule.
 *
 * @description Shows what core's `departureAudits(journal, { asOf, policy })` gives for one village (pass its
 * `audits`); the element computes nothing itself. A finding's status is 已整改销号 (with the day), 逾期未整改 or
 * 整改中, each with a mark so that colour is not the only sign; its row carries the finding's event id and its
 * 台账 item's id. The postings verdict is core's `checkAuditPublicity` (against the village's election day), or a
 * note that they were not checked. With no audit the element says so: 不审计不换届. Nothing is stored or sent.
 *
 * @csspart summary - The summary line (audits, findings, put right, overdue).
 * @csspart audit - One audit.
 * @csspart findings - The table of findings.
 * @csspart postings - The table of postings.
 * @csspart publicity - The postings verdict.
 * @csspart empty - The message shown when there is no audit.
 *
 * @cssproperty --hj-accent - Accent colour (focus ring).
 * @cssproperty --hj-error - Colour of overdue findings and a failed posting check.
 * @cssproperty --hj-ok - Colour of findings put right and a posting check met.
 */
export class HjAuditRegister extends HjLocalizedElement {
  static override styles = auditRegisterStyles;

  static override properties = {
    audits: { attribute: false },
    village: {},
  };

  /** The village's audits, as `departureAudits(...).villages[i].audits` gives them. */
  declare audits: readonly AuditView[];
  /** The village's name, shown in the heading. */
  declare village: string | undefined;

  constructor() {
    super();
    this.audits = [];
    this.village = undefined;
  }

  /** The figures of the summary line. */
  get counts(): AuditRegisterCounts {
    const findings = (this.audits ?? []).flatMap((a) => a.findings);
    return {
      audits: (this.audits ?? []).length,
      findings: findings.length,
      closed: findings.filter((f) => findingStatus(f) === 'closed').length,
      overdue: findings.filter((f) => findingStatus(f) === 'overdue').length,
    };
  }

  override render(): TemplateResult {
    const locale = this.locale;
    const t = AUDIT_REGISTER_MESSAGES[locale];
    const audits = this.audits ?? [];
    const heading = html`<h2 class="heading">${t.title(this.village?.trim() || undefined)}</h2>`;
    if (!audits.length) {
      return html`${heading}
        <p part="empty" class="panel bad">${t.empty}</p>`;
    }
    return html`${heading}
      <p part="summary" class="summary">${t.summary(this.counts)}</p>
      ${audits.map((audit, n) => auditSection(audit, t, locale, n))}`;
  }
}
