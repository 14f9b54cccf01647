/**
 * The drop zone of an element that reads one file (`<hj-roster-import>`, `<hj-voter-register>`): a visually hidden
 * file input with its label as the button, a hint, and the zone taking a dropped file. Its look is
 * `styles/file-drop.ts`.
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/** What the zone says: the button, the hint and the formats read. */
export interface FileDropText {
  readonly choose: string;
  readonly dropHint: string;
  readonly formats: string;
}

export interface FileDropOptions {
  /** Whether the element takes no file now (disabled or read-only). */
  readonly inactive: () => boolean;
  /** Whether the form needs a file. */
  readonly required: () => boolean;
  /** Reads the file chosen or dropped. */
  readonly load: (file: File) => void;
  /** The file chooser's `accept` (default: CSV and text files). */
  readonly accept?: string;
}

/** Choosing or dropping one file; `dragging` while a file is held over the zone. */
export class FileDropController implements ReactiveController {
  #host: ReactiveControllerHost;
  #options: FileDropOptions;
  #dragging = false;

  constructor(host: ReactiveControllerHost, options: FileDropOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {}

  /** Whether a file is held over the zone. */
  get dragging(): boolean {
    return this.#dragging;
  }

  #setDragging(dragging: boolean): void {
    if (this.#dragging === dragging) return;
    this.#dragging = dragging;
    this.#host.requestUpdate();
  }

  #onChange = (event: Event): void => {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (file) this.#options.load(file);
  };

  #onDragOver = (event: DragEvent): void => {
    if (this.#options.inactive()) return;
    event.preventDefault();
    this.#setDragging(true);
  };

  #onDragLeave = (): void => {
    this.#setDragging(false);
  };

  #onDrop = (event: DragEvent): void => {
    event.preventDefault();
    this.#setDragging(false);
    const file = event.dataTransfer?.files?.[0];
    if (file && !this.#options.inactive()) this.#options.load(file);
  };

  /** The zone: `part="dropzone"` holding the input (`part="input"`), its label (`part="button"`) and the hint. */
  render(t: FileDropText): TemplateResult {
    return html`
      <div
        class="drop ${this.#dragging ? 'dragging' : ''}"
        part="dropzone"
        @dragover=${this.#onDragOver}
        @dragleave=${this.#onDragLeave}
        @drop=${this.#onDrop}
      >
        <input
          id="file"
          part="input"
          class="visually-hidden"
          type="file"
          accept=${this.#options.accept ?? '.csv,.txt,text/csv,text/plain'}
          ?disabled=${this.#options.inactive()}
          ?required=${this.#options.required()}
          aria-describedby="hint"
          @change=${this.#onChange}
        />
        <label for="file" part="button">${t.choose}</label>
        <p class="hint" id="hint">${t.dropHint}${t.formats}</p>
      </div>
    `;
  }
}
