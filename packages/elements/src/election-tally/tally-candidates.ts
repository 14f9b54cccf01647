/**
 * The election tally's candidates table as a template: a row per candidate with name, (sex) and votes, each cell
 * with its problems, a remove button per row and an add button below.
 */
import type { Problem } from '@huanjie/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { FieldFeedbackController } from '../form/field-feedback.js';
import type { Locale } from '../i18n/locale.js';
import type { ElectionTallyMessages } from './election-tally.messages.js';
import { renderProblemList } from './tally-result.js';

/** Id of the list of a field's problems: `ballots-issued-problems`, `c0-votes-problems`. */
export function problemsId(key: string): string {
  const cell = /^candidates\.(\d+)\.(\w+)$/.exec(key);
  return cell ? `c${cell[1]}-${cell[2]}-problems` : `${key.replace('.', '-')}-problems`;
}

/** One candidate's row as typed. */
export interface CandidateRow {
  name: string;
  sex: '' | 'male' | 'female';
  votes: string;
}

/** What the candidates table shows and whom it tells of a change. */
export interface CandidatesView {
  readonly rows: readonly CandidateRow[];
  readonly party: boolean;
  readonly feedback: FieldFeedbackController;
  /** Problems that no count or candidate cell shows. */
  readonly other: readonly Problem[];
  readonly onRow: (index: number, key: keyof CandidateRow, event: Event) => void;
  readonly onAdd: () => void;
  readonly onRemove: (index: number) => void;
}

/** The candidates with their votes (a sex column for villagers' committees), the add button and other problems. */
export function renderCandidates(v: CandidatesView, t: ElectionTallyMessages, locale: Locale): TemplateResult {
  const { party, feedback } = v;
  return html`
      <div class="table-wrap">
        <table class="candidates">
          <thead>
            <tr>
              <th scope="col">${t.candidate.number}</th>
              <th scope="col">${t.candidate.name}</th>
              ${party ? nothing : html`<th scope="col">${t.candidate.sex}</th>`}
              <th scope="col" class="num">${party ? t.candidate.yesVotes : t.candidate.votes}</th>
              <th scope="col"><span class="visually-hidden">${t.candidate.actions}</span></th>
            </tr>
          </thead>
          <tbody>
            ${v.rows.map((r, i) => {
              const name = `candidates.${i}.name`;
              const votes = `candidates.${i}.votes`;
              const n = i + 1;
              return html`<tr>
                <th scope="row" class="num">${n}</th>
                <td>
                  <input
                    data-candidate-name
                    aria-label=${`${t.candidate.name} ${n}`}
                    .value=${r.name}
                    autocomplete="off"
                    aria-invalid=${feedback.invalid(name)}
                    aria-describedby=${feedback.describedBy(name)}
                    @input=${(e: Event) => v.onRow(i, 'name', e)}
                  />
                  ${renderProblemList(feedback.problems(name), locale, problemsId(name))}
                </td>
                ${
                  party
                    ? nothing
                    : html`<td>
                        <select
                          aria-label=${`${t.candidate.sex} ${n}`}
                          .value=${r.sex}
                          @change=${(e: Event) => v.onRow(i, 'sex', e)}
                        >
                          <option value="">${t.sexes.unknown}</option>
                          <option value="male">${t.sexes.male}</option>
                          <option value="female">${t.sexes.female}</option>
                        </select>
                      </td>`
                }
                <td class="num">
                  <input
                    type="number"
                    inputmode="numeric"
                    min="0"
                    step="1"
                    aria-label=${`${party ? t.candidate.yesVotes : t.candidate.votes} ${n}`}
                    .value=${r.votes}
                    aria-invalid=${feedback.invalid(votes)}
                    aria-describedby=${feedback.describedBy(votes)}
                    @input=${(e: Event) => v.onRow(i, 'votes', e)}
                  />
                  ${renderProblemList(feedback.problems(votes), locale, problemsId(votes))}
                </td>
                <td>
                  <button type="button" class="secondary" aria-label=${t.candidate.remove(n)} @click=${() => v.onRemove(i)}>
                    ${t.candidate.removeSymbol}
                  </button>
                </td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
      <button type="button" class="secondary add" @click=${v.onAdd}>${t.addCandidate}</button>
      ${renderProblemList(v.other, locale, 'other-problems')}
    `;
}
