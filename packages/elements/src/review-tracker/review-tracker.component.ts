import {
  exampleReviewPolicy,
  HuanjieError,
  isInstant,
  maskResidentId,
  type Problem,
  type QualificationReview,
  type ReviewPolicy,
  type ReviewStatus,
  reviewStatus,
} from '@huanjie/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { validAttribute } from '../attributes/valid-attribute.js';
import type { Locale } from '../i18n/locale.js';
import { HjLocalizedElement } from '../i18n/localized-element.js';
import {
  REVIEW_TRACKER_MESSAGES,
  type ReviewTrackerCounts,
  type ReviewTrackerMessages,
} from './review-tracker.messages.js';
import { reviewTrackerStyles } from './review-tracker.styles.js';

/**
 * A review as core's `reviewStatus` takes it (`candidate` is the name shown), plus the candidate's resident ID
 * number for display. The ID is only ever shown masked (`maskResidentId`) and is not passed to core.
 */
export type TrackedReview = QualificationReview & { readonly residentId?: string };

/** One review as the element shows it: core's status, or the problems core found in the record. */
export interface TrackedReviewRow {
  readonly review: TrackedReview;
  /** Position in `reviews`. */
  readonly index: number;
  readonly status?: ReviewStatus;
  readonly problems?: readonly Problem[];
}

/** How often the element redraws when `now` is not set. */
const TICK_MS = 30_000;

const NOW = {
  accepts: isInstant,
  fallback: undefined,
  expected: 'YYYY-MM-DDTHH:MM:SS±HH:MM',
  named: { zh: '当前时间（每 30 秒刷新）', en: 'the clock (redrawn every 30 s)' },
};

/** `2021-09-01T21:30:00+08:00` → `2021-09-01 21:30` (the wall time in the instant's own offset). */
const wall = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;

/** Overdue (most overdue first), then in progress by time left, then decided, then records with errors. */
function sortKey(row: TrackedReviewRow): [number, number] {
  const s = row.status;
  if (!s) return [3, 0];
  if (s.outcome === 'pending' && s.overdue) return [0, -s.overdueMinutes];
  if (s.outcome === 'pending') return [1, s.remainingMinutes];
  return [2, 0];
}

/**
 * @summary Joint qualification reviews (资格联审) in progress: per candidate the tier, the departments answered and
 * pending, the time left or how long overdue, and the outcome, with a summary line.
 *
 * @description Each review goes through `reviewStatus` of @huanjie/core with the `policy` (default:
 * `exampleReviewPolicy`, the review part of the EXAMPLE county policy `exampleCountyHardCriteria` — seed 002's 48 h
 * normal, 24 h special, 12 h urgent tiers and twelve departments); the element only shows what core computed. Department names and tier titles are the
 * policy's. The ID number is shown masked with `maskResidentId`. Overdue reviews come first (most overdue first),
 * then reviews in progress by time left, then decided ones, then records core rejected (with core's problems).
 * With `now` set the figures are those at that instant; without it the element reads the clock and redraws every
 * 30 seconds while connected. Nothing is stored or sent anywhere.
 *
 * @csspart summary - The summary line (in progress, overdue, passed, failed).
 * @csspart table - The table of reviews.
 * @csspart progress - The answered/total indicator of a row (a bar and its figures as text).
 * @csspart pending - The list of departments still to answer.
 * @csspart empty - The message shown when there are no reviews.
 * @csspart error - The message shown when the policy has no review section.
 *
 * @cssproperty --hj-accent - Accent colour (focus ring, progress bars).
 * @cssproperty --hj-error - Colour of overdue reviews and failures.
 * @cssproperty --hj-ok - Colour of passed reviews.
 */
export class HjReviewTracker extends HjLocalizedElement {
  static override styles = reviewTrackerStyles;

  static override properties = {
    reviews: { attribute: false },
    policy: { attribute: false },
    now: {},
  };

  /** The reviews: `{ candidate, residentId?, submittedAt, tier, answers }` (see {@link TrackedReview}). */
  declare reviews: readonly TrackedReview[];
  /**
   * A policy with a `review` section: any defined `Policy`, or just its review part (default: `exampleReviewPolicy`,
   * the example county's tiers — an example).
   */
  declare policy: ReviewPolicy;
  /** The instant the figures are for (ISO date-time with an offset). Unset: the clock, redrawn every 30 s. */
  declare now: string | undefined;

  #rows: TrackedReviewRow[] = [];
  #timer: ReturnType<typeof setInterval> | undefined;

  constructor() {
    super();
    this.reviews = [];
    this.policy = exampleReviewPolicy;
    this.now = undefined;
  }

  /** The reviews in the order shown, each with core's status or its problems. */
  get rows(): readonly TrackedReviewRow[] {
    return this.#rows;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#syncTimer();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopTimer();
  }

