import { css } from 'lit';
import { villageBoardStyles } from '../village-board/village-board.styles.js';

/**
 * Level colours default to shades whose text contrast is at least 4.5:1: white on #b3261e (6.5:1) and on #1b6e3a
 * (6.4:1), near-black on #ffd54f (13:1) and on #e0e0e0 (12:1).
 */
export const riskBoardStyles = [
  ...villageBoardStyles,
  css`
    :host {
      --hj-risk-r: var(--hj-risk-red, #b3261e);
      --hj-risk-r-text: var(--hj-risk-red-text, #ffffff);
      --hj-risk-y: var(--hj-risk-yellow, #ffd54f);
      --hj-risk-y-text: var(--hj-risk-yellow-text, #1f1f1f);
      --hj-risk-g: var(--hj-risk-green, #1b6e3a);
      --hj-risk-g-text: var(--hj-risk-green-text, #ffffff);
      --hj-risk-n: var(--hj-risk-none, #e0e0e0);
      --hj-risk-n-text: #1f1f1f;
      --hj-risk-c: var(--hj-risk-calm, #f1f8f3);
      --hj-risk-c-text: var(--hj-risk-calm-text, #1f1f1f);
    }
    .calm {
      background: var(--hj-risk-c);
      color: var(--hj-risk-c-text);
    }
    button.tile.calm {
      border: 1px solid var(--hj-risk-g);
    }
    .shape.calm {
      fill: var(--hj-risk-c);
    }
    .red {
      background: var(--hj-risk-r);
      color: var(--hj-risk-r-text);
    }
    .yellow {
      background: var(--hj-risk-y);
      color: var(--hj-risk-y-text);
    }
    .green {
      background: var(--hj-risk-g);
      color: var(--hj-risk-g-text);
    }
    .none {
      background: var(--hj-risk-n);
      color: var(--hj-risk-n-text);
      border-style: dashed;
    }
    button.tile.none {
      border: 1px dashed #595959;
    }
    .shape {
      fill: var(--hj-risk-n);
    }
    .shape.red {
      fill: var(--hj-risk-r);
    }
    .shape.yellow {
      fill: var(--hj-risk-y);
    }
    .shape.green {
      fill: var(--hj-risk-g);
    }
    .ledger li {
      border-inline-start: 4px solid var(--hj-color-border);
      padding-inline-start: 0.5rem;
      margin-bottom: 0.5rem;
    }
    .ledger li.open {
      border-inline-start-color: var(--hj-color-error);
    }
    .ledger li.inProgress {
      border-inline-start-color: var(--hj-color-warning);
    }
    .ledger li.resolved {
      border-inline-start-color: var(--hj-color-ok);
    }
    .ledger p {
      margin: 0;
      overflow-wrap: anywhere;
    }
  `,
];
