import {
  type CampaignFigures,
  type CampaignStatus,
  type CampaignSummary,
  exampleTaskTemplate,
  summarizeCampaign,
  type TaskProgress,
  type TaskTemplate,
  type UnitProgress,
  type VillageStatus,
} from '@huanjie/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { isoDateRule, validAttribute } from '../attributes/valid-attribute.js';
import type { Locale } from '../i18n/locale.js';
import { HjLocalizedElement } from '../i18n/localized-element.js';
import { PROGRESS_BOARD_MESSAGES, type ProgressBoardMessages } from './progress-board.messages.js';
import { progressBoardStyles } from './progress-board.styles.js';
import {
  type CountySummary,
  countySummary,
  electionsByVillage,
  percent,
  type TownshipRow,
  townshipOf,
  townshipRows,
  villageKey,
} from './progress-summary.js';

const AS_OF = isoDateRule({ zh: '不显示日期', en: 'no date shown' });

/**
 * @summary The daily state of a re-election campaign (换届进度): per township the tasks done, overdue tasks,
 * elections held and the first-vote success rate (一次选举成功率), each expandable to its villages.
 *
 * @description Shows what `taskProgress` of @huanjie/core returned (`progress`): the township figures are core's
 * `byTownship` roll-up, each village's its `UnitProgress`. Elections held and the first-vote success rate are core's
 * campaign figures (`summarizeCampaign`): `campaign` takes what `summarizeCampaign` returned, or what
 * `campaignStatus` returned (then each village's election is shown in its row too), matched to the task records by
 * township and village name. The element computes no figure itself. Each
 * township is a native `<details>` (keyboard: Tab to its summary, Enter or Space to open) holding a table of its
 * villages and its own township-level record. Completion is a bar with the percent as text (rounded down: 100 %
 * only when every task is done). Overdue task titles are taken from `template` (default `exampleTaskTemplate`) in
 * the language in force, else core's Chinese title. `as-of` is the day `progress` was computed for, shown as is.
 *
 * @csspart summary - The county summary line.
 * @csspart townships - The list of townships.
 * @csspart township - One township's `<details>`.
 * @csspart township-summary - The `<summary>` line of a township (name, bar, figures).
 * @csspart bar - A completion bar (with the percent beside it as text).
 * @csspart villages - The table of a township's villages.
 * @csspart empty - The message shown when there is no progress.
 *
 * @cssproperty --hj-accent - Accent colour (bars, focus ring).
 * @cssproperty --hj-error - Colour of overdue tasks.
 * @cssproperty --hj-ok - Colour of elections succeeded at the first vote.
 */
export class HjProgressBoard extends HjLocalizedElement {
  static override styles = progressBoardStyles;

  static override properties = {
    progress: { attribute: false },
    campaign: { attribute: false },
    template: { attribute: false },
    asOf: { attribute: 'as-of' },
  };

  /** What `taskProgress(template, records, { asOf })` of @huanjie/core returned. */
  declare progress: TaskProgress | undefined;
  /**
   * The campaign's figures: what `summarizeCampaign(status)` of @huanjie/core returned, or the `status` itself
   * (what `campaignStatus` returned), which also gives each village's election.
   */
  declare campaign: CampaignSummary | CampaignStatus | undefined;
  /** The template `progress` was computed with, for task titles in each language (default `exampleTaskTemplate`). */
  declare template: TaskTemplate;
  /** The day `progress` is for (ISO date), shown with the summary. */
  declare asOf: string | undefined;

  #rows: TownshipRow[] = [];
  #county: CountySummary | undefined;
  #elections = new Map<string, VillageStatus['election']>();

  constructor() {
    super();
    this.progress = undefined;
    this.campaign = undefined;
    this.template = exampleTaskTemplate;
    this.asOf = undefined;
  }

  /** The township rows as shown. */
  get rows(): readonly TownshipRow[] {
    return this.#rows;
  }

  /** The county line as shown. */
  get county(): CountySummary | undefined {
    return this.#county;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.asOf = validAttribute(this, 'as-of', this.asOf, AS_OF);
    if (changed.has('progress') || changed.has('campaign')) {
      const campaign = this.campaign;
      const status = campaign && 'villages' in campaign ? campaign : undefined;
      const summary = status ? summarizeCampaign(status) : (campaign as CampaignSummary | undefined);
      this.#elections = electionsByVillage(status);
      this.#rows = townshipRows(this.progress, summary);
      this.#county = this.#rows.length ? countySummary(this.#rows, summary) : undefined;
    }
  }

