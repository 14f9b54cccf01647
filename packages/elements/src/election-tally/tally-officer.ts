/**
 * The fields a secretary's election adds to the tally (kind `party-officer`): the post elected and the committee's
 * members, from whom the plenary elects (中国共产党基层组织选举工作条例 2020).
 */
import type { PartyOfficerPost } from '@huanjie/core';
import { html, type TemplateResult } from 'lit';
import type { FieldFeedbackController } from '../form/field-feedback.js';
import type { Locale } from '../i18n/locale.js';
import type { ElectionTallyMessages } from './election-tally.messages.js';
import { problemsId } from './tally-candidates.js';
import { renderProblemList } from './tally-result.js';

/** The committee's members as typed: one per line, or separated by 、，, and the like. */
export function committeeNames(text: string): string[] {
  return text
    .split(/[\n\r、，,；;]+/)
    .map((n) => n.trim())
    .filter((n) => n !== '');
}

/** What the officer fields show and whom they tell of a change. */
export interface OfficerView {
  readonly post: PartyOfficerPost;
  readonly committee: string;
  readonly feedback: FieldFeedbackController;
  readonly onPost: (post: PartyOfficerPost) => void;
  readonly onCommittee: (text: string) => void;
}

/** The post select and the committee's members, with the problems placed at the list. */
export function renderOfficerFields(v: OfficerView, t: ElectionTallyMessages, locale: Locale): TemplateResult {
  return html`<div class="field">
      <label for="post">${t.fields.post}</label>
      <select id="post" .value=${v.post} @change=${(e: Event) => v.onPost((e.target as HTMLSelectElement).value as PartyOfficerPost)}>
        <option value="书记">${t.posts.书记}</option>
        <option value="副书记">${t.posts.副书记}</option>
      </select>
    </div>
    <div class="field committee">
      <label for="committee" class="required">${t.fields.committee}</label>
      <textarea
        id="committee"
        rows="3"
        aria-required="true"
        aria-invalid=${v.feedback.invalid('committee')}
        aria-describedby=${v.feedback.describedBy('committee', 'committee-hint')}
        .value=${v.committee}
        @input=${(e: Event) => v.onCommittee((e.target as HTMLTextAreaElement).value)}
      ></textarea>
      <span id="committee-hint" class="hint">${t.fields.committeeHint}</span>
      ${renderProblemList(v.feedback.problems('committee'), locale, problemsId('committee'))}
    </div>`;
}
