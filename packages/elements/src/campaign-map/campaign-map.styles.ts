import { css } from 'lit';
import { villageBoardStyles } from '../village-board/village-board.styles.js';

/**
 * Stage colours: four steps of one blue along the main sequence, purple for a branch (另行选举, 重新选举), green for
 * complete, grey (dashed) before any stage. Text on each is at least 4.5:1: near-black on #e0e0e0 (12:1), #deebf7
 * (15:1) and #9ecae1 (9:1); white on #2b6ca3 (5.6:1), #08519c (7.9:1), #6a3d9a (7.7:1) and #1b6e3a (6.4:1). The
 * marks (late, blocked, changed) carry their own background, so they read the same on every tile.
 */
export const campaignMapStyles = [
  ...villageBoardStyles,
  css`
    :host {
      --hj-cm-none: var(--hj-campaign-none, #e0e0e0);
      --hj-cm-s1: var(--hj-campaign-step1, #deebf7);
      --hj-cm-s2: var(--hj-campaign-step2, #9ecae1);
      --hj-cm-s3: var(--hj-campaign-step3, #2b6ca3);
      --hj-cm-s4: var(--hj-campaign-step4, #08519c);
      --hj-cm-branch: var(--hj-campaign-branch, #6a3d9a);
      --hj-cm-final: var(--hj-campaign-complete, #1b6e3a);
      --hj-cm-late: var(--hj-campaign-late, #b3261e);
      --hj-cm-dark: #1f1f1f;
    }
    .none,
    .s1,
    .s2 {
      color: var(--hj-cm-dark);
    }
    .s3,
    .s4,
    .branch,
    .final {
      color: #ffffff;
    }
    .none {
      background: var(--hj-cm-none);
      border-style: dashed;
    }
    .s1 {
      background: var(--hj-cm-s1);
    }
    .s2 {
      background: var(--hj-cm-s2);
    }
    .s3 {
      background: var(--hj-cm-s3);
    }
    .s4 {
      background: var(--hj-cm-s4);
    }
    .branch {
      background: var(--hj-cm-branch);
    }
    .final {
      background: var(--hj-cm-final);
    }
    button.tile {
      flex-wrap: wrap;
      justify-content: flex-start;
      align-content: flex-start;
    }
    button.tile.none {
      border: 1px dashed #595959;
    }
    button.tile.late {
      box-shadow: inset 0 0 0 3px var(--hj-cm-late);
    }
    .tile .name {
      flex: 1 0 100%;
    }
    .flag {
      flex: none;
      font-size: 0.75rem;
      font-weight: 700;
      line-height: 1.3;
      padding: 0 0.25em;
      border-radius: 3px;
      border: 1px solid var(--hj-cm-dark);
    }
    .flag.late {
      background: var(--hj-cm-late);
      color: #ffffff;
      border-color: #ffffff;
    }
    .flag.blocked {
      background: var(--hj-cm-dark);
      color: #ffffff;
      border-color: #ffffff;
    }
    .flag.changed {
      background: #ffffff;
      color: var(--hj-cm-dark);
    }
    .tile .marks {
      display: contents;
    }
    .legend .flag {
      font-size: 0.875rem;
    }
    .replay {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: flex-end;
      margin-bottom: 0.5rem;
    }
    .checks {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      align-self: center;
    }
    .checks label {
      display: flex;
      gap: 0.375rem;
      align-items: center;
    }
    #filter-stage {
      width: 14em;
    }
    .shape {
      fill: var(--hj-cm-none);
    }
    .shape.s1 {
      fill: var(--hj-cm-s1);
    }
    .shape.s2 {
      fill: var(--hj-cm-s2);
    }
    .shape.s3 {
      fill: var(--hj-cm-s3);
    }
    .shape.s4 {
      fill: var(--hj-cm-s4);
    }
    .shape.branch {
      fill: var(--hj-cm-branch);
    }
    .shape.final {
      fill: var(--hj-cm-final);
    }
    .shape.late {
      stroke: var(--hj-cm-late);
      stroke-width: 3;
    }
    .detail ul {
      margin: 0 0 0.5rem;
      padding-inline-start: 1.25rem;
    }
    .detail li {
      overflow-wrap: anywhere;
    }
    td ul {
      margin: 0;
      padding-inline-start: 1rem;
    }
  `,
];
