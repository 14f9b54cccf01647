/**
 * The risk board's table view and the details of a chosen village, as templates of what core's assessment holds.
 */
import type { LedgerItem, RiskScore, VillageAssessment, VillageRiskInput } from '@huanjie/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../i18n/locale.js';
import { RISK_BOARD_MESSAGES, type RiskBoardMessages } from './risk-board.messages.js';

/** Figures as the locale writes them, with the catalogue's mark for none. */
export function figureFormat(locale: Locale): (n: number | null) => string {
  const nf = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const none = RISK_BOARD_MESSAGES[locale].noFigure;
  return (n) => (n === null ? none : nf.format(n));
}

/** The table view (part `table`): every village shown, with its township, score and level. */
export function renderTable(
  a: VillageAssessment,
  groups: readonly { readonly indices: readonly number[] }[],
  list: readonly VillageRiskInput[],
  levelLabel: (level: string | null) => string,
  onClick: (e: Event) => void,
  t: RiskBoardMessages,
  locale: Locale,
): TemplateResult {
  const fmt = figureFormat(locale);
  return html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="table-caption">
      <table part="table">
        <caption id="table-caption">${t.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">${t.village}</th>
            <th scope="col">${t.township}</th>
            <th scope="col" class="num">${t.score}</th>
            <th scope="col">${t.level}</th>
          </tr>
        </thead>
        <tbody @click=${onClick}>
          ${groups.map((g) =>
            g.indices.map(
              (i) => html`<tr>
                <th scope="row"><button type="button" class="link" data-i=${i}>${list[i].village}</button></th>
                <td>${list[i].township ?? ''}</td>
                <td class="num">${fmt(a.score(i))}</td>
                <td><span class="swatch ${a.colour(i) ?? 'none'}" aria-hidden="true">${a.level(i) ? t.levelShort(a.level(i) as string) : t.unscoredShort}</span> ${levelLabel(a.level(i))}</td>
              </tr>`,
            ),
          )}
        </tbody>
      </table>
    </div>`;
}

/** The chosen village (part `detail`): its score, each indicator's points and its ledger. */
export function renderDetail(
  v: VillageRiskInput,
  s: RiskScore,
  ledger: readonly LedgerItem[] | undefined,
  levelLabel: (level: string | null) => string,
  onClose: () => void,
  t: RiskBoardMessages,
  locale: Locale,
): TemplateResult {
  const fmt = figureFormat(locale);
  const en = locale === 'en';
  const value = (c: RiskScore['contributions'][number]) =>
    c.missing ? t.missing : typeof c.value === 'boolean' ? (c.value ? t.yes : t.no) : String(c.value);
  const items = (ledger ?? []).filter((l) => l.village === v.village);
  return html`<section part="detail" class="detail" aria-labelledby="detail-title">
      <h3 id="detail-title">${t.detailTitle(v.village)}</h3>
      <dl class="facts">
        <div><dt>${t.township}</dt><dd>${v.township ?? t.noTownship}</dd></div>
        <div><dt>${t.score}</dt><dd class="score">${fmt(s.score)}</dd></div>
        <div>
          <dt>${t.level}</dt>
          <dd class="level"><span class="swatch ${s.colour ?? 'none'}" aria-hidden="true">${s.level ? t.levelShort(s.level) : t.unscoredShort}</span> ${levelLabel(s.level)}</dd>
        </div>
      </dl>
      <div class="table-wrap">
        <table class="contributions">
          <caption>${t.contributions}</caption>
          <thead>
            <tr>
              <th scope="col">${t.indicator}</th>
              <th scope="col" class="num">${t.value}</th>
              <th scope="col" class="num">${t.points}</th>
              <th scope="col" class="num">${t.weight}</th>
              <th scope="col" class="num">${t.contribution}</th>
            </tr>
          </thead>
          <tbody>
            ${s.contributions.map(
              (c) => html`<tr data-indicator=${c.indicatorId}>
                <th scope="row">${en ? c.title.en : c.title.zh}</th>
                <td class="num">${value(c)}</td>
                <td class="num">${fmt(c.points)}</td>
                <td class="num">${fmt(c.weight)}</td>
                <td class="num contribution">${fmt(c.contribution)}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <h4>${t.ledger}</h4>
      ${
        items.length
          ? html`<ul class="ledger plain">
              ${items.map(
                (l) => html`<li data-ledger=${l.id} class=${l.status}>
                  <p><strong>${l.category}</strong>${t.colon}${l.description}</p>
                  <p class="meta">
                    ${t.status}${t.colon}${t.statuses[l.status]}${t.factSeparator}${t.owner}${t.colon}${l.owner}${t.factSeparator}${t.due}${t.colon}${l.due}
                  </p>
                  ${l.measures.length ? html`<p class="meta">${t.measures}${t.colon}${l.measures.join(t.listSeparator)}</p>` : nothing}
                </li>`,
              )}
            </ul>`
          : html`<p class="meta">${t.noLedger}</p>`
      }
      <button type="button" class="secondary no-print" @click=${onClose}>${t.close}</button>
    </section>`;
}
