/**
 * Where the village chosen on `<hj-campaign-map>` stands, as core's status has it: its stage and since when, its
 * election day and election, what it is late with, what blocks its election, its open incidents, what changed during
 * the day and its last record. Texts from the data go in as text.
 */
import type { CampaignStatus } from '@huanjie/core';
import { html, type TemplateResult } from 'lit';
import type { Locale } from '../i18n/locale.js';
import type { CampaignMapMessages } from './campaign-map.messages.js';
import { blockerTexts, lateItems, listOrNone } from './campaign-map.table.js';
import type { VillageWords } from './campaign-map.tiles.js';
import { wallTime } from './campaign-map.view.js';

/** The details of village `v`; `onClose` takes the close button's `click`. */
export function renderCampaignDetail(
  v: CampaignStatus['villages'][number],
  w: VillageWords,
  onClose: () => void,
  locale: Locale,
  t: CampaignMapMessages,
): TemplateResult {
  const stage = w.stage(v.stage);
  const incidents = v.openIncidents.map((i) => `${i.severity}${t.factSeparator}${i.category}${t.colon}${i.summary}`);
  const last = v.lastChange;
  return html`<section part="detail" class="detail" aria-labelledby="detail-title">
    <h3 id="detail-title">${t.detailTitle(v.name ?? v.code)}</h3>
    <dl class="facts">
      <div><dt>${t.township}</dt><dd>${w.township(v.code.slice(0, 9))}</dd></div>
      <div>
        <dt>${t.stage}</dt>
        <dd class="stage"><span class="swatch ${stage.tone}" aria-hidden="true">${stage.short}</span> ${stage.title}</dd>
      </div>
      <div><dt>${t.since}</dt><dd>${v.since ? wallTime(v.since) : t.noFigure}</dd></div>
      <div><dt>${t.electionDate}</dt><dd>${v.electionDate ?? t.noFigure}</dd></div>
      <div><dt>${t.election}</dt><dd>${t.electionState(v.election.held, v.election.succeededAtFirstVote)}</dd></div>
    </dl>
    <h4>${t.lateItems}</h4>
    <div class="late-items">${listOrNone(lateItems(v, w, t), t)}</div>
    <h4>${t.blockers}</h4>
    <div class="blockers">${listOrNone(blockerTexts(v, locale), t)}</div>
    <h4>${t.openIncidents}</h4>
    <div class="incidents">${listOrNone(incidents, t)}</div>
    <h4>${t.change}</h4>
    <div class="changes">${listOrNone(w.changed.get(v.code) ?? [], t)}</div>
    <p class="meta">
      ${t.lastChange}${t.colon}${last ? `${wallTime(last.at)}${t.factSeparator}${t.kinds[last.kind]}` : t.none}
    </p>
    <button type="button" class="secondary no-print" @click=${onClose}>${t.close}</button>
  </section>`;
}