  #taskTitle(id: string, fallback: string, locale: Locale): string {
    const task = this.template?.tasks.find((t) => t.id === id);
    return task ? (locale === 'en' ? task.title.en : task.title.zh) : fallback;
  }

  /** Core's first-vote rate as a whole percent, rounded down (100 % only when every election held succeeded). */
  #rate(f: CampaignFigures, t: ProgressBoardMessages): string {
    return t.percent(percent(f.succeededAtFirstVote, f.held));
  }

  override render(): TemplateResult {
    const locale = this.locale;
    const t = PROGRESS_BOARD_MESSAGES[locale];
    const county = this.#county;
    if (!county) {
      return html`<h2 class="heading">${t.title}</h2>
        <p part="empty" class="panel">${t.empty}</p>`;
    }
    return html`
      <h2 class="heading">${t.title}</h2>
      <p part="summary" class="summary">
        ${t.county(county, t.percent(county.percent))}${
          county.campaign
            ? `${t.clauseSeparator}${t.countyElections(county.campaign, this.#rate(county.campaign, t))}`
            : ''
        }${this.asOf ? html`<span class="as-of">${t.asOf(this.asOf)}</span>` : nothing}
      </p>
      <ul part="townships" class="plain townships">
        ${this.#rows.map((row, i) => html`<li>${this.#renderTownship(row, i, t, locale)}</li>`)}
      </ul>
    `;
  }

  #bar(p: number | null): TemplateResult {
    return html`<progress part="bar" max="100" .value=${p ?? 0} aria-hidden="true"></progress>`;
  }

  #renderTownship(row: TownshipRow, index: number, t: ProgressBoardMessages, locale: Locale): TemplateResult {
    const e = row.campaign;
    return html`<details part="township" class="township" data-township=${row.name}>
      <summary part="township-summary">
        <span class="name">${row.name}</span>
        <span class="completion">${this.#bar(row.percent)}<span class="figures"
            >${t.completion(t.percent(row.percent), row.done, row.total)}</span
          ></span>
        <span class=${row.overdue ? 'overdue' : 'figures'}>${row.overdue ? '⚠ ' : ''}${t.overdueTasks(row.overdue)}</span>
        ${
          e?.villages
            ? html`<span class="figures">${t.electionsHeld(e.held, e.villages)}</span>
                <span class="figures">${t.firstVoteRate(this.#rate(e, t))}</span>`
            : html`<span class="figures muted">${t.noElections}</span>`
        }
      </summary>
      <div class="table-wrap" tabindex="0" role="region" aria-labelledby=${`villages-${index}`}>
        <table part="villages">
          <caption id=${`villages-${index}`}>${t.villagesCaption(row.name)}</caption>
          <thead>
            <tr>
              <th scope="col">${t.columns.unit}</th>
              <th scope="col">${t.columns.completion}</th>
              <th scope="col">${t.columns.overdue}</th>
              <th scope="col">${t.columns.election}</th>
            </tr>
          </thead>
          <tbody>
            ${row.villages.map((u) => this.#renderUnit(row.name, u, t, locale))}
          </tbody>
        </table>
      </div>
    </details>`;
  }

  #renderUnit(township: string, u: UnitProgress, t: ProgressBoardMessages, locale: Locale): TemplateResult {
    const p = percent(u.done, u.total);
    const own = u.unit === township;
    const election = own ? undefined : this.#elections.get(villageKey(townshipOf(u), u.unit));
    return html`<tr data-unit=${u.unit} class=${u.overdue.length ? 'has-overdue' : ''}>
      <th scope="row">${own ? t.townshipLevel(u.unit) : u.unit}</th>
      <td>
        <span class="completion">${this.#bar(p)}<span class="figures">${t.completion(t.percent(p), u.done, u.total)}</span></span>
      </td>
      <td>
        ${
          u.overdue.length
            ? html`<ul class="plain overdue-list">
                ${u.overdue.map(
                  (o) =>
                    html`<li class="overdue" data-task=${o.id}>⚠ ${t.daysLate(this.#taskTitle(o.id, o.title, locale), o.daysLate, o.due)}</li>`,
                )}
              </ul>`
            : html`<span class="muted">${t.noneOverdue}</span>`
        }
      </td>
      <td class="election">
        ${
          !election
            ? t.election.unknown
            : !election.held
              ? t.election.notHeld
              : election.succeededAtFirstVote === true
                ? html`<span class="first-vote">${t.election.firstVote}</span>`
                : election.succeededAtFirstVote === false
                  ? t.election.notFirstVote
                  : t.election.held
        }
      </td>
    </tr>`;
  }
}
