import {
  type CandidateInput,
  checkReserves,
  EDUCATION_LEVELS,
  type EducationLevel,
  HuanjieError,
  maskResidentId,
  matchReserves,
  nationalBaseline,
  ORGANIZATIONS,
  type Organization,
  POST_ORGANIZATIONS,
  POSTS,
  type Post,
  portrayReserve,
  type Reserve,
  type ReserveMatchResult,
  type ReserveSummary,
  type ReserveVillage,
  reserveTownships,
  summarizeReserves,
  type TalentPolicy,
} from '@huanjie/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { isoDateRule, TODAY, validAttribute } from '../attributes/valid-attribute.js';
import { todayOnUserCalendar } from '../form/form-control.js';
import { HjLocalizedElement } from '../i18n/localized-element.js';
import { RESERVE_POOL_MESSAGES, type ReservePoolMessages } from './reserve-pool.messages.js';
import { reservePoolStyles } from './reserve-pool.styles.js';
import { peopleTemplate, profileTemplate, suggestionsTemplate, summaryTemplate } from './reserve-pool.templates.js';

/** A current member of a village's committees, for the structure gaps that matching weighs. */
export type ReservePoolMember = CandidateInput & { readonly villageCode?: string };

/** Detail of the `hj-reserve-match` event: the village asked for and core's ranked suggestions. */
export interface ReserveMatchDetail {
  readonly village: ReserveVillage;
  readonly organization: Organization;
  readonly post: Post;
  readonly result: ReserveMatchResult;
}

const AS_OF = isoDateRule(TODAY);
/** How many suggestions are shown. */
const SHOWN = 10;

/**
 * @summary The reserve talent pool (后备人才库): counts by source, readiness and township; a township's people; a
 * person's profile (人才画像); and for a chosen village, core's ranked suggestions with their reasons.
 *
 * @description Give it `reserves` (core's `Reserve` records), `villages` (code, name, township) and, for the
 * structure gaps that matching weighs, `members` (the current committees, each with its `villageCode`). The counts
 * are core's `summarizeReserves`; the profile is `portrayReserve` under `policy` (its `reserveForm` names the rated
 * dimensions) on `as-of`; the suggestions are `matchReserves` (eligibility under `policy` first, then the policy's
 * weights). ID numbers are only ever shown masked. The form of the suggestions has two columns where the element is
 * wide and one where it is narrow (a container query). Nothing is stored or sent.
 *
 * @event hj-reserve-match - Suggestions were made for a village. `detail` is a {@link ReserveMatchDetail}.
 *
 * @csspart summary - The counts by source, readiness and township.
 * @csspart township - The township select.
 * @csspart people - The table of the township's people.
 * @csspart profile - The chosen person's profile.
 * @csspart profile-problems - What `checkReserves` finds in the profile (a rating off the form, a 准岗考核 outside
 * every trial post).
 * @csspart dimensions - The table of the form's dimensions and their latest rating.
 * @csspart match-form - The form that asks for suggestions.
 * @csspart suggestions - The ranked suggestions.
 * @csspart empty - The message shown when the pool is empty.
 *
 * @cssproperty --hj-accent - Accent colour (buttons, focus ring).
 * @cssproperty --hj-reserve-pool-table-height - Height of the scrolling table of people.
 */
export class HjReservePool extends HjLocalizedElement {
  static override styles = reservePoolStyles;

  static override properties = {
    reserves: { attribute: false },
    villages: { attribute: false },
    members: { attribute: false },
    policy: { attribute: false },
    asOf: { attribute: 'as-of' },
    township: { state: true },
    organization: { state: true },
    selected: { state: true },
    match: { state: true },
    matchError: { state: true },
  };

  /** The pool: core's `Reserve` records (as `generateCounty().reserves`). */
  declare reserves: readonly Reserve[];
  /** The villages with their township, to count and list by township and to choose a village. */
  declare villages: readonly ReserveVillage[];
  /** The current committees' members with their `villageCode`, for the team's structure gaps. */
  declare members: readonly ReservePoolMember[];
  /** Eligibility rules, matching weights and evaluation form (default: the national baseline, which has no form). */
  declare policy: TalentPolicy | undefined;
  /** The day ages, evaluations and periods are judged on (`YYYY-MM-DD`, default: today). */
  declare asOf: string | undefined;
  declare private township: string | undefined;
  /** The organization chosen in the form: its posts are the ones offered (POST_ORGANIZATIONS). */
  declare private organization: Organization;
  declare private selected: number | undefined;
  declare private match: ReserveMatchDetail | undefined;
  declare private matchError: string | undefined;
  #summary: ReserveSummary | undefined;

