/**
 * Field feedback for the form elements: which fields the user has touched, whether a submit has asked to see every
 * problem, the problems placed at each field, and the `aria-invalid` and `aria-describedby` that follow from them.
 * Each element keeps its own markup for the problems; this controller decides when and where they show.
 */
import type { Problem } from '@huanjie/core';
import { nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';

export interface FieldFeedbackOptions {
  /** Id of the element that shows a field's problems (what `aria-describedby` points to). */
  readonly errorId: (key: string) => string;
  /** Hide a field's problems until it is touched or a submit asks for them (default: show them at once). */
  readonly untilTouched?: boolean;
  /** `aria-invalid` of a field without problems: `'false'`, or no attribute (default). */
  readonly validAttribute?: 'false';
}

export class FieldFeedbackController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: FieldFeedbackOptions;
  #touched: ReadonlySet<string> = new Set();
  #showAll = false;
  #byField: ReadonlyMap<string, readonly Problem[]> = new Map();

  constructor(host: ReactiveControllerHost & HTMLElement, options: FieldFeedbackOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.#host.addEventListener('invalid', this.#onInvalid);
  }

  hostDisconnected(): void {
    this.#host.removeEventListener('invalid', this.#onInvalid);
  }

  /** A form's submit (or reportValidity) found the element invalid: show every problem, not only those touched. */
  #onInvalid = (): void => {
    this.showAll = true;
  };

  /** Keys of the fields the user has changed or left (a key also covers the keys below it: `a` covers `a.b`). */
  get touched(): ReadonlySet<string> {
    return this.#touched;
  }

  set touched(keys: ReadonlySet<string>) {
    this.#touched = keys;
    this.#host.requestUpdate();
  }

  /** Every problem is shown, touched or not (after a submit attempt). */
  get showAll(): boolean {
    return this.#showAll;
  }

  set showAll(value: boolean) {
    this.#showAll = value;
    this.#host.requestUpdate();
  }

  touch(key: string): void {
    if (!this.#touched.has(key)) this.touched = new Set([...this.#touched, key]);
  }

  /** Forgets what was touched and hides problems again (a cleared or reset form). */
  reset(): void {
    this.touched = new Set();
    this.showAll = false;
  }

  /** Whether the problems of a field may show: after a submit, or once it (or a field above it) is touched. */
  revealed(key: string): boolean {
    if (this.#showAll) return true;
    for (const t of this.#touched) if (key === t || key.startsWith(`${t}.`)) return true;
    return false;
  }

  /** The problems placed at each field, by key. */
  place(byField: ReadonlyMap<string, readonly Problem[]>): void {
    this.#byField = byField;
  }

  /** The problems of a field that the user should see now. */
  problems(key: string): readonly Problem[] {
    if (this.#options.untilTouched && !this.revealed(key)) return [];
    return this.#byField.get(key) ?? [];
  }

  invalid(key: string): 'true' | 'false' | typeof nothing {
    return this.problems(key).length ? 'true' : (this.#options.validAttribute ?? nothing);
  }

  /** The field's hint (an id) and, while it has problems shown, the id of their element. */
  describedBy(key: string, hint?: string): string | typeof nothing {
    const ids = [hint, this.problems(key).length ? this.#options.errorId(key) : undefined].filter(Boolean);
    return ids.length ? ids.join(' ') : nothing;
  }
}
