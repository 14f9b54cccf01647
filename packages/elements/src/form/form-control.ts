/**
 * The form-associated base of every huanjie form element: `ElementInternals`, `name`/`required`/`disabled`, the
 * validity API a native control has, `form.reset()` and `<fieldset disabled>`, and the language in force (followed
 * at run time when a `lang` attribute changes).
 */
import { LitElement } from 'lit';
import { HjLocalizedElement } from '../i18n/localized-element.js';

export abstract class HjFormControl extends HjLocalizedElement {
  static formAssociated = true;
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  static override properties = {
    name: { reflect: true },
    required: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
    formDisabled: { state: true },
  };

  /** Name under which the element's value goes into the form's `FormData`. */
  declare name: string;
  /** The form cannot submit until the element holds a complete, valid value. */
  declare required: boolean;
  declare disabled: boolean;
  /** Disabled by an ancestor `<fieldset disabled>` or form (kept apart from the element's own `disabled`). */
  declare protected formDisabled: boolean;

  protected readonly internals: ElementInternals;

  constructor() {
    super();
    this.internals = this.attachInternals();
    this.name = '';
    this.required = false;
    this.disabled = false;
    this.formDisabled = false;
  }

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  get validity(): ValidityState {
    return this.internals.validity;
  }

  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  /** Whether the user may change the element now (neither it nor an ancestor fieldset is disabled). */
  protected get inactive(): boolean {
    return this.disabled || this.formDisabled;
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** `form.reset()`: back to the initial value. */
  abstract formResetCallback(): void;

  /**
   * Puts the value into the form and sets validity: `missing` (required and empty) or `invalid` (a message), else
   * valid. The message is anchored on `anchor` (the field to focus when the browser reports it).
   */
  protected setFormState(
    value: string | FormData | null,
    state: { readonly missing?: string; readonly invalid?: string },
    anchor?: HTMLElement | null,
  ): void {
    this.internals.setFormValue(value);
    if (state.missing !== undefined)
      this.internals.setValidity({ valueMissing: true }, state.missing, anchor ?? undefined);
    else if (state.invalid !== undefined)
      this.internals.setValidity({ customError: true }, state.invalid, anchor ?? undefined);
    else this.internals.setValidity({});
  }

  /** Fires a bubbling, composed `hj-*` event. */
  protected emit<T>(type: string, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
  }
}

export { todayOnUserCalendar } from './today.js';
