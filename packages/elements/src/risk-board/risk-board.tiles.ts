/**
 * What the tiles of `<hj-risk-board>` say: each township's counts per level, each village's name, level (abbreviated,
 * and in full in its title) and colour. The nodes are `village-board/township-tiles.ts`'s; names go in as text.
 */
import { type RiskLevel, UNLEVELLED, type VillageAssessment, type VillageRiskInput } from '@huanjie/core';
import type { TownshipGroup } from '../village-board/township-groups.js';
import { type FillTiles, partText } from '../village-board/township-tiles.js';
import type { RiskBoardMessages } from './risk-board.messages.js';
import { colourClass } from './risk-labels.js';

/** The levels of a township's counts, in order. */
export const LEVELS = ['一级', '二级', '三级'] as const;
/** The parts of a tile: the name, then the level. */
export const RISK_TILE_PARTS = ['name', 'lv'];
/** The class of a tile by its band's colour (`calm`: 无风险, not levelled). */
const TILE_CLASS: Record<string, string> = {
  red: 'tile red',
  yellow: 'tile yellow',
  green: 'tile green',
  calm: 'tile calm',
};

/** What a tile says of a level: its abbreviation and its full label (`null`: not scored). */
export interface TileWords {
  readonly short: Map<string | null, string>;
  readonly label: Map<string | null, string>;
}

/** Writes the townships' headings and the tiles' level, colour and names (as text, never as HTML). */
export function fillRiskTiles(
  groups: readonly TownshipGroup[],
  list: readonly VillageRiskInput[],
  a: VillageAssessment,
  { short, label }: TileWords,
  t: RiskBoardMessages,
): FillTiles {
  return (made, tiles) => {
    let at = 0;
    for (const [n, g] of groups.entries()) {
      const heading = (made[n] as HTMLElement).firstChild as HTMLElement;
      const c = a.byTownship[g.key];
      partText(heading, -1).data = g.key || t.noTownship;
      const counted: readonly RiskLevel[] = c?.无风险 ? [...LEVELS, UNLEVELLED] : LEVELS;
      (heading.lastChild as HTMLElement).textContent = c
        ? counted.map((l) => `${short.get(l)} ${c[l]}`).join(t.factSeparator)
        : '';
      for (const i of g.indices) {
        const v = list[i] as VillageRiskInput;
        const level = a.level(i);
        const tile = tiles[at++] as HTMLElement;
        tile.setAttribute('class', TILE_CLASS[colourClass(a.colour(i), level)] ?? 'tile none');
        tile.setAttribute('data-i', String(i));
        tile.setAttribute(
          'title',
          v.township
            ? `${v.village}${t.factSeparator}${v.township}${t.factSeparator}${label.get(level)}`
            : `${v.village}${t.factSeparator}${label.get(level)}`,
        );
        partText(tile, 0).data = v.village;
        partText(tile, 1).data = short.get(level) ?? '';
      }
    }
  };
}
