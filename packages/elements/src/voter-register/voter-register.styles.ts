import { css } from 'lit';
import { fields } from '../styles/fields.js';
import { fileDrop } from '../styles/file-drop.js';
import { tokens } from '../styles/tokens.js';

export const voterRegisterStyles = [
  tokens,
  fields,
  fileDrop,
  css`
    .table-wrap {
      max-height: var(--hj-voter-register-table-height, 24rem);
      overflow-y: auto;
      margin-top: 0.75rem;
    }
    dl div[data-category='total'] dd {
      color: var(--hj-color-ok);
    }
    dl div[data-category='excluded'] dd {
      color: var(--hj-color-error);
    }
    @media print {
      .table-wrap {
        max-height: none;
        overflow: visible;
      }
    }
  `,
];
