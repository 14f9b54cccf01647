/**
 * The table of a file's problems that the file-reading form elements share: row as in Excel (a workbook's cell as
 * Excel names it, 花名册!D5), column, what is wrong,
 * what would be accepted, the value (ID numbers already masked by core), the first `shown` of them and a count of the
 * rest.
 */
import type { Problem } from '@huanjie/core';
import { html, nothing, type TemplateResult } from 'lit';

/** The table's words in the page's language. */
export interface ProblemTableWords {
  readonly row: string;
  readonly column: string;
  readonly problem: string;
  readonly expected: string;
  readonly value: string;
  readonly moreNotShown: (n: number) => string;
}

/** How a problem table is written. */
export interface ProblemTableOptions {
  readonly caption: string;
  /** The `part` (and the table's name in tests): `errors`, `warnings`. */
  readonly part: string;
  readonly words: ProblemTableWords;
  /** What is wrong, in the page's language. */
  readonly message: (p: Problem) => string;
  /** What would be accepted, in the page's language. */
  readonly expected: (p: Problem) => string | undefined;
  /** How many rows at most (default 200); the rest are counted. */
  readonly shown?: number;
}

/** A scrolling, labelled table of problems, one row each. */
export function problemTable(problems: readonly Problem[], options: ProblemTableOptions): TemplateResult {
  const { caption, part, words: t } = options;
  const shown = problems.slice(0, options.shown ?? 200);
  return html`
    <div class="table-wrap" tabindex="0" role="region" aria-label=${caption}>
      <table part=${part}>
        <caption>${caption}</caption>
        <thead>
          <tr>
            <th scope="col">${t.row}</th>
            <th scope="col">${t.column}</th>
            <th scope="col">${t.problem}</th>
            <th scope="col">${t.expected}</th>
            <th scope="col">${t.value}</th>
          </tr>
        </thead>
        <tbody>
          ${shown.map(
            (p) => html`<tr data-code=${p.code}>
              <td class="num">${p.cell ?? p.row ?? ''}</td>
              <td>${p.column ?? ''}</td>
              <td>${options.message(p)}</td>
              <td>${options.expected(p) ?? ''}</td>
              <td>${p.value ?? ''}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${problems.length > shown.length ? html`<p>${t.moreNotShown(problems.length - shown.length)}</p>` : nothing}
  `;
}
