import { css } from 'lit';
import { fields } from '../styles/fields.js';
import { tokens } from '../styles/tokens.js';

export const candidateCheckStyles = [
  tokens,
  fields,
  css`
    .field input,
    .field select {
      width: 100%;
    }
    input[part~='resident-id'] {
      font-variant-numeric: tabular-nums;
      letter-spacing: 0.02em;
    }
    fieldset > .hint {
      margin-block-end: 0.5rem;
    }
    .facts > li + li {
      margin-block-start: 0.5rem;
    }
    .check {
      display: flex;
      align-items: flex-start;
      gap: 0.5rem;
    }
    .check input {
      flex: none;
      margin: 0.1875rem 0 0;
    }
    .check label {
      overflow-wrap: anywhere;
    }
    .sub {
      margin: 0.5rem 0 0.25rem;
      padding-inline-start: 1.625rem;
      gap: 0.5rem 1rem;
    }
    .verdict {
      border: 1px solid var(--hj-color-border);
      border-radius: var(--hj-radius);
      padding: 0.75rem 1rem;
      background: var(--hj-color-surface);
    }
    .verdict .title {
      font-weight: 600;
      margin: 0 0 0.5rem;
    }
    .verdict .panel {
      margin: 0 0 0.75rem;
    }
    .headline {
      font-weight: 600;
      font-size: 1.125rem;
      margin: 0;
    }
    .panel.ok .headline {
      color: var(--hj-color-ok);
    }
    .panel.bad .headline {
      color: var(--hj-color-error);
    }
    .outcomes {
      margin: 0 0 0.75rem;
    }
    .outcomes > li {
      border-inline-start: 4px solid var(--hj-color-border);
      padding: 0.25rem 0 0.25rem 0.625rem;
      margin-block-end: 0.5rem;
    }
    .outcomes > li.error {
      border-inline-start-color: var(--hj-color-error);
    }
    .outcomes > li.warning {
      border-inline-start-color: var(--hj-color-warning);
    }
    .outcomes > li.passed {
      border-inline-start-color: var(--hj-color-ok);
    }
    .rule {
      font-weight: 600;
      overflow-wrap: anywhere;
    }
    .badge {
      display: inline-block;
      font-size: 0.8125rem;
      font-weight: 600;
      border-radius: var(--hj-radius);
      padding: 0 0.375rem;
      margin-inline-end: 0.375rem;
      color: #fff;
      background: var(--hj-color-muted);
    }
    .error .badge {
      background: var(--hj-color-error);
    }
    .warning .badge {
      background: var(--hj-color-warning);
    }
    .passed .badge {
      background: var(--hj-color-ok);
    }
    .ref {
      color: var(--hj-color-muted);
      font-size: 0.875rem;
      margin: 0;
      overflow-wrap: anywhere;
    }
    details > summary {
      cursor: pointer;
      font-weight: 600;
      color: var(--hj-color-accent);
      padding-block: 0.25rem;
    }
    details[open] > summary {
      margin-block-end: 0.5rem;
    }
    @media print {
      details:not([open]) {
        display: none;
      }
    }
  `,
];
