/** Registers `<hj-audit-register>`. Importing this file is the only side effect. */
import { HjAuditRegister } from '../audit-register/audit-register.component.js';

export { HjAuditRegister };

if (!customElements.get('hj-audit-register')) customElements.define('hj-audit-register', HjAuditRegister);

declare global {
  interface HTMLElementTagNameMap {
    'hj-audit-register': HjAuditRegister;
  }
}
