/** Registers `<hj-candidate-check>`. Importing this file is the only side effect. */
import { HjCandidateCheck, type VerdictDetail } from '../candidate-check/candidate-check.component.js';

export { HjCandidateCheck };

if (!customElements.get('hj-candidate-check')) customElements.define('hj-candidate-check', HjCandidateCheck);

declare global {
  interface HTMLElementTagNameMap {
    'hj-candidate-check': HjCandidateCheck;
  }
  interface HTMLElementEventMap {
    'hj-verdict': CustomEvent<VerdictDetail>;
  }
}
