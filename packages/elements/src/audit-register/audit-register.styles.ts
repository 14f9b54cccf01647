import { css } from 'lit';
import { fields } from '../styles/fields.js';
import { printedTables } from '../styles/tables.js';
import { tokens } from '../styles/tokens.js';

export const auditRegisterStyles = [
  tokens,
  fields,
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
    .audit {
      margin: 0 0 1.5rem;
    }
    .audit h3 {
      font-size: 1.0625rem;
      margin: 0 0 0.5rem;
    }
    .facts {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.25rem 1rem;
      margin: 0 0 0.75rem;
    }
    .facts dt {
      font-weight: 600;
    }
    .facts dd {
      margin: 0;
    }
    .table-wrap {
      margin: 0 0 0.75rem;
    }
    .table-wrap:focus-visible {
      outline: 3px solid var(--hj-color-accent);
      outline-offset: 2px;
    }
    td.amount {
      font-variant-numeric: tabular-nums;
      text-align: end;
      white-space: nowrap;
    }
    .status.closed,
    .publicity.ok {
      color: var(--hj-color-ok);
      font-weight: 600;
    }
    .status.overdue,
    .publicity.short {
      color: var(--hj-color-error);
      font-weight: 600;
    }
    tr.overdue > th:first-child {
      border-inline-start: 4px solid var(--hj-color-error);
    }
    .muted {
      color: var(--hj-color-muted);
    }
  `,
];
