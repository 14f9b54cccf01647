/**
 * The self-contained embed file (`huanjie-elements.embed.min.js`): Lit, @huanjie/core and every element, defined.
 * One `<script type="module" src="…/huanjie-elements.embed.min.js">` is all a page needs.
 */
import './define/audit-register.js';
import './define/campaign-map.js';
import './define/candidate-check.js';
import './define/composition-chart.js';
import './define/election-tally.js';
import './define/pay-calculator.js';
import './define/progress-board.js';
import './define/reserve-pool.js';
import './define/review-tracker.js';
import './define/risk-board.js';
import './define/roster-import.js';
import './define/voter-register.js';

// What a page without a bundler passes to the elements: the built-in policies and the means to define its own.
export {
  definePolicy,
  exampleCountyHardCriteria,
  examplePay2021,
  exampleShibuxuan,
  extendPolicy,
  nationalBaseline,
  seed004RiskModel,
} from '@huanjie/core';
export * from './index.js';
