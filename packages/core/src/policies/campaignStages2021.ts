/**
 * The stages of a village's re-election in 2021, in the order the law sets them and the seeds follow them: the
 * default sequence of the national baseline. A county overlay renames a stage (same id), adds one (an order between
 * two others) or moves one (a new order).
 */
import type { CampaignStage } from '../campaign/stages.js';
import type { Reference } from '../parameters/reference.js';

const VC_LAW = '中华人民共和国村民委员会组织法（2018年修正）';

/** The articles the stages rest on (those not already cited by the baseline's rules and election figures). */
export const CAMPAIGN_REFERENCES: readonly Reference[] = [
  { id: 'vc-law-art12', title: `${VC_LAW}第十二条`, kind: 'law' },
  { id: 'vc-law-art17', title: `${VC_LAW}第十七条`, kind: 'law' },
  { id: 'vc-law-art25', title: `${VC_LAW}第二十五条`, kind: 'law' },
  { id: 'vc-law-art32', title: `${VC_LAW}第三十二条`, kind: 'law' },
  { id: 'vc-law-art35', title: `${VC_LAW}第三十五条`, kind: 'law' },
];

/**
 * 筹备 (the villagers' election committee chosen, Art. 12) → 离任审计与公示 (Art. 35) → 选民登记与公布 (Art. 13–14,
 * complete by the day the list must be posted) → 候选人提名与资格联审 (Art. 15) → 党组织选举 (条例 2020) →
 * 村(居)民委员会选举 (Art. 15, complete by the election day) → 村务监督委员会与村民代表推选 (Art. 32, 25) → 工作移交
 * (Art. 20, complete by the handover deadline) → 完成; with the branches 另行选举 (Art. 15: seats left open) and
 * 重新选举 (Art. 17: an election found void).
 */
export const CAMPAIGN_STAGES_2021: CampaignStage[] = [
  {
    id: 'preparation',
    title: { zh: '筹备（推选村民选举委员会）', en: "Preparation (villagers' election committee chosen)" },
    order: 10,
    reference: 'vc-law-art12',
  },
  {
    id: 'departure-audit',
    title: { zh: '离任审计与公示', en: 'Departure audit and its posting' },
    order: 20,
    reference: 'vc-law-art35',
    completeBy: { milestone: 'election' },
  },
  {
    id: 'voter-registration',
    title: { zh: '选民登记与公布', en: 'Voter registration and the posted list' },
    order: 30,
    reference: 'vc-law-art14',
    completeBy: { milestone: 'voter-list-posted' },
  },
  {
    id: 'nomination',
    title: { zh: '候选人提名与资格联审', en: 'Nomination and joint qualification review' },
    order: 40,
    reference: 'vc-law-art15',
    completeBy: { milestone: 'election' },
  },
  {
    id: 'party-election',
    title: { zh: '党组织选举', en: 'Party organization election' },
    order: 50,
    reference: 'party-election-art13',
  },
  {
    id: 'committee-election',
    title: { zh: '村(居)民委员会选举', en: "Villagers' (residents') committee election" },
    order: 60,
    reference: 'vc-law-art15',
  },
  {
    id: 'additional-election',
    title: { zh: '另行选举', en: 'Additional election for open seats' },
    order: 61,
    reference: 'vc-law-art15',
    branch: true,
  },
  {
    id: 'repeat-election',
    title: { zh: '重新选举', en: 'Repeat election' },
    order: 62,
    reference: 'vc-law-art17',
    branch: true,
  },
  {
    id: 'supervision-and-representatives',
    title: { zh: '村务监督委员会与村民代表推选', en: 'Supervision committee and representatives chosen' },
    order: 70,
    reference: 'vc-law-art32',
  },
  {
    id: 'handover',
    title: { zh: '工作移交', en: 'Handover' },
    order: 80,
    reference: 'vc-law-art20',
    completeBy: { milestone: 'handover' },
  },
  {
    id: 'complete',
    title: { zh: '完成', en: 'Complete' },
    order: 90,
    reference: 'vc-law-art20',
    final: true,
  },
];
