import { css } from 'lit';
import { fields } from '../styles/fields.js';
import { tokens } from '../styles/tokens.js';

export const compositionChartStyles = [
  tokens,
  fields,
  css`
    :host {
      --hj-color-chart-current: var(--hj-chart-current, #1f5fa8);
      --hj-color-chart-previous: var(--hj-chart-previous, #595959);
      max-width: 60rem;
    }
    .heading {
      font-size: 1.25rem;
      margin: 0 0 0.75rem;
    }
    .controls {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      gap: 0.5rem 1rem;
      margin-bottom: 1rem;
    }
    .controls fieldset {
      margin: 0;
      padding: 0.25rem 0.75rem 0.5rem;
    }
    .segmented {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
    }
    .segmented label {
      display: inline-flex;
      align-items: center;
      gap: 0.375rem;
      cursor: pointer;
    }
    .sentence {
      margin: 0 0 1rem;
    }
    .figures {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 11rem), 1fr));
      gap: 0.5rem 1rem;
      margin: 0 0 1rem;
    }
    .figures div {
      border: 1px solid var(--hj-color-border);
      border-radius: var(--hj-radius);
      padding: 0.5rem 0.75rem;
    }
    .figures dt {
      font-weight: 600;
      font-size: 0.9375rem;
    }
    .figures dd {
      margin: 0;
      font-variant-numeric: tabular-nums;
    }
    .figures .change {
      display: block;
      color: var(--hj-color-muted);
      font-size: 0.875rem;
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1.25rem;
      margin: 0 0 0.75rem;
    }
    .legend li {
      display: inline-flex;
      align-items: center;
      gap: 0.375rem;
    }
    .swatch {
      display: inline-block;
      width: 1.5em;
      height: 0.875em;
      box-sizing: border-box;
      forced-color-adjust: none;
    }
    .swatch.current {
      background: var(--hj-color-chart-current);
    }
    .swatch.previous {
      border: 1.5px solid var(--hj-color-chart-previous);
      background: repeating-linear-gradient(
        45deg,
        var(--hj-color-chart-previous) 0 1.5px,
        transparent 1.5px 5px
      );
    }
    .charts {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 22rem), 1fr));
      gap: 1rem 2rem;
    }
    figure {
      margin: 0 0 1rem;
      min-width: 0;
    }
    figcaption {
      font-weight: 600;
      margin-bottom: 0.25rem;
    }
    .rows {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0 0.5rem;
      border-bottom: 1px solid var(--hj-color-subtle);
    }
    .row .name {
      flex: 0 1 7rem;
      min-width: 0;
      overflow-wrap: anywhere;
      font-size: 0.9375rem;
    }
    .row svg {
      flex: 1 1 14rem;
      min-width: 0;
      max-width: 24rem;
      height: auto;
      border-radius: 2px;
    }
    .bar.current {
      fill: var(--hj-color-chart-current);
    }
    .bar.previous {
      stroke: var(--hj-color-chart-previous);
      stroke-width: 1.5;
    }
    .hatch {
      stroke: var(--hj-color-chart-previous);
      stroke-width: 2;
    }
    .axis {
      stroke: var(--hj-color-text);
      stroke-width: 1;
    }
    svg text {
      fill: var(--hj-color-text);
      font-family: var(--hj-font);
      font-size: 13px;
      font-variant-numeric: tabular-nums;
    }
    svg text.inside {
      fill: #fff;
      font-weight: 600;
    }
    .note {
      color: var(--hj-color-muted);
      font-size: 0.875rem;
      margin: 0 0 0.5rem;
    }
    .empty {
      margin: 0;
    }
    @media print {
      :host {
        max-width: 180mm;
      }
      .controls {
        display: none;
      }
      .charts {
        grid-template-columns: 1fr 1fr;
      }
      figure,
      table {
        break-inside: avoid;
      }
      /* The data table prints beside the chart. */
      .data.visually-hidden {
        position: static;
        width: auto;
        height: auto;
        margin: 0;
        overflow: visible;
        clip: auto;
        white-space: normal;
      }
    }
  `,
];
