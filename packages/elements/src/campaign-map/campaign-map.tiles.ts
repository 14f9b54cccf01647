/**
 * What the tiles of `<hj-campaign-map>` say: each township's figures (core's), each village's name, stage (a short
 * label and a colour), and the marks late, blocked and changed during the day — written on the tile, and in full in
 * its title. The nodes are `village-board/township-tiles.ts`'s; names go in as text.
 */
import type { CampaignChanges, CampaignStatus, TownshipFigures } from '@huanjie/core';
import type { Locale } from '../i18n/locale.js';
import type { TownshipGroup } from '../village-board/township-groups.js';
import { type FillTiles, partText } from '../village-board/township-tiles.js';
import type { CampaignMapMessages } from './campaign-map.messages.js';
import { changeNotes, type StageTone, stageShort, stageTitle, stageTones } from './campaign-map.view.js';

type Stage = CampaignStatus['stages'][number];
type Village = CampaignStatus['villages'][number];

/**
 * The parts of a tile: the name, the stage, then a box for the marks, which most villages on most days do not carry
 * (a province's tiles are cloned with no mark in them, and only the few marked get one).
 */
export const CAMPAIGN_TILE_PARTS = ['name', 'lv', 'marks'];

/** How a stage looks: its short label, its title and its colour. */
export interface StageLook {
  readonly short: string;
  readonly title: string;
  readonly tone: StageTone;
}

/** What the tiles and the map need to know of a village besides core's status. */
export interface VillageWords {
  /** A stage's title by id (`null`: the word for not started). */
  readonly stageTitle: (id: string | null) => string;
  /** A stage's short label, its title and its colour (`null`: not started). */
  readonly stage: (stage: Stage | null) => StageLook;
  /** The title of village `i`: name, township, stage, what it is late with, whether blocked, what changed. */
  readonly title: (i: number) => string;
  /** A township's name by its code (the code when the directory gave none). */
  readonly township: (code: string) => string;
  /** A township's figures (core's) by its code. */
  readonly figures: (code: string) => TownshipFigures | undefined;
  /** What changed in each village during the day, by code. */
  readonly changed: ReadonlyMap<string, readonly string[]>;
}

/** Writes the townships' headings and the tiles' stage, colour, marks and names (as text, never as HTML). */
export function fillCampaignTiles(
  groups: readonly TownshipGroup[],
  villages: readonly Village[],
  w: VillageWords,
  t: CampaignMapMessages,
): FillTiles {
  return (made, tiles) => {
    let at = 0;
    for (const [n, g] of groups.entries()) {
      const heading = (made[n] as HTMLElement).firstChild as HTMLElement;
      partText(heading, -1).data = w.township(g.key);
      const f = w.figures(g.key);
      (heading.lastChild as HTMLElement).textContent = f ? t.groupCounts(f) : '';
      for (const i of g.indices) {
        const v = villages[i] as Village;
        const stage = w.stage(v.stage);
        const late = v.late.length > 0;
        const tile = tiles[at++] as HTMLElement;
        tile.setAttribute('class', late ? `tile ${stage.tone} late` : `tile ${stage.tone}`);
        tile.setAttribute('data-i', String(i));
        tile.setAttribute('title', w.title(i));
        partText(tile, 0).data = v.name ?? v.code;
        partText(tile, 1).data = stage.short;
        marks(tile, late, v.blockers.length > 0, w.changed.has(v.code), t);
      }
    }
  };
}

/** The marks of a tile, in words: late, blocked, changed during the day (the box is touched only for a change). */
function marks(tile: HTMLElement, late: boolean, blocked: boolean, changed: boolean, t: CampaignMapMessages): void {
  const box = tile.children[2] as HTMLElement;
  const on: [string, string][] = [];
  if (late) on.push(['flag late', t.lateShort]);
  if (blocked) on.push(['flag blocked', t.blockedShort]);
  if (changed) on.push(['flag changed', t.changedShort]);
  if (box.textContent === on.map(([, text]) => text).join('')) return;
  box.textContent = ''; // not replaceChildren(): the embed's floor is Chromium 78, and that came in 86
  box.append(
    ...on.map(([className, text]) => {
      const span = document.createElement('span');
      span.className = className;
      span.textContent = text;
      return span;
    }),
  );
}
/**
 * What the tiles, table, map and details say of the villages of `status` in `locale`: stage labels, titles and
 * colours, township names and figures (core's summary, by township code), and what changed during the day (when
 * `changes` is known).
 */
export function villageWords(
  status: CampaignStatus,
  changes: CampaignChanges | undefined,
  figures: ReadonlyMap<string, TownshipFigures>,
  locale: Locale,
  t: CampaignMapMessages,
): VillageWords {
  const tones = stageTones(status.stages);
  const looks = new Map<string, StageLook>(
    status.stages.map((s) => [
      s.id,
      { short: stageShort(s, locale, t), title: stageTitle(s, locale, t), tone: tones.get(s.id) ?? 's1' },
    ]),
  );
  const none: StageLook = { short: t.notStartedShort, title: t.notStarted, tone: 'none' };
  const stageTitleOf = (id: string | null) => (id === null ? t.notStarted : (looks.get(id)?.title ?? id));
  const changed = changes ? changeNotes(changes, stageTitleOf, t) : new Map<string, string[]>();
  const township = (code: string) => figures.get(code)?.name ?? code;
  const stage = (s: Stage | null) => (s ? (looks.get(s.id) ?? none) : none);
  return {
    stageTitle: stageTitleOf,
    stage,
    township,
    figures: (code) => figures.get(code),
    changed,
    title: (i) => {
      const v = status.villages[i] as Village;
      const parts = [v.name ?? v.code, township(v.code.slice(0, 9)), stage(v.stage).title];
      if (v.late.length)
        parts.push(`${t.late}${t.colon}${v.late.map((l) => stageTitleOf(l.stage)).join(t.listSeparator)}`);
      if (v.blockers.length) parts.push(t.blocked);
      const notes = changed.get(v.code);
      if (notes) parts.push(`${t.changed}${t.colon}${notes.join(t.listSeparator)}`);
      return parts.join(t.factSeparator);
    },
  };
}
