import { css } from 'lit';
import { fields } from '../styles/fields.js';
import { tokens } from '../styles/tokens.js';

/**
 * What every board (`<hj-risk-board>`, `<hj-campaign-map>`) looks like apart from its colours: heading, summary,
 * legend, filters, townships of tiles (skipped by layout while off-screen), the tile with the chosen one ringed, the
 * map, the details, and print (colours kept, every township laid out, smaller tiles).
 */
export const villageBoardStyles = [
  tokens,
  fields,
  css`
    .heading {
      font-size: 1.25rem;
      margin: 0 0 0.5rem;
    }
    .summary {
      margin: 0 0 0.5rem;
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      margin-bottom: 0.75rem;
    }
    .legend li {
      display: flex;
      align-items: center;
      gap: 0.375rem;
    }
    .swatch {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      min-width: 1.5em;
      padding: 0 0.25em;
      border-radius: var(--hj-radius);
      font-weight: 700;
      border: 1px solid var(--hj-color-border);
      box-sizing: border-box;
    }
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      align-items: flex-end;
      margin-bottom: 0.5rem;
    }
    .filters select {
      max-width: 100%;
    }
    /* A set width: a province's thousands of townships are then not measured to size the list. */
    #filter-township {
      width: 16em;
    }
    .switch {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
    }
    .shown,
    .hint,
    .none-match,
    .empty,
    .meta {
      color: var(--hj-color-muted);
      margin: 0 0 0.5rem;
    }
    .layout {
      display: flex;
      flex-wrap: wrap;
      gap: 1rem;
    }
    .main {
      flex: 3 1 20rem;
      min-width: 0;
    }
    .map-wrap {
      flex: 2 1 16rem;
      min-width: 0;
      margin: 0;
    }
    .group {
      margin-bottom: 0.75rem;
    }
    /* Off-screen townships are not styled or laid out until scrolled near (they stay in the accessibility tree and
       in find-in-page); a township's height is remembered once it has been laid out. */
    .block {
      content-visibility: auto;
      contain-intrinsic-size: auto 40rem;
    }
    .township {
      font-size: 1rem;
      margin: 0 0 0.25rem;
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.75rem;
      align-items: baseline;
    }
    .group-counts {
      font-size: 0.875rem;
      font-weight: 400;
      color: var(--hj-color-muted);
    }
    .tiles {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 7rem), 1fr));
      gap: 4px;
    }
    button.tile {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 0.25rem;
      min-width: 0;
      min-height: 2.25rem;
      padding: 0.25rem 0.375rem;
      font-size: 0.875rem;
      font-weight: 400;
      border: 1px solid transparent;
      text-align: start;
    }
    button.tile[aria-current='true'] {
      box-shadow:
        0 0 0 3px var(--hj-color-surface),
        0 0 0 5px var(--hj-color-text);
    }
    .tile .name {
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
      min-width: 0;
    }
    .tile .lv {
      flex: none;
      font-weight: 700;
      border: 1px solid currentColor;
      border-radius: 3px;
      padding: 0 0.2em;
      line-height: 1.3;
    }
    button.link {
      all: unset;
      cursor: pointer;
      text-decoration: underline;
      color: var(--hj-color-accent);
      font-weight: 600;
    }
    button.link:focus-visible {
      outline: 3px solid var(--hj-color-accent);
      outline-offset: 1px;
    }
    .map {
      width: 100%;
      height: auto;
      display: block;
    }
    .shape {
      stroke: var(--hj-color-surface);
      stroke-width: 1;
    }
    .shape.dim {
      fill-opacity: 0.25;
    }
    .shape.chosen {
      stroke: var(--hj-color-text);
      stroke-width: 3;
    }
    .shape:focus-visible {
      outline: none;
      stroke: var(--hj-color-accent);
      stroke-width: 4;
    }
    figcaption {
      font-size: 0.875rem;
      color: var(--hj-color-muted);
    }
    .detail {
      border: 1px solid var(--hj-color-border);
      border-radius: var(--hj-radius);
      padding: 0.75rem 1rem;
      margin-top: 1rem;
    }
    .detail h3 {
      font-size: 1.125rem;
      margin: 0 0 0.5rem;
      overflow-wrap: anywhere;
    }
    .detail h4 {
      font-size: 1rem;
      margin: 0.75rem 0 0.25rem;
    }
    .facts {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1.5rem;
      margin: 0 0 0.5rem;
    }
    .facts dt {
      font-weight: 600;
      font-size: 0.875rem;
    }
    .facts dd {
      margin: 0;
    }
    @media print {
      :host {
        font-size: 10pt;
        print-color-adjust: exact;
        -webkit-print-color-adjust: exact;
      }
      .group {
        break-inside: avoid;
      }
      .block {
        content-visibility: visible;
      }
      .tiles {
        grid-template-columns: repeat(auto-fill, minmax(5.5rem, 1fr));
        gap: 2px;
      }
      button.tile {
        display: flex;
        min-height: 0;
        padding: 1px 3px;
        font-size: 8pt;
      }
      .layout {
        display: block;
      }
      .map-wrap {
        max-width: 12cm;
        break-inside: avoid;
      }
      .table-wrap {
        overflow: visible;
      }
      button.link {
        display: inline;
        color: inherit;
        text-decoration: none;
      }
    }
  `,
];
