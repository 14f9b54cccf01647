/**
 * The details of the village chosen on `<hj-risk-board>`: its township, score and level, each indicator's value,
 * points, weight and contribution as core explains them (`explain`), and its ledger items (台账).
 */
import type { LedgerItem, RiskScore, VillageRiskInput } from '@huanjie/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../i18n/locale.js';
import type { RiskBoardMessages } from './risk-board.messages.js';
import { colourClass, levelShort } from './risk-labels.js';

/**
 * The details of village `v` with core's explained score `s` and its items of `ledger`; `label` words a level
 * (`null`: not scored), `fmt` prints a figure and `onClose` takes the close button's `click`.
 */
export function renderRiskDetail(
  v: VillageRiskInput,
  s: RiskScore,
  ledger: readonly LedgerItem[] | undefined,
  label: (level: string | null) => string,
  fmt: (n: number | null) => string,
  onClose: () => void,
  t: RiskBoardMessages,
  locale: Locale,
): TemplateResult {
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
        <dd class="level"><span class="swatch ${colourClass(s.colour, s.level)}" aria-hidden="true">${levelShort(s.level, t)}</span> ${label(s.level)}</dd>
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