  constructor() {
    super();
    this.reserves = [];
    this.villages = [];
    this.members = [];
    this.organization = ORGANIZATIONS[0];
  }

  /** The counts, as `summarizeReserves` gives them for the pool and the villages. */
  get summary(): ReserveSummary {
    this.#summary ??= summarizeReserves(this.reserves ?? [], { villages: this.villages ?? [] });
    return this.#summary;
  }

  /** The suggestions last made, or `undefined`. */
  get suggestions(): ReserveMatchDetail | undefined {
    return this.match;
  }

  /** Shows a person's profile (by index in `reserves`). */
  showProfile(index: number): void {
    this.selected = index;
  }

  /**
   * Asks core for suggestions for a village's post, as the form does.
   *
   * @returns the suggestions (also sent as `hj-reserve-match`)
   */
  suggest(
    villageCode: string,
    organization: Organization,
    post: Post,
    wants: { minEducation?: EducationLevel; maxAge?: number; skills?: readonly string[] } = {},
  ): ReserveMatchDetail | undefined {
    const village = (this.villages ?? []).find((v) => v.code === villageCode);
    if (!village) return undefined;
    const team = (this.members ?? []).filter((m) => m.villageCode === village.code);
    try {
      const result = matchReserves(
        { village: { name: village.name, code: village.code }, team, organization, post, ...wants },
        this.reserves ?? [],
        this.#policy(),
        { asOf: this.#asOf() },
      );
      this.match = { village, organization, post, result };
      this.matchError = undefined;
      this.dispatchEvent(new CustomEvent('hj-reserve-match', { detail: this.match, bubbles: true, composed: true }));
      return this.match;
    } catch (e) {
      if (!(e instanceof HuanjieError)) throw e;
      this.match = undefined;
      this.matchError = this.locale === 'en' ? e.messageEn : e.message;
      return undefined;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('reserves') || changed.has('villages')) {
      this.#summary = undefined;
      const townships = Object.keys(this.summary.byTownship);
      if (this.township === undefined || !townships.includes(this.township)) this.township = townships[0];
    }
    if (changed.has('reserves')) this.selected = undefined;
  }

  #policy(): TalentPolicy {
    return this.policy ?? nationalBaseline;
  }

