/** Registers `<hj-election-tally>`. Importing this file is the only side effect. */
import { HjElectionTally, type TallyDetail } from '../election-tally/election-tally.component.js';

export { HjElectionTally };

if (!customElements.get('hj-election-tally')) customElements.define('hj-election-tally', HjElectionTally);

declare global {
  interface HTMLElementTagNameMap {
    'hj-election-tally': HjElectionTally;
  }
  interface HTMLElementEventMap {
    'hj-tally': CustomEvent<TallyDetail>;
  }
}
