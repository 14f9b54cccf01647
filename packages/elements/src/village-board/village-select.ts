/**
 * The `hj-village-select` event of the boards: which village was chosen on `<hj-risk-board>` or `<hj-campaign-map>`.
 */

/**
 * Detail of `hj-village-select`: the village chosen and its township. The risk board adds its score, the campaign
 * map its division code and stage.
 */
export interface VillageSelectDetail {
  /** Its name (the campaign map gives its code when the directory has no name). */
  readonly village: string;
  readonly township: string | undefined;
  /** `<hj-risk-board>`: its score, `null` when not scored. */
  readonly score?: number | null;
  /** `<hj-campaign-map>`: its 12-digit division code. */
  readonly code?: string;
  /** `<hj-campaign-map>`: the id of the stage it has reached, `null` before any. */
  readonly stage?: string | null;
}

/** Fires `hj-village-select` from a board (bubbling, composed). */
export function fireVillageSelect(board: HTMLElement, detail: VillageSelectDetail): void {
  board.dispatchEvent(
    new CustomEvent<VillageSelectDetail>('hj-village-select', { detail, bubbles: true, composed: true }),
  );
}
