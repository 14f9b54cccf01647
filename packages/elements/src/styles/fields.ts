/**
 * The look of form fields shared by the form elements: labelled fields in a responsive grid, error and hint text
 * linked to their field, buttons, tables and result panels. Usable from 320 px wide and at 200 % text size.
 */
import { css } from 'lit';

export const fields = css`
  fieldset {
    border: 1px solid var(--hj-color-border);
    border-radius: var(--hj-radius);
    margin: 0 0 1rem;
    padding: 0.75rem 1rem 1rem;
    min-width: 0;
  }
  legend {
    font-weight: 600;
    padding: 0 0.25rem;
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 13rem), 1fr));
    gap: 0.75rem 1rem;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    min-width: 0;
  }
  .field > label,
  .label {
    font-weight: 600;
    font-size: 0.9375rem;
  }
  .required::after {
    content: ' *';
    color: var(--hj-color-error);
  }
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    background: var(--hj-color-surface);
    border: 1px solid var(--hj-color-border);
    border-radius: var(--hj-radius);
    padding: 0.375rem 0.5rem;
    min-height: 2.25rem;
    box-sizing: border-box;
    max-width: 100%;
  }
  input[type='checkbox'],
  input[type='radio'] {
    min-height: auto;
    width: 1.125rem;
    height: 1.125rem;
    accent-color: var(--hj-color-accent);
  }
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible,
  button:focus-visible {
    outline: 3px solid var(--hj-color-accent);
    outline-offset: 1px;
  }
  [aria-invalid='true'] {
    border-color: var(--hj-color-error);
    box-shadow: inset 0 0 0 1px var(--hj-color-error);
  }
  :disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .hint {
    color: var(--hj-color-muted);
    font-size: 0.875rem;
    margin: 0;
  }
  .error {
    color: var(--hj-color-error);
    font-size: 0.875rem;
    margin: 0;
  }
  .warning {
    color: var(--hj-color-warning);
    font-size: 0.875rem;
    margin: 0;
  }
  button {
    font: inherit;
    font-weight: 600;
    color: #fff;
    background: var(--hj-color-accent);
    border: 1px solid var(--hj-color-accent);
    border-radius: var(--hj-radius);
    padding: 0.375rem 1rem;
    min-height: 2.25rem;
    cursor: pointer;
  }
  button.secondary {
    color: var(--hj-color-accent);
    background: var(--hj-color-surface);
  }
  .panel {
    border-radius: var(--hj-radius);
    background: var(--hj-color-subtle);
    padding: 0.75rem 1rem;
    margin: 0 0 1rem;
  }
  .panel.ok {
    border-inline-start: 4px solid var(--hj-color-ok);
  }
  .panel.bad {
    border-inline-start: 4px solid var(--hj-color-error);
  }
  .panel.warn {
    border-inline-start: 4px solid var(--hj-color-warning);
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.875rem;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block: 0.5rem;
  }
  th,
  td {
    border: 1px solid var(--hj-color-border);
    padding: 0.25rem 0.5rem;
    text-align: start;
    vertical-align: top;
  }
  th {
    background: var(--hj-color-subtle);
  }
  td.num,
  th.num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  /* Read by screen readers, not shown. */
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  ul.plain {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  @media print {
    button,
    .no-print {
      display: none;
    }
    .panel {
      background: none;
      border: 1px solid #000;
    }
  }
`;
