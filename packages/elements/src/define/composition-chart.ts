/** Registers `<hj-composition-chart>`. Importing this file is the only side effect. */
import { HjCompositionChart } from '../composition-chart/composition-chart.component.js';

export { HjCompositionChart };

if (!customElements.get('hj-composition-chart')) customElements.define('hj-composition-chart', HjCompositionChart);

declare global {
  interface HTMLElementTagNameMap {
    'hj-composition-chart': HjCompositionChart;
  }
}
