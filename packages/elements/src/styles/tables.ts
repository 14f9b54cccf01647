/**
 * Data tables of the boards in print: colours kept, smaller type, whole rows, and the scrolling box opened up so
 * that every row is on paper.
 */
import { css } from 'lit';

export const printedTables = css`
  @media print {
    :host {
      font-size: 9pt;
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    .table-wrap {
      overflow: visible;
    }
    table {
      font-size: 8pt;
    }
    tr {
      break-inside: avoid;
    }
  }
`;
