/** Registers `<hj-review-tracker>`. Importing this file is the only side effect. */
import { HjReviewTracker } from '../review-tracker/review-tracker.component.js';

export { HjReviewTracker };

if (!customElements.get('hj-review-tracker')) customElements.define('hj-review-tracker', HjReviewTracker);

declare global {
  interface HTMLElementTagNameMap {
    'hj-review-tracker': HjReviewTracker;
  }
}
