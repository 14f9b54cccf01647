/**
 * The markup of `<hj-voter-register>` below the drop zone: the counts by category and the IDs registered twice.
 * Every figure comes from core's `checkVoterRegister`; nothing is counted here.
 */
import { VOTER_CATEGORIES, VOTER_CATEGORY_LABELS, type VoterRegisterCheck } from '@huanjie/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../i18n/locale.js';
import type { VoterRegisterMessages } from './voter-register.messages.js';

const label = (l: { zh: string; zhTW: string; en: string }, locale: Locale) =>
  locale === 'en' ? l.en : locale === 'zh-TW' ? l.zhTW : l.zh;

/** The voters of each category of Art. 13, the total and those left out. */
export function countsTemplate(
  check: VoterRegisterCheck,
  electionDate: string,
  t: VoterRegisterMessages,
  locale: Locale,
): TemplateResult {
  return html`<section part="counts" aria-labelledby="counts-title">
    <p class="title" id="counts-title">${t.countsTitle(electionDate)}</p>
    <dl>
      ${VOTER_CATEGORIES.map(
        (c) =>
          html`<div data-category=${c}>
            <dt>${label(VOTER_CATEGORY_LABELS[c], locale)}</dt>
            <dd>${check.counts.byCategory[c]}</dd>
          </div>`,
      )}
      <div data-category="total"><dt>${t.totalTile}</dt><dd>${check.registeredVoters}</dd></div>
      <div data-category="excluded"><dt>${t.excludedTile}</dt><dd>${check.counts.excluded}</dd></div>
    </dl>
  </section>`;
}

/** The ID numbers (masked) found twice: in which rows, on which other villages' lists. */
export function duplicatesTemplate(
  check: VoterRegisterCheck,
  t: VoterRegisterMessages,
): TemplateResult | typeof nothing {
  if (check.duplicates.length === 0) return nothing;
  return html`<div class="table-wrap" tabindex="0" role="region" aria-label=${t.duplicatesCaption}>
    <table part="duplicates">
      <caption>${t.duplicatesCaption}</caption>
      <thead>
        <tr>
          <th scope="col">${t.duplicateId}</th>
          <th scope="col">${t.duplicateRows}</th>
          <th scope="col">${t.duplicateVillages}</th>
        </tr>
      </thead>
      <tbody>
        ${check.duplicates.map(
          (d) => html`<tr>
            <td>${d.residentId}</td>
            <td class="num">${d.rows.join(t.listSeparator)}</td>
            <td>${d.otherVillages.join(t.listSeparator)}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