  #asOf(): string {
    return validAttribute(this, 'as-of', this.asOf, AS_OF) ?? todayOnUserCalendar();
  }

  #people() {
    // Placed as the summary counts them: by village code, or by a village name no other village has.
    const townshipOf = reserveTownships(this.villages ?? []);
    return (this.reserves ?? []).flatMap((reserve, index) =>
      this.township === undefined || townshipOf(reserve) === this.township
        ? [{ index, reserve, ...(reserve.residentId ? { maskedId: maskResidentId(reserve.residentId) } : {}) }]
        : [],
    );
  }

  /** The profile, with what `checkReserves` finds in it under the policy's form. */
  #profile(reserve: Reserve, t: ReservePoolMessages): TemplateResult {
    const policy = this.#policy();
    const portrait = portrayReserve(reserve, policy, { asOf: this.#asOf() });
    return profileTemplate(portrait, checkReserves([reserve], policy), t, this.locale);
  }

  #onSubmit(e: SubmitEvent): void {
    e.preventDefault();
    const data = new FormData(e.target as HTMLFormElement);
    const text = (k: string) => String(data.get(k) ?? '').trim();
    const maxAge = Number.parseInt(text('maxAge'), 10);
    const skills = text('skills')
      .split(/[、,，\s]+/)
      .filter(Boolean);
    this.suggest(text('village'), text('organization') as Organization, text('post') as Post, {
      ...(text('minEducation') ? { minEducation: text('minEducation') as EducationLevel } : {}),
      ...(Number.isFinite(maxAge) ? { maxAge } : {}),
      ...(skills.length ? { skills } : {}),
    });
  }

  #matchForm(t: ReservePoolMessages): TemplateResult {
    const byTownship = new Map<string, ReserveVillage[]>();
    for (const v of this.villages ?? []) byTownship.set(v.township, [...(byTownship.get(v.township) ?? []), v]);
    const field = (id: string, label: string, control: TemplateResult, hint?: string) =>
      html`<div class="field">
        <label for=${id}>${label}</label>
        ${control} ${hint ? html`<p class="hint" id=${`${id}-hint`}>${hint}</p>` : nothing}
      </div>`;
    return html`<form part="match-form" class="match" @submit=${this.#onSubmit} aria-labelledby="match-heading">
      <h3 id="match-heading">${t.match}</h3>
      <div class="match-grid">
        ${field(
          'village',
          t.village,
          html`<select id="village" name="village" required>
            ${[...byTownship].map(
              ([township, villages]) =>
                html`<optgroup label=${township}>
                  ${villages.map((v) => html`<option value=${v.code}>${v.name}</option>`)}
                </optgroup>`,
            )}
          </select>`,
        )}
        ${field(
          'organization',
          t.organization,
          html`<select
            id="organization"
            name="organization"
            @change=${(e: Event) => {
              this.organization = (e.target as HTMLSelectElement).value as Organization;
            }}
          >
            ${ORGANIZATIONS.map((o) => html`<option ?selected=${o === this.organization}>${o}</option>`)}
          </select>`,
        )}
        ${field(
          'post',
          t.post,
          html`<select id="post" name="post">
            ${POSTS.filter((p) => POST_ORGANIZATIONS[p].includes(this.organization)).map(
              (p) => html`<option ?selected=${p === '委员'}>${p}</option>`,
            )}
          </select>`,
        )}
        ${field(
          'minEducation',
          t.minEducation,
          html`<select id="minEducation" name="minEducation">
            <option value="">${t.any}</option>
            ${EDUCATION_LEVELS.map((l) => html`<option>${l}</option>`)}
          </select>`,
        )}
        ${field('maxAge', t.maxAge, html`<input id="maxAge" name="maxAge" type="number" min="18" max="80" inputmode="numeric" />`)}
        ${field(
          'skills',
          t.skillsWanted,
          html`<input id="skills" name="skills" aria-describedby="skills-hint" />`,
          t.skillsHint,
        )}
      </div>
      <button type="submit" class="primary">${t.suggest}</button>
    </form>`;
  }

  override render(): TemplateResult {
    const locale = this.locale;
    const t = RESERVE_POOL_MESSAGES[locale];
    const heading = html`<h2 class="heading">${t.title}</h2>`;
    const reserves = this.reserves ?? [];
    if (!reserves.length) return html`${heading}<p part="empty" class="muted">${t.empty}</p>`;
    const townships = Object.keys(this.summary.byTownship);
    const chosen = this.selected === undefined ? undefined : reserves[this.selected];
    const m = this.match;
    return html`${heading} ${summaryTemplate(this.summary, t)}
      ${
        townships.length
          ? html`<div class="field township">
              <label for="township">${t.township}</label>
              <select id="township" part="township" @change=${(e: Event) => {
                this.township = (e.target as HTMLSelectElement).value;
              }}>
                ${townships.map((n) => html`<option ?selected=${n === this.township}>${n}</option>`)}
              </select>
            </div>`
          : nothing
      }
      ${peopleTemplate(this.#people(), this.township, this.selected, t, (i) => this.showProfile(i))}
      ${chosen ? this.#profile(chosen, t) : nothing}
      ${this.villages?.length ? this.#matchForm(t) : nothing}
      ${this.matchError ? html`<p class="error" role="alert">${this.matchError}</p>` : nothing}
      ${
        m
          ? suggestionsTemplate(
              m.result,
              t.suggestions(
                m.village.name,
                `${m.organization}${m.post}`,
                m.result.ranked.length,
                m.result.ineligible.length,
              ),
              t,
              locale,
              SHOWN,
            )
          : nothing
      }`;
  }
}
