/**
 * The controls of `<hj-campaign-map>` that are its own: the day (a date input between the previous and next day
 * buttons, to replay the campaign), the stage filter with each stage's count, and the late / blocked / changed
 * checkboxes. The township filter and the view switch are the boards' (`village-board/board-controls.ts`).
 */
import type { CampaignFigures } from '@huanjie/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { CampaignMapMessages } from './campaign-map.messages.js';
import { NOT_STARTED, shiftDay } from './campaign-map.view.js';

/** The day control: `onDay` takes the day typed or stepped to. */
export function renderReplay(day: string, onDay: (day: string) => void, t: CampaignMapMessages): TemplateResult {
  return html`<div part="replay" class="replay no-print">
    <button type="button" class="secondary" data-step="-1" @click=${() => onDay(shiftDay(day, -1))}>‹ ${t.previousDay}</button>
    <div class="field">
      <label for="as-of">${t.day}</label>
      <input
        id="as-of"
        type="date"
        .value=${day}
        @change=${(e: Event) => {
          const value = (e.target as HTMLInputElement).value;
          if (value) onDay(value);
        }}
      />
    </div>
    <button type="button" class="secondary" data-step="1" @click=${() => onDay(shiftDay(day, 1))}>${t.nextDay} ›</button>
  </div>`;
}

/** The filters a board's controls are set to. */
export interface CampaignFilterState {
  readonly stage: string;
  readonly late: boolean;
  readonly blocked: boolean;
  readonly changed: boolean;
}

/**
 * The stage filter (every stage with its count as core counts it, and the villages not started) and the checkboxes;
 * `changesKnown` is false when the map was given a status without the journal (no changes to filter on).
 */
export function renderStageFilters(
  f: CampaignFilterState,
  stages: readonly { id: string; title: string }[],
  county: CampaignFigures,
  changesKnown: boolean,
  set: (patch: Partial<CampaignFilterState>) => void,
  t: CampaignMapMessages,
): TemplateResult {
  const check = (key: 'late' | 'blocked' | 'changed', label: string) =>
    html`<label
      ><input
        type="checkbox"
        id=${`filter-${key}`}
        .checked=${f[key]}
        @change=${(e: Event) => set({ [key]: (e.target as HTMLInputElement).checked })}
      />${label}</label
    >`;
  return html`<div class="field">
      <label for="filter-stage">${t.filterStage}</label>
      <select id="filter-stage" @change=${(e: Event) => set({ stage: (e.target as HTMLSelectElement).value })}>
        <option value="" ?selected=${!f.stage}>${t.allStages}</option>
        <option value=${NOT_STARTED} ?selected=${f.stage === NOT_STARTED}>
          ${t.withCount(t.notStarted, county.notStarted)}
        </option>
        ${stages.map(
          (s) =>
            html`<option value=${s.id} ?selected=${f.stage === s.id}>
              ${t.withCount(s.title, county.byStage[s.id] ?? 0)}
            </option>`,
        )}
      </select>
    </div>
    <div class="checks">
      ${check('late', t.withCount(t.onlyLate, county.late))}
      ${check('blocked', t.withCount(t.onlyBlocked, county.blocked))}
      ${changesKnown ? check('changed', t.onlyChanged) : nothing}
    </div>`;
}

/** The legend: each stage's mark, colour and count, then the marks late, blocked and changed with theirs. */
export function renderLegend(
  stages: readonly { id: string; short: string; title: string; tone: string }[],
  county: CampaignFigures,
  changed: number | null,
  t: CampaignMapMessages,
): TemplateResult {
  const item = (key: string, mark: TemplateResult, label: string, count: number) =>
    html`<li data-key=${key}>${mark}<span>${label}</span><strong class="count">${count}</strong></li>`;
  return html`<ul part="legend" class="legend plain" aria-label=${t.legend}>
    ${item(
      NOT_STARTED,
      html`<span class="swatch none" aria-hidden="true">${t.notStartedShort}</span>`,
      t.notStarted,
      county.notStarted,
    )}
    ${stages.map((s) =>
      item(
        s.id,
        html`<span class="swatch ${s.tone}" aria-hidden="true">${s.short}</span>`,
        s.title,
        county.byStage[s.id] ?? 0,
      ),
    )}
    ${item('late', html`<span class="flag late" aria-hidden="true">${t.lateShort}</span>`, t.late, county.late)}
    ${item(
      'blocked',
      html`<span class="flag blocked" aria-hidden="true">${t.blockedShort}</span>`,
      t.blocked,
      county.blocked,
    )}
    ${
      changed === null
        ? nothing
        : item(
            'changed',
            html`<span class="flag changed" aria-hidden="true">${t.changedShort}</span>`,
            t.changed,
            changed,
          )
    }
  </ul>`;
}
