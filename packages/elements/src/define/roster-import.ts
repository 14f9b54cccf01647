/** Registers `<hj-roster-import>`. Importing this file is the only side effect. */
import { HjRosterImport, type RosterLoadDetail } from '../roster-import/roster-import.component.js';

export { HjRosterImport };

if (!customElements.get('hj-roster-import')) customElements.define('hj-roster-import', HjRosterImport);

declare global {
  interface HTMLElementTagNameMap {
    'hj-roster-import': HjRosterImport;
  }
  interface HTMLElementEventMap {
    'hj-roster-load': CustomEvent<RosterLoadDetail>;
  }
}
