/**
 * Design tokens shared by every element. Hosts theme an element through these custom properties on `:host` (or any
 * ancestor) and style its inner parts through `::part()`.
 */
import { css } from 'lit';

export const tokens = css`
  :host {
    --hj-color-accent: var(--hj-accent, #b3261e);
    --hj-color-text: var(--hj-text, #1f1f1f);
    --hj-color-muted: var(--hj-muted, #595959);
    --hj-color-border: var(--hj-border, #c4c4c4);
    --hj-color-surface: var(--hj-surface, #ffffff);
    --hj-color-subtle: var(--hj-subtle, #f5f5f5);
    --hj-color-error: var(--hj-error, #b3261e);
    --hj-color-warning: var(--hj-warning, #8a5300);
    --hj-color-ok: var(--hj-ok, #1b6e3a);
    --hj-radius: var(--hj-border-radius, 6px);
    --hj-font: var(--hj-font-family, system-ui, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif);
    display: block;
    color: var(--hj-color-text);
    font-family: var(--hj-font);
    font-size: 1rem;
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none;
  }
  :focus-visible {
    outline: 3px solid var(--hj-color-accent);
    outline-offset: 2px;
  }
`;
