/**
 * Follows the language in force while an element is connected: when a `lang` attribute changes on the page (or in
 * a shadow root the element sits in) and the element's locale changes with it, the element renders again.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type Locale, resolveLocale } from './locale.js';

export class LangController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  #rendered: Locale | undefined;
  readonly #observer = new MutationObserver(() => {
    if (resolveLocale(this.#host) !== this.#rendered) this.#host.requestUpdate();
  });

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer.disconnect();
    const options = { attributes: true, attributeFilter: ['lang'], subtree: true };
    let root = this.#host.getRootNode();
    while (root instanceof ShadowRoot) {
      this.#observer.observe(root, options);
      root = root.host.getRootNode();
    }
    if (root instanceof Document) this.#observer.observe(root.documentElement, options);
  }

  hostDisconnected(): void {
    this.#observer.disconnect();
  }

  hostUpdate(): void {
    this.#rendered = resolveLocale(this.#host);
  }
}
