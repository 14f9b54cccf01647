/** Registers `<hj-pay-calculator>`. Importing this file is the only side effect. */
import { HjPayCalculator, type PayDetail } from '../pay-calculator/pay-calculator.component.js';

export type { PayDetail };
export { HjPayCalculator };

if (!customElements.get('hj-pay-calculator')) customElements.define('hj-pay-calculator', HjPayCalculator);

declare global {
  interface HTMLElementTagNameMap {
    'hj-pay-calculator': HjPayCalculator;
  }
  interface HTMLElementEventMap {
    'hj-pay': CustomEvent<PayDetail>;
  }
}
