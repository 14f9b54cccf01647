/**
 * The completion bar shared by the boards: a `<progress>` drawn alike in every engine, filled in the accent colour.
 * Each board sets the bar's size and its track colour.
 */
import { css } from 'lit';

export const progressBar = css`
  progress {
    appearance: none;
    border: 1px solid var(--hj-color-border);
    border-radius: var(--hj-radius);
    overflow: hidden;
  }
  progress::-webkit-progress-value {
    background: var(--hj-color-accent);
  }
  progress::-moz-progress-bar {
    background: var(--hj-color-accent);
  }
`;
