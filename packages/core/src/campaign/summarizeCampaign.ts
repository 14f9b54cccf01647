/**
 * Campaign figures per township and for the county (选情统计): villages per stage, elections held, the first-vote
 * success rate (一次选举成功率), villages late, blocked, or with open incidents.
 */
import type { CampaignStatus, VillageStatus } from './campaignStatus.js';

/** Figures over a group of villages. */
export interface CampaignFigures {
  readonly villages: number;
  /** Villages that have reached no stage yet. */
  readonly notStarted: number;
  /** Villages per current stage id (every stage of the policy listed, 0 when none). */
  readonly byStage: Readonly<Record<string, number>>;
  readonly complete: number;
  /** Villages whose committee election was held (a tally recorded). */
  readonly held: number;
  /** Of those, elected in full at the first vote. */
  readonly succeededAtFirstVote: number;
  /** `succeededAtFirstVote / held`, `null` before any election was held. 一次选举成功率。 */
  readonly firstVoteRate: number | null;
  /** Villages late with at least one stage. */
  readonly late: number;
  /** Villages whose election something blocks. */
  readonly blocked: number;
  /** Villages with an open incident. */
  readonly withOpenIncidents: number;
}

/** A township's figures. */
export interface TownshipFigures extends CampaignFigures {
  /** The township's 9-digit division code (the first 9 digits of its villages'). */
  readonly code: string;
  /** Its name, when the village directory gave one. */
  readonly name?: string;
}

/** Figures per township and for the county. 选情汇总。 */
export interface CampaignSummary {
  readonly asOf: CampaignStatus['asOf'];
  readonly county: CampaignFigures;
  readonly townships: readonly TownshipFigures[];
}

function figures(villages: readonly VillageStatus[], stageIds: readonly string[]): CampaignFigures {
  const byStage: Record<string, number> = Object.fromEntries(stageIds.map((id) => [id, 0]));
  let notStarted = 0;
  let complete = 0;
  let held = 0;
  let succeeded = 0;
  let late = 0;
  let blocked = 0;
  let withOpenIncidents = 0;
  for (const v of villages) {
    if (v.stage) byStage[v.stage.id] = (byStage[v.stage.id] ?? 0) + 1;
    else notStarted++;
    if (v.complete) complete++;
    if (v.election.held) {
      held++;
      if (v.election.succeededAtFirstVote) succeeded++;
    }
    if (v.late.length) late++;
    if (v.blockers.length) blocked++;
    if (v.openIncidents.length) withOpenIncidents++;
  }
  return {
    villages: villages.length,
    notStarted,
    byStage,
    complete,
    held,
    succeededAtFirstVote: succeeded,
    firstVoteRate: held ? succeeded / held : null,
    late,
    blocked,
    withOpenIncidents,
  };
}

/**
 * Sums a campaign status per township (by the first 9 digits of the village codes) and for the county.
 * 按乡镇和全县汇总选情，含一次选举成功率。
 *
 * @param status - what `campaignStatus` returned
 * @returns the county's figures and each township's, by code
 * @example
 * ```ts
 * const { county } = summarizeCampaign(campaignStatus(journal, { asOf: '2021-11-30', policy, villages }))
 * county.firstVoteRate // 0.985 (held 197, at the first vote 194)
 * ```
 */
export function summarizeCampaign(status: CampaignStatus): CampaignSummary {
  const stageIds = status.stages.map((s) => s.id);
  const groups = new Map<string, VillageStatus[]>();
  for (const v of status.villages) {
    const code = v.code.slice(0, 9);
    const group = groups.get(code);
    if (group) group.push(v);
    else groups.set(code, [v]);
  }
  const townships = [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([code, villages]) => {
      const name = villages.find((v) => v.township)?.township;
      return { code, ...(name ? { name } : {}), ...figures(villages, stageIds) };
    });
  return { asOf: status.asOf, county: figures(status.villages, stageIds), townships };
}
