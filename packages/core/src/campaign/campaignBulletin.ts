/**
 * The daily bulletin (日通报) written from the campaign's figures, in the seeds' sentences ("全区所有村和社区党组织圆满
 * 完成换届选举，一次选举成功达到100%"), like `reportTermChange` writes the composition paragraph.
 */
import { formatPercent } from '../composition/formatting.js';
import type { CampaignChanges, VillageRef } from './campaignChanges.js';
import { summarizeCampaign } from './summarizeCampaign.js';

/** A bulletin in Chinese and English. 选情日通报。 */
export interface CampaignBulletin {
  readonly zh: string;
  readonly en: string;
}

/** `M月D日` of an ISO date. */
function chineseDay(date: string): string {
  return `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}

/** Names of villages, listed with 、 (codes where the directory gave no name); at most `max`, then "等N个". */
function names(villages: readonly VillageRef[], max = 5): { zh: string; en: string } {
  const shown = villages.slice(0, max).map((v) => v.name ?? v.code);
  const more = villages.length > max;
  return {
    zh: `${shown.join('、')}${more ? `等${villages.length}个` : ''}`,
    en: `${shown.join(', ')}${more ? ` and ${villages.length - max} more` : ''}`,
  };
}

/**
 * Writes the bulletin of a day: where the county stands at the day's end, what changed during the day, which
 * villages are late or blocked. 生成选情日通报。
 *
 * @param changes - `campaignChanges` from the end of the previous day to the end of this one
 * @param options - `unit`, what the county calls itself (`全县`, `全区`; default `全县`)
 * @returns the text in Chinese and English
 * @example
 * ```ts
 * campaignBulletin(campaignChanges(journal, { from: '2021-10-27', to: '2021-10-28', policy, villages })).zh
 * // '截至10月28日，全县3个村(社区)中，已完成换届0个，已举行村(居)民委员会选举2个，一次选举成功率50.00%。当日……'
 * ```
 */
export function campaignBulletin(changes: CampaignChanges, options: { readonly unit?: string } = {}): CampaignBulletin {
  const unit = options.unit ?? '全县';
  const { county } = summarizeCampaign(changes.to);
  const day = changes.to.asOf.date;
  const rate = county.held ? formatPercent(county.succeededAtFirstVote, county.held) : undefined;
  const zh: string[] = [];
  const en: string[] = [];
  zh.push(
    `截至${chineseDay(day)}，${unit}${county.villages}个村(社区)中，已完成换届${county.complete}个，` +
      `已举行村(居)民委员会选举${county.held}个${rate ? `，一次选举成功率${rate}` : ''}。`,
  );
  en.push(
    `As of ${day}, of ${county.villages} villages and communities, ${county.complete} have completed the re-election ` +
      `and ${county.held} have held their committee election${rate ? `, ${rate} succeeding at the first vote` : ''}.`,
  );

  const stageTitle = new Map(changes.to.stages.map((s) => [s.id, s.title]));
  const arrivals = new Map<string, VillageRef[]>();
  for (const m of changes.moved) {
    if (m.after === null) continue;
    arrivals.set(m.after, [...(arrivals.get(m.after) ?? []), m]);
  }
  if (arrivals.size) {
    const parts = [...arrivals].map(([stage, vs]) => ({ title: stageTitle.get(stage), count: vs.length }));
    zh.push(`当日新进入${parts.map((p) => `${p.title?.zh}阶段${p.count}个`).join('，')}。`);
    en.push(`During the day: ${parts.map((p) => `${p.count} reached ${p.title?.en}`).join('; ')}.`);
  } else {
    zh.push('当日各村(社区)所处阶段没有变化。');
    en.push('No village changed stage during the day.');
  }
  if (changes.electionsHeld.length) {
    const succeeded = changes.electionsHeld.filter((e) => e.succeededAtFirstVote).length;
    const failed = changes.electionsHeld.filter((e) => !e.succeededAtFirstVote);
    zh.push(
      `当日举行选举${changes.electionsHeld.length}个，一次选举成功${succeeded}个` +
        `${failed.length ? `，${names(failed).zh}需另行选举或重新选举` : ''}。`,
    );
    en.push(
      `${changes.electionsHeld.length} held their election, ${succeeded} at the first vote` +
        `${failed.length ? `; ${names(failed).en} need another vote` : ''}.`,
    );
  }
  const late = changes.to.villages.filter((v) => v.late.length);
  if (late.length) {
    zh.push(`进度滞后${late.length}个：${names(late).zh}。`);
    en.push(`${late.length} behind schedule: ${names(late).en}.`);
  }
  const blocked = changes.to.villages.filter((v) => v.blockers.length);
  if (blocked.length) {
    zh.push(`暂不具备选举条件${blocked.length}个：${names(blocked).zh}。`);
    en.push(`${blocked.length} not ready for their election: ${names(blocked).en}.`);
  }
  if (changes.incidentsOpened || changes.incidentsClosed) {
    zh.push(`当日报告突发事件${changes.incidentsOpened}起，处置完毕${changes.incidentsClosed}起。`);
    en.push(`Incidents reported during the day: ${changes.incidentsOpened}; closed: ${changes.incidentsClosed}.`);
  }
  return { zh: zh.join(''), en: en.join(' ') };
}
