/**
 * The table view of `<hj-campaign-map>`: one row per village shown (township by township) with its stage and since
 * when, its election day, what it is late with, what blocks its election and what changed during the day; the
 * village's name is a button that chooses it.
 */
import type { CampaignStatus } from '@huanjie/core';
import { html, type TemplateResult } from 'lit';
import type { Locale } from '../i18n/locale.js';
import type { TownshipGroup } from '../village-board/township-groups.js';
import type { CampaignMapMessages } from './campaign-map.messages.js';
import type { VillageWords } from './campaign-map.tiles.js';
import { wallTime } from './campaign-map.view.js';

type Village = CampaignStatus['villages'][number];

/** A list of texts, or the word for none. */
export function listOrNone(items: readonly string[], t: CampaignMapMessages): TemplateResult | string {
  return items.length ? html`<ul class="plain">${items.map((s) => html`<li>${s}</li>`)}</ul>` : t.none;
}

/** What a village is late with, in words. */
export function lateItems(v: Village, w: VillageWords, t: CampaignMapMessages): string[] {
  return v.late.map((l) => t.lateItem(w.stageTitle(l.stage), l.due));
}

/** What blocks a village's election: core's problems, in the page's language (zh-TW shows the zh-CN message). */
export function blockerTexts(v: Village, locale: Locale): string[] {
  return v.blockers.map((p) => (locale === 'en' ? p.messageEn : p.message));
}

/**
 * The table of the villages of `groups`; `w` says what a stage and a change look like, `onClick` takes `click` on
 * the table's body.
 */
export function renderCampaignTable(
  groups: readonly TownshipGroup[],
  status: CampaignStatus,
  w: VillageWords,
  onClick: (e: Event) => void,
  locale: Locale,
  t: CampaignMapMessages,
): TemplateResult {
  const villages = status.villages;
  return html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="table-caption">
    <table part="table">
      <caption id="table-caption">${t.tableCaption}</caption>
      <thead>
        <tr>
          <th scope="col">${t.village}</th>
          <th scope="col">${t.township}</th>
          <th scope="col">${t.stage}</th>
          <th scope="col">${t.since}</th>
          <th scope="col">${t.electionDate}</th>
          <th scope="col">${t.lateItems}</th>
          <th scope="col">${t.blockers}</th>
          <th scope="col">${t.change}</th>
        </tr>
      </thead>
      <tbody @click=${onClick}>
        ${groups.map((g) =>
          g.indices.map((i) => {
            const v = villages[i] as Village;
            const stage = w.stage(v.stage);
            return html`<tr data-code=${v.code}>
              <th scope="row"><button type="button" class="link" data-i=${i}>${v.name ?? v.code}</button></th>
              <td>${w.township(g.key)}</td>
              <td><span class="swatch ${stage.tone}" aria-hidden="true">${stage.short}</span> ${stage.title}</td>
              <td>${v.since ? wallTime(v.since) : t.noFigure}</td>
              <td>${v.electionDate ?? t.noFigure}</td>
              <td>${listOrNone(lateItems(v, w, t), t)}</td>
              <td>${listOrNone(blockerTexts(v, locale), t)}</td>
              <td>${listOrNone(w.changed.get(v.code) ?? [], t)}</td>
            </tr>`;
          }),
        )}
      </tbody>
    </table>
  </div>`;
}
