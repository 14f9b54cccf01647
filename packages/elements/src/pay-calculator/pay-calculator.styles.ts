import { css } from 'lit';
import { fields } from '../styles/fields.js';
import { tokens } from '../styles/tokens.js';

/** The look of `<hj-pay-calculator>`: shared tokens and fields, plus the result panels and the schedule. */
export const payCalculatorStyles = [
  tokens,
  fields,
  css`
    .term {
      margin-bottom: 0.75rem;
    }
    .field.check {
      justify-content: flex-end;
    }
    .check-row {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      font-weight: 600;
    }
    .ratings {
      margin: 1rem 0 0;
    }
    .ratings .grid {
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 9rem), 1fr));
      margin-top: 0.5rem;
    }
    .title {
      font-size: 1.0625rem;
      font-weight: 600;
      margin: 1rem 0 0.5rem;
    }
    .status {
      font-size: 1.125rem;
      font-weight: 600;
      margin: 0 0 0.5rem;
      font-variant-numeric: tabular-nums;
    }
    dl {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 11rem), 1fr));
      gap: 0.5rem;
      margin: 0 0 1rem;
    }
    dl div {
      background: var(--hj-color-subtle);
      border-radius: var(--hj-radius);
      padding: 0.5rem 0.75rem;
    }
    dt {
      color: var(--hj-color-muted);
      font-size: 0.875rem;
    }
    dt .note {
      white-space: nowrap;
    }
    dd {
      margin: 0;
      font-size: 1.125rem;
      font-weight: 600;
      font-variant-numeric: tabular-nums;
    }
    dl .sum {
      border-inline-start: 4px solid var(--hj-color-border);
    }
    dl .paid {
      border-inline-start: 4px solid var(--hj-color-accent);
    }
    .table-wrap {
      margin: 0 0 1rem;
    }
    .schedule {
      max-height: var(--hj-pay-calculator-table-height, 24rem);
      overflow: auto;
    }
    .schedule thead th {
      position: sticky;
      top: 0;
    }
    tbody th,
    tfoot th {
      font-weight: 600;
      white-space: nowrap;
    }
    td.num {
      white-space: nowrap;
    }
    tfoot th,
    tfoot td {
      background: var(--hj-color-subtle);
      font-weight: 600;
    }
    .departure {
      font-weight: 600;
    }
    @media print {
      .schedule {
        max-height: none;
        overflow: visible;
      }
      .schedule thead th {
        position: static;
      }
      thead {
        display: table-header-group;
      }
      tfoot {
        display: table-footer-group;
      }
      tr {
        break-inside: avoid;
      }
      table {
        font-size: 9pt;
      }
      dl div {
        background: none;
        border: 1px solid #000;
      }
    }
  `,
];
