import { css } from 'lit';
import { fields } from '../styles/fields.js';
import { progressBar } from '../styles/progress.js';
import { printedTables } from '../styles/tables.js';
import { tokens } from '../styles/tokens.js';

export const reviewTrackerStyles = [
  tokens,
  fields,
  progressBar,
  printedTables,
  css`
    .heading {
      font-size: 1.25rem;
      margin: 0 0 0.5rem;
    }
    .summary {
      margin: 0 0 0.5rem;
      font-weight: 600;
    }
    .as-of {
      font-weight: 400;
      color: var(--hj-color-muted);
    }
    .table-wrap:focus-visible {
      outline: 3px solid var(--hj-color-accent);
      outline-offset: 2px;
    }
    th.name {
      font-weight: 600;
      background: none;
    }
    td.id {
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
    .progress {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 0.5rem;
    }
    progress {
      inline-size: 5rem;
      block-size: 0.625rem;
      background: var(--hj-color-subtle);
    }
    progress::-webkit-progress-bar {
      background: var(--hj-color-subtle);
    }
    .figures {
      white-space: nowrap;
      font-variant-numeric: tabular-nums;
    }
    .pending {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.5rem;
    }
    .muted {
      color: var(--hj-color-muted);
    }
    .deadline span,
    .deadline strong,
    .outcome span {
      display: block;
    }
    .late {
      color: var(--hj-color-error);
    }
    tr.overdue > th:first-child {
      border-inline-start: 4px solid var(--hj-color-error);
    }
    .verdict.pass {
      color: var(--hj-color-ok);
      font-weight: 600;
    }
    .verdict.fail {
      color: var(--hj-color-error);
      font-weight: 600;
    }
    .note {
      color: var(--hj-color-muted);
      font-size: 0.8125rem;
    }
    .problems li {
      font-size: 0.875rem;
    }
    @media print {
      progress {
        inline-size: 3rem;
      }
    }
  `,
];
