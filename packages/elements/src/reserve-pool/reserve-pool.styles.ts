import { css } from 'lit';
import { fields } from '../styles/fields.js';
import { printedTables } from '../styles/tables.js';
import { tokens } from '../styles/tokens.js';

export const reservePoolStyles = [
  tokens,
  fields,
  printedTables,
  css`
    :host {
      container-type: inline-size;
    }
    .heading {
      font-size: 1.25rem;
      margin: 0 0 0.5rem;
    }
    h3 {
      font-size: 1.0625rem;
      margin: 1rem 0 0.5rem;
    }
    h4 {
      font-size: 1rem;
      margin: 0.75rem 0 0.25rem;
    }
    .total {
      font-weight: 600;
      margin: 0 0 0.5rem;
    }
    .counts {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1.5rem;
    }
    .table-wrap {
      margin: 0 0 0.75rem;
      overflow: auto;
    }
    .table-wrap:focus-visible {
      outline: 3px solid var(--hj-color-accent);
      outline-offset: 2px;
    }
    .table-wrap.people {
      max-height: var(--hj-reserve-pool-table-height, 24rem);
    }
    td.n {
      font-variant-numeric: tabular-nums;
      text-align: end;
    }
    .id {
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
    .township {
      max-width: 16rem;
      margin: 0 0 0.5rem;
    }
    button.link {
      color: var(--hj-color-accent);
      background: none;
      border: none;
      padding: 0;
      min-height: 1.5rem;
      text-decoration: underline;
    }
    button.link[aria-pressed='true'] {
      text-decoration: none;
      border-inline-start: 4px solid var(--hj-color-accent);
      padding-inline-start: 0.25rem;
    }
    .profile {
      border-top: 1px solid var(--hj-color-border);
      margin: 0.75rem 0 0;
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
    li.current .status {
      color: var(--hj-color-ok);
      font-weight: 600;
    }
    .muted {
      color: var(--hj-color-muted);
    }
    .match {
      border-top: 1px solid var(--hj-color-border);
      margin: 1rem 0 0;
    }
    /* One column on a phone, two where the element is wide. */
    .match-grid {
      display: grid;
      grid-template-columns: 1fr;
      gap: 0.75rem 1rem;
      margin: 0 0 0.75rem;
    }
    @container (min-width: 40rem) {
      .match-grid {
        grid-template-columns: 1fr 1fr;
      }
    }
    .ranked > li {
      margin: 0 0 0.5rem;
    }
    .ranked .name {
      font-weight: 600;
    }
    .reasons {
      margin: 0.125rem 0 0;
      padding-inline-start: 1.25rem;
      font-size: 0.9375rem;
    }
    .problems li.error {
      color: var(--hj-color-error);
    }
    .problems li.warning,
    .warnings {
      color: var(--hj-color-warning);
      margin: 0.125rem 0 0;
    }
  `,
];
