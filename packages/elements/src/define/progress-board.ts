/** Registers `<hj-progress-board>`. Importing this file is the only side effect. */
import { HjProgressBoard } from '../progress-board/progress-board.component.js';

export { HjProgressBoard };

if (!customElements.get('hj-progress-board')) customElements.define('hj-progress-board', HjProgressBoard);

declare global {
  interface HTMLElementTagNameMap {
    'hj-progress-board': HjProgressBoard;
  }
}
