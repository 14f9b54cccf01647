import { css } from 'lit';
import { fields } from '../styles/fields.js';
import { fileDrop } from '../styles/file-drop.js';
import { tokens } from '../styles/tokens.js';

export const rosterImportStyles = [
  tokens,
  fields,
  fileDrop,
  css`
    .table-wrap {
      max-height: var(--hj-roster-import-table-height, 24rem);
      overflow-y: auto;
    }
    @media print {
      .table-wrap {
        max-height: none;
        overflow: visible;
      }
    }
  `,
];
