/** Registers `<hj-voter-register>`. Importing this file is the only side effect. */
import { HjVoterRegister, type VoterRegisterLoadDetail } from '../voter-register/voter-register.component.js';

export { HjVoterRegister };

if (!customElements.get('hj-voter-register')) customElements.define('hj-voter-register', HjVoterRegister);

declare global {
  interface HTMLElementTagNameMap {
    'hj-voter-register': HjVoterRegister;
  }
  interface HTMLElementEventMap {
    'hj-voter-register-load': CustomEvent<VoterRegisterLoadDetail>;
  }
}
