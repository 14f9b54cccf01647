/** Registers `<hj-campaign-map>`. Importing this file is the only side effect. */

import { type AsOfChangeDetail, HjCampaignMap } from '../campaign-map/campaign-map.component.js';
import type { VillageSelectDetail } from '../village-board/village-select.js';

export { HjCampaignMap };

if (!customElements.get('hj-campaign-map')) customElements.define('hj-campaign-map', HjCampaignMap);

declare global {
  interface HTMLElementTagNameMap {
    'hj-campaign-map': HjCampaignMap;
  }
  interface HTMLElementEventMap {
    'hj-village-select': CustomEvent<VillageSelectDetail>;
    'hj-as-of-change': CustomEvent<AsOfChangeDetail>;
  }
}