  /** A timer runs only while connected and `now` is not set. */
  #syncTimer(): void {
    if (this.isConnected && !this.now) {
      this.#timer ??= setInterval(() => this.requestUpdate(), TICK_MS);
    } else {
      this.#stopTimer();
    }
  }

  #stopTimer(): void {
    if (this.#timer !== undefined) clearInterval(this.#timer);
    this.#timer = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.now = validAttribute(this, 'now', this.now, NOW);
    if (changed.has('now')) this.#syncTimer();
    // Recomputed on every update: the clock moves even when no property changed.
    const now = this.now || new Date().toISOString();
    const rows = (this.reviews ?? []).map((review, index): TrackedReviewRow => {
      const { residentId: _id, ...input } = review;
      try {
        return { review, index, status: reviewStatus(input, this.policy, now) };
      } catch (error) {
        if (error instanceof HuanjieError) return { review, index, problems: error.problems };
        throw error;
      }
    });
    this.#rows = rows
      .map((row) => ({ row, key: sortKey(row) }))
      .sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.row.index - b.row.index)
      .map((x) => x.row);
  }

  #counts(): ReviewTrackerCounts {
    const statuses = this.#rows.flatMap((r) => (r.status ? [r.status] : []));
    return {
      inProgress: statuses.filter((s) => s.outcome === 'pending').length,
      overdue: statuses.filter((s) => s.outcome === 'pending' && s.overdue).length,
      passed: statuses.filter((s) => s.outcome === 'pass').length,
      failed: statuses.filter((s) => s.outcome === 'fail').length,
    };
  }

  /** A department's name in the policy (its title when the policy gives one, else its id). */
  #department(id: string, locale: Locale): string {
    const d = this.policy?.review?.departments.find((x) => x.id === id);
    return d?.title ? (locale === 'en' ? d.title.en : d.title.zh) : id;
  }

  #tier(id: string, locale: Locale): string {
    const t = this.policy?.review?.tiers[id];
    return t ? (locale === 'en' ? t.title.en : t.title.zh) : id;
  }

  override render(): TemplateResult {
    const locale = this.locale;
    const t = REVIEW_TRACKER_MESSAGES[locale];
    if (!this.policy?.review) {
      return html`<h2 class="heading">${t.title}</h2>
        <p part="error" class="panel bad">${t.noReviewSection}</p>`;
    }
    if (!this.#rows.length) {
      return html`<h2 class="heading">${t.title}</h2>
        <p part="empty" class="panel">${t.empty}</p>`;
    }
    return html`
      <h2 class="heading">${t.title}</h2>
      <p part="summary" class="summary">
        ${t.summary(this.#counts())}${this.now ? html`<span class="as-of">${t.asOf(wall(this.now))}</span>` : nothing}
      </p>
      <div class="table-wrap" tabindex="0" role="region" aria-labelledby="reviews-caption">
        <table part="table">
          <caption id="reviews-caption">${t.caption}</caption>
          <thead>
            <tr>
              <th scope="col">${t.columns.candidate}</th>
              <th scope="col">${t.columns.residentId}</th>
              <th scope="col">${t.columns.tier}</th>
              <th scope="col">${t.columns.progress}</th>
              <th scope="col">${t.columns.pending}</th>
              <th scope="col">${t.columns.deadline}</th>
              <th scope="col">${t.columns.outcome}</th>
            </tr>
          </thead>
          <tbody>
            ${this.#rows.map((row) => this.#renderRow(row, t, locale))}
          </tbody>
        </table>
      </div>
    `;
  }

  #renderRow(row: TrackedReviewRow, t: ReviewTrackerMessages, locale: Locale): TemplateResult {
    const r = row.review;
    const name = r.candidate?.trim() ? r.candidate : t.noName;
    const id = r.residentId?.trim() ? maskResidentId(r.residentId) : t.noResidentId;
    const head = html`<th scope="row" class="name">${name}</th>
      <td class="id">${id}</td>`;
    const s = row.status;
    if (!s) {
      return html`<tr class="invalid" data-index=${row.index}>
        ${head}
        <td colspan="5">
          <p class="error">${t.outcomeMark.fail} ${t.invalid}</p>
          <ul class="plain problems">
            ${(row.problems ?? []).map(
              (p) => html`<li data-code=${p.code}>${locale === 'en' ? p.messageEn : p.message}</li>`,
            )}
          </ul>
        </td>
      </tr>`;
    }
    const sep = t.listSeparator;
    const total = s.answered.length + s.pending.length;
    const overdue = s.outcome === 'pending' && s.overdue;
    const failedBy = s.answered.filter((a) => a.outcome === 'fail').map((a) => this.#department(a.department, locale));
    const late = s.answered.filter((a) => a.late).map((a) => this.#department(a.department, locale));
    return html`<tr class=${overdue ? 'overdue' : s.outcome} data-index=${row.index}>
      ${head}
      <td class="tier">${this.#tier(r.tier, locale)}</td>
      <td>
        <div part="progress" class="progress">
          <progress max=${total} .value=${s.answered.length} aria-hidden="true"></progress>
          <span class="figures">${t.answered(s.answered.length, total)}</span>
        </div>
      </td>
      <td>
        ${
          s.pending.length
            ? html`<ul part="pending" class="plain pending">
                ${s.pending.map((d) => html`<li>${this.#department(d, locale)}</li>`)}
              </ul>`
            : html`<span class="muted">${t.nonePending}</span>`
        }
      </td>
      <td class="deadline" data-remaining-minutes=${s.remainingMinutes} data-overdue-minutes=${s.overdueMinutes}>
        <span>${t.dueAt} <time datetime=${s.deadline}>${wall(s.deadline)}</time></span>
        ${
          overdue
            ? html`<strong class="late">⚠ ${t.overdueBy(t.duration(s.overdueMinutes))}</strong>`
            : s.outcome === 'pending'
              ? html`<span class="left">${t.remaining(t.duration(s.remainingMinutes))}</span>`
              : nothing
        }
      </td>
      <td class="outcome">
        <span class="verdict ${s.outcome}">${t.outcomeMark[s.outcome]} ${t.outcome[s.outcome]}</span>
        ${failedBy.length ? html`<span class="note">${t.failedBy(failedBy.join(sep))}</span>` : nothing}
        ${late.length ? html`<span class="note">${t.lateAnswers(late.join(sep))}</span>` : nothing}
      </td>
    </tr>`;
  }
}
