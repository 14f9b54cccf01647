/** Registers `<hj-risk-board>`. Importing this file is the only side effect. */
import { HjRiskBoard, type VillageSelectDetail } from '../risk-board/risk-board.component.js';

export { HjRiskBoard };

if (!customElements.get('hj-risk-board')) customElements.define('hj-risk-board', HjRiskBoard);

declare global {
  interface HTMLElementTagNameMap {
    'hj-risk-board': HjRiskBoard;
  }
  interface HTMLElementEventMap {
    'hj-village-select': CustomEvent<VillageSelectDetail>;
  }
}
