/**
 * What the file-reading form elements share (`<hj-roster-import>`, `<hj-voter-register>`): the drop zone, the
 * button-looking label of the hidden file input, the hint and status lines, and the figures as a grid of tiles.
 */
import { css } from 'lit';

export const fileDrop = css`
    .drop {
      border: 2px dashed var(--hj-color-border);
      border-radius: var(--hj-radius);
      background: var(--hj-color-surface);
      padding: 1rem 1.25rem;
    }
    .drop.dragging {
      border-color: var(--hj-color-accent);
      background: var(--hj-color-subtle);
    }
    /* The native input is visually hidden but focusable and operable by keyboard; its label is the visible
       button, so the button speaks the page's language instead of the browser's. */
    label {
      display: inline-block;
      font-weight: 600;
      color: #fff;
      background: var(--hj-color-accent);
      border-radius: var(--hj-radius);
      padding: 0.5rem 1.25rem;
      cursor: pointer;
    }
    input:focus-visible + label {
      outline: 3px solid var(--hj-color-accent);
      outline-offset: 2px;
    }
    input:disabled + label {
      background: var(--hj-color-muted);
      cursor: not-allowed;
    }
    .hint {
      color: var(--hj-color-muted);
      font-size: 0.875rem;
      margin: 0.5rem 0 0;
    }
    .status {
      margin: 0.75rem 0;
      font-weight: 600;
    }
    .status .errors {
      color: var(--hj-color-error);
    }
    .status .ok {
      color: var(--hj-color-ok);
    }
    th {
      position: sticky;
      top: 0;
    }
    dl {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(10rem, 1fr));
      gap: 0.5rem;
      margin: 0;
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
    dd {
      margin: 0;
      font-size: 1.25rem;
      font-weight: 600;
      font-variant-numeric: tabular-nums;
    }
    .title {
      font-weight: 600;
      margin: 1rem 0 0.5rem;
    }
    @media print {
      .drop {
        display: none;
      }
    }
`;
