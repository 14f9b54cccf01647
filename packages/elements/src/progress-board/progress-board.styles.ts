import { css } from 'lit';
import { fields } from '../styles/fields.js';
import { progressBar } from '../styles/progress.js';
import { printedTables } from '../styles/tables.js';
import { tokens } from '../styles/tokens.js';

export const progressBoardStyles = [
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
      margin: 0 0 0.75rem;
      font-weight: 600;
    }
    .as-of {
      font-weight: 400;
      color: var(--hj-color-muted);
    }
    .townships > li + li {
      margin-top: 0.375rem;
    }
    details {
      border: 1px solid var(--hj-color-border);
      border-radius: var(--hj-radius);
    }
    summary {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 1rem;
      padding: 0.5rem 0.75rem;
      cursor: pointer;
      background: var(--hj-color-subtle);
      border-radius: var(--hj-radius);
    }
    summary:focus-visible {
      outline: 3px solid var(--hj-color-accent);
      outline-offset: 2px;
    }
    summary .name {
      font-weight: 600;
      min-inline-size: 6em;
    }
    details[open] > summary {
      border-end-start-radius: 0;
      border-end-end-radius: 0;
      border-block-end: 1px solid var(--hj-color-border);
    }
    details .table-wrap {
      padding: 0 0.75rem 0.75rem;
    }
    .table-wrap:focus-visible {
      outline: 3px solid var(--hj-color-accent);
      outline-offset: -3px;
    }
    .completion {
      display: inline-flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 0.5rem;
    }
    progress {
      inline-size: 6rem;
      block-size: 0.75rem;
      background: var(--hj-color-surface);
    }
    progress::-webkit-progress-bar {
      background: var(--hj-color-surface);
    }
    .figures {
      font-variant-numeric: tabular-nums;
    }
    .overdue {
      color: var(--hj-color-error);
    }
    .muted {
      color: var(--hj-color-muted);
    }
    .first-vote {
      color: var(--hj-color-ok);
    }
    .overdue-list li + li {
      margin-top: 0.125rem;
    }
    @media print {
      details {
        break-inside: avoid;
      }
      summary {
        background: none;
      }
    }
  `,
];
