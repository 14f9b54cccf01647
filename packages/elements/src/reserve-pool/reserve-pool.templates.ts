/**
 * The markup of `<hj-reserve-pool>`: the pool's counts, a township's people, a person's profile and the suggestions
 * for a village. Everything shown comes from core (`summarizeReserves`, `portrayReserve`, `matchReserves`).
 */
import {
  type Problem,
  READINESS_LEVELS,
  type Reserve,
  type ReserveMatchResult,
  type ReservePortrait,
  type ReserveSummary,
} from '@huanjie/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../i18n/locale.js';
import type { ReservePoolMessages } from './reserve-pool.messages.js';

const title = (t: { zh: string; en: string }, locale: Locale) => (locale === 'en' ? t.en : t.zh);

function table(caption: string, id: string, head: readonly string[], rows: readonly (readonly (string | number)[])[]) {
  return html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby=${id}>
    <table>
      <caption id=${id}>${caption}</caption>
      <thead>
        <tr>
          ${head.map((h) => html`<th scope="col">${h}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          ([first, ...rest]) => html`<tr>
            <th scope="row">${first}</th>
            ${rest.map((c) => html`<td class="n">${c}</td>`)}
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/** The pool by source, by readiness, and by township and readiness. */
export function summaryTemplate(s: ReserveSummary, t: ReservePoolMessages): TemplateResult {
  const townships = Object.entries(s.byTownship);
  return html`<section part="summary" class="summary">
    <p class="total">${t.total(s.total, s.unplaced)}</p>
    <div class="counts">
      ${table(
        t.bySource,
        'by-source',
        [t.columns.source, t.count],
        // The national sources first, then any other the policy's vocabulary lets the pool use.
        Object.entries(s.bySource).filter(([, n]) => n > 0),
      )}
      ${table(
        t.byReadiness,
        'by-readiness',
        [t.columns.readiness, t.count],
        READINESS_LEVELS.map((k) => [k, s.byReadiness[k]]),
      )}
    </div>
    ${
      townships.length
        ? table(
            t.byTownship,
            'by-township',
            [t.township, t.count, ...READINESS_LEVELS],
            townships.map(([name, c]) => [name, c.total, ...READINESS_LEVELS.map((k) => c.byReadiness[k])]),
          )
        : nothing
    }
  </section>`;
}

/** One township's people, each with a button that opens the profile; ID numbers masked. */
export function peopleTemplate(
  people: readonly { readonly index: number; readonly reserve: Reserve; readonly maskedId?: string }[],
  township: string | undefined,
  selected: number | undefined,
  t: ReservePoolMessages,
  select: (index: number) => void,
): TemplateResult {
  const c = t.columns;
  return html`<div class="table-wrap people" tabindex="0" role="region" aria-labelledby="people-caption">
    <table part="people">
      <caption id="people-caption">${t.people(township, people.length)}</caption>
      <thead>
        <tr>
          <th scope="col">${c.name}</th>
          <th scope="col">${c.village}</th>
          <th scope="col">${c.source}</th>
          <th scope="col">${c.readiness}</th>
          <th scope="col">${c.id}</th>
        </tr>
      </thead>
      <tbody>
        ${people.map(
          ({ index, reserve: r, maskedId }) => html`<tr data-index=${index}>
            <th scope="row">
              <button
                type="button"
                class="link"
                aria-pressed=${selected === index ? 'true' : 'false'}
                aria-label=${t.showProfile(r.name)}
                @click=${() => select(index)}
              >
                ${r.name}
              </button>
            </th>
            <td>${r.village ?? t.notRecorded}</td>
            <td>${r.source}</td>
            <td>${r.readiness}</td>
            <td class="id">${maskedId ?? t.noId}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

function periodList<
  P extends { readonly from: string; readonly until?: string; readonly status: keyof ReservePoolMessages['status'] },
>(list: readonly P[], t: ReservePoolMessages, label: (p: P) => TemplateResult | string, cls: string): TemplateResult {
  if (!list.length) return html`<p class="muted ${cls}">${t.none}</p>`;
  return html`<ul class="plain ${cls}">
    ${list.map(
      (p) =>
        html`<li class=${p.status}>${label(p)}（${t.range(p.from, p.until)}，<span class="status">${t.status[p.status]}</span>）</li>`,
    )}
  </ul>`;
}

/** A person's profile (人才画像): facts, the form's dimensions, trial posts with their 准岗考核, mentors, training. */
export function profileTemplate(
  p: ReservePortrait,
  problems: readonly Problem[],
  t: ReservePoolMessages,
  locale: Locale,
): TemplateResult {
  const r = p.reserve;
  const f = t.facts;
  const eva = (e: ReservePortrait['evaluations'][number]) => t.evaluation(e.date, e.kind, e.rating);
  return html`<section part="profile" class="profile" aria-labelledby="profile-heading">
    <h3 id="profile-heading">${t.profile(p.name)}</h3>
    ${
      problems.length
        ? html`<ul part="profile-problems" class="problems">
            ${problems.map(
              (x) =>
                html`<li class=${x.severity} data-code=${x.code}>${locale === 'en' ? x.messageEn : x.message}</li>`,
            )}
          </ul>`
        : nothing
    }
    <dl class="facts">
      <dt>${f.id}</dt>
      <dd class="id">${p.maskedId ?? t.noId}</dd>
      <dt>${f.age}</dt>
      <dd>${p.age}</dd>
      <dt>${f.sex}</dt>
      <dd>${t.sex[r.sex]}</dd>
      <dt>${f.education}</dt>
      <dd>${r.education}</dd>
      <dt>${f.political}</dt>
      <dd>${r.politicalStatus}</dd>
      <dt>${f.source}</dt>
      <dd>${r.source}</dd>
      <dt>${f.channel}</dt>
      <dd class="channel">${r.channel ?? t.notRecorded}</dd>
      <dt>${f.readiness}</dt>
      <dd>${r.readiness}</dd>
      <dt>${f.village}</dt>
      <dd>${r.village ?? t.notRecorded}</dd>
      <dt>${f.skills}</dt>
      <dd>${r.skills.length ? r.skills.join(t.listSeparator) : t.none}</dd>
    </dl>
    ${
      p.dimensions.length
        ? html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="dimensions-caption">
            <table part="dimensions">
              <caption id="dimensions-caption">${t.dimensions}</caption>
              <thead>
                <tr>
                  <th scope="col">${t.dimension}</th>
                  <th scope="col">${t.rating}</th>
                </tr>
              </thead>
              <tbody>
                ${p.dimensions.map(
                  (d) => html`<tr data-dimension=${d.id}>
                    <th scope="row">${d.standard ? `${title(d.standard, locale)} · ` : ''}${title(d.title, locale)}</th>
                    <td>${d.rating ? html`${d.rating} <time datetime=${d.date}>${d.date}</time>` : t.notRated}</td>
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>`
        : nothing
    }
    <h4>${t.trialPosts}</h4>
    ${periodList(
      p.trialPosts,
      t,
      (x) =>
        html`${t.trialPost(x.village, x.post)}${
          x.evaluations.length
            ? html`；${t.trialEvaluations}：${x.evaluations.map((e) => `${e.date} ${e.rating}`).join(t.listSeparator)}`
            : nothing
        }`,
      'trial-posts',
    )}
    <h4>${t.mentors}</h4>
    ${periodList(p.mentors, t, (m) => (m.role ? `${m.name}（${m.role}）` : m.name), 'mentors')}
    <h4>${t.training}</h4>
    ${periodList(p.training, t, (x) => x.activity, 'training')}
    <h4>${t.evaluations}</h4>
    ${
      p.evaluations.length
        ? html`<ul class="plain evaluations">
            ${p.evaluations.map((e) => html`<li>${eva(e)}${e.note ? `（${e.note}）` : ''}</li>`)}
          </ul>`
        : html`<p class="muted">${t.none}</p>`
    }
  </section>`;
}

/** The ranked suggestions for a village, each with its score and the reasons that earned points. */
export function suggestionsTemplate(
  m: ReserveMatchResult,
  heading: string,
  t: ReservePoolMessages,
  locale: Locale,
  limit: number,
): TemplateResult {
  return html`<section part="suggestions" class="suggestions" aria-live="polite">
    <p class="suggestions-heading">${heading}</p>
    ${
      m.ranked.length
        ? html`<ol class="ranked">
            ${m.ranked.slice(0, limit).map(
              (r) => html`<li data-index=${r.index}>
                <span class="name">${r.name}</span> <span class="score">${t.score(r.score.toFixed(2))}</span>
                <ul class="reasons">
                  ${r.contributions
                    .filter((c) => c.points > 0)
                    .map(
                      (c) => html`<li>${locale === 'en' ? c.reason.en : c.reason.zh}（+${c.points.toFixed(2)}）</li>`,
                    )}
                </ul>
                ${
                  r.warnings.length
                    ? html`<p class="warnings">
                        ${t.warnings}：${r.warnings.map((w) => title(w.title, locale)).join(t.listSeparator)}
                      </p>`
                    : nothing
                }
              </li>`,
            )}
          </ol>`
        : html`<p class="muted">${t.noSuggestion}</p>`
    }
    <p class="hint">${t.weightsFrom(m.weightsFrom)}</p>
  </section>`;
}
