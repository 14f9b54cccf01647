import { css } from 'lit';
import { fields } from '../styles/fields.js';
import { tokens } from '../styles/tokens.js';

export const electionTallyStyles = [
  tokens,
  fields,
  css`
    .heading {
      font-size: 1.25rem;
      margin: 0 0 0.75rem;
    }
    .checkbox {
      display: flex;
      flex-direction: row;
      align-items: center;
      gap: 0.5rem;
    }
    .candidates input {
      width: 100%;
      min-width: 5rem;
    }
    .candidates td.num input {
      text-align: end;
      max-width: 8rem;
    }
    .add {
      margin-top: 0.5rem;
    }
    .problems {
      margin-top: 0.25rem;
    }
    .problems li {
      margin-top: 0.25rem;
    }
    .problems .next {
      display: block;
      color: var(--hj-color-muted);
    }
    .result h3 {
      font-size: 1.125rem;
      margin: 1rem 0 0.5rem;
    }
    .result h4 {
      font-size: 1rem;
      margin: 0.5rem 0 0.25rem;
    }
    .verdict {
      margin: 0;
    }
    .lists {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
      gap: 0 1.5rem;
      margin-bottom: 1rem;
    }
    .accept textarea,
    .committee textarea {
      width: 100%;
    }
    .field.committee {
      grid-column: 1 / -1;
    }
    tr.failed .status {
      color: var(--hj-color-error);
      font-weight: 600;
    }
    tr.passed .status {
      color: var(--hj-color-ok);
    }
    tr.skipped .status {
      color: var(--hj-color-muted);
    }
    @media print {
      [part='form'] fieldset {
        break-inside: avoid;
      }
      input,
      select {
        border: none;
      }
    }
  `,
];
