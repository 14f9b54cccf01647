/**
 * The base of every huanjie element: a Lit element that speaks the language in force (the nearest `lang`, zh-CN by
 * default) and renders again when a `lang` attribute changes at run time.
 */
import { LitElement } from 'lit';
import { LangController } from './lang-controller.js';
import { type Locale, resolveLocale } from './locale.js';

export abstract class HjLocalizedElement extends LitElement {
  constructor() {
    super();
    new LangController(this);
  }

  /** The language in force: the nearest `lang`, zh-CN by default. */
  protected get locale(): Locale {
    return resolveLocale(this);
  }
}
