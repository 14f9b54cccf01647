/**
 * How `<hj-campaign-map>` shows what core computed: the colour step of each stage, stage names in the page's
 * language, what changed in each village during the day (from `campaignChanges`), which villages the filters keep,
 * and the day the map is for. No figure is computed here. No DOM: tested in Node (campaign-map.view.node.test.ts).
 */
import { type CampaignChanges, type CampaignStatus, fromDayNumber, isIsoDate, toDayNumber } from '@huanjie/core';
import type { Locale } from '../i18n/locale.js';
import type { CampaignMapMessages } from './campaign-map.messages.js';

type Stage = CampaignStatus['stages'][number];
type Village = CampaignStatus['villages'][number];

/**
 * A village's colour: not started, one of four steps along the main sequence, a branch (另行选举, 重新选举), or
 * the final stage.
 */
export type StageTone = 'none' | 's1' | 's2' | 's3' | 's4' | 'branch' | 'final';

/** The stage filter's value for the villages that have reached no stage. */
export const NOT_STARTED = 'not-started';

/**
 * The colour of each stage of the policy: the main sequence (in order, the final stage left out) split into four
 * steps of one hue, branches and the final stage their own.
 *
 * @example stageTones(nationalBaseline.campaignStages).get('voter-registration') // 's2'
 */
export function stageTones(stages: readonly Stage[]): Map<string, StageTone> {
  const main = stages.filter((s) => !s.branch && !s.final);
  const tones = new Map<string, StageTone>();
  main.forEach((s, k) => {
    tones.set(s.id, `s${1 + Math.floor((k * 4) / main.length)}` as StageTone);
  });
  for (const s of stages) {
    if (s.branch) tones.set(s.id, 'branch');
    else if (s.final) tones.set(s.id, 'final');
  }
  return tones;
}

/**
 * A stage's title in `locale`: the policy's, English or Chinese; in zh-TW the messages' rendering of the policy's
 * Chinese title when they have one (a stage a county renamed keeps its own title).
 */
export function stageTitle(stage: Stage, locale: Locale, t: CampaignMapMessages): string {
  if (locale === 'en') return stage.title.en;
  return t.stageTitles[stage.title.zh] ?? stage.title.zh;
}

/** What a tile says of a stage: the messages' short label for the stage id, or its title. */
export function stageShort(stage: Stage | null, locale: Locale, t: CampaignMapMessages): string {
  if (!stage) return t.notStartedShort;
  return t.stageShort[stage.id] ?? stageTitle(stage, locale, t);
}

/**
 * What changed in each village during the day, by division code, in words: the stage it moved to, the election it
 * held, the stages it fell late with, whether it was blocked or unblocked.
 *
 * @param changes - `campaignChanges` from the end of the previous day to the end of the day shown
 * @param title - a stage's title by id (`null`: no stage)
 */
export function changeNotes(
  changes: CampaignChanges,
  title: (id: string | null) => string,
  t: CampaignMapMessages,
): Map<string, string[]> {
  const notes = new Map<string, string[]>();
  const add = (code: string, note: string) => {
    const list = notes.get(code);
    if (list) list.push(note);
    else notes.set(code, [note]);
  };
  for (const m of changes.moved) add(m.code, t.moved(title(m.before), title(m.after)));
  for (const e of changes.electionsHeld) add(e.code, t.heldToday(e.succeededAtFirstVote));
  for (const l of changes.newlyLate) add(l.code, t.newlyLate(l.stages.map(title).join(t.listSeparator)));
  for (const b of changes.newlyBlocked) add(b.code, t.newlyBlocked);
  for (const u of changes.unblocked) add(u.code, t.unblocked);
  return notes;
}

/** The filters of the map: a stage (`''`: any; `NOT_STARTED`), and only late, blocked or changed villages. */
export interface CampaignFilter {
  readonly stage: string;
  readonly late: boolean;
  readonly blocked: boolean;
  readonly changed: boolean;
}

/** Whether a filter is set at all. */
export function filtering(f: CampaignFilter): boolean {
  return Boolean(f.stage || f.late || f.blocked || f.changed);
}

/** Whether village `v` passes the filters; `changed` holds the codes of the villages changed during the day. */
export function villageShown(v: Village, f: CampaignFilter, changed: ReadonlyMap<string, unknown>): boolean {
  if (f.stage && (f.stage === NOT_STARTED ? v.stage !== null : v.stage?.id !== f.stage)) return false;
  if (f.late && v.late.length === 0) return false;
  if (f.blocked && v.blockers.length === 0) return false;
  return !f.changed || changed.has(v.code);
}

/**
 * The day an `as-of` names: itself when it is a date (`YYYY-MM-DD`), else `fallback` (and `invalid` when something
 * was given that is not a date).
 */
export function dayOf(asOf: string | undefined | null, fallback: string): { day: string; invalid: boolean } {
  if (asOf && isIsoDate(asOf)) return { day: asOf, invalid: false };
  return { day: fallback, invalid: Boolean(asOf) };
}

/** The date `days` after (or before) `day`. */
export function shiftDay(day: string, days: number): string {
  return fromDayNumber(toDayNumber(day) + days);
}

/**
 * Core's first-vote rate as a percent in `locale`, cut (not rounded) to two decimals so that 100 % means every
 * election; no rate (`null`, before any election) as `none`.
 *
 * @example formatRate(196 / 197, 'zh-CN', '—') // '99.49%'
 */
export function formatRate(rate: number | null, locale: Locale, none: string): string {
  if (rate === null) return none;
  return new Intl.NumberFormat(locale, {
    style: 'percent',
    maximumFractionDigits: 2,
    roundingMode: 'trunc',
  }).format(rate);
}

/** An instant as recorded, to the minute, in its own offset: `2021-10-17T09:30:00+08:00` → `2021-10-17 09:30`. */
export function wallTime(at: string): string {
  return `${at.slice(0, 10)} ${at.slice(11, 16)}`;
}
