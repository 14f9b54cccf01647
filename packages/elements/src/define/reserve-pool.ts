/** Registers `<hj-reserve-pool>`. Importing this file is the only side effect. */
import { HjReservePool, type ReserveMatchDetail } from '../reserve-pool/reserve-pool.component.js';

export { HjReservePool };

if (!customElements.get('hj-reserve-pool')) customElements.define('hj-reserve-pool', HjReservePool);

declare global {
  interface HTMLElementTagNameMap {
    'hj-reserve-pool': HjReservePool;
  }
  interface HTMLElementEventMap {
    'hj-reserve-match': CustomEvent<ReserveMatchDetail>;
  }
}
