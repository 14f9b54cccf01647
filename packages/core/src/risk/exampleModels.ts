/**
 * Two example risk models, built from public descriptions to show how a locality writes its own. EXAMPLES, not any
 * place's model in force.
 *
 * - `seed004RiskModel`: seven indicators as in seed 004's system (财务审计, 资格联审, 选情评估, 信访矛盾, 宗族宗教与黑恶干扰,
 *   班子团结/软弱涣散, 后备与一肩挑人选), each a township's 0–100 rating turned into risk points; 一级 red, 二级 yellow,
 *   三级 green. A red village may not start its election, nor one with open items on clan, religion or gang
 *   interference.
 * - `jinhuaIndexModel`: a 100-point health index over five dimensions with the published bands of the 金华 2020
 *   index (green ≥ 80, yellow 61–79, red ≤ 60); the dimensions and their scales here are illustrative.
 */
import { defineRiskModel, type RiskModelSpec } from './model.js';

const rating = (id: string, zh: string, en: string, weight: number) => ({
  id,
  title: { zh, en },
  kind: 'numeric' as const,
  domain: { min: 0, max: 100 },
  // A township's rating: 80 or above is calm, 60–79 needs watching, below 60 is a risk.
  scale: {
    thresholds: [
      { atLeast: 80, points: 0 },
      { atLeast: 60, points: 5 },
      { atLeast: 0, points: 10 },
    ],
  },
  weight,
});

/** The spec of {@link seed004RiskModel}. */
export const seed004RiskModelSpec = {
  id: 'example-seed004-seven-indicators',
  title: { zh: '示例：七项指标三色预警模型', en: 'Example: seven-indicator three-colour warning model' },
  source: '据某市村“两委”换届风险研判系统（七项指标、三色预警）的公开介绍编写的示例（seed 004）',
  direction: 'risk',
  missing: 'block',
  indicators: [
    rating('financialAudit', '财务审计', 'Financial audit', 1.5),
    rating('qualificationReview', '资格联审', 'Joint qualification review', 1.5),
    rating('electionSituation', '选情评估', 'Election situation', 2),
    rating('petitionsAndDisputes', '信访矛盾', 'Petitions and disputes', 1),
    rating('clanReligionAndCrime', '宗族宗教与黑恶干扰', 'Clan, religious or gang interference', 2),
    rating('teamCohesion', '班子团结与软弱涣散', 'Team cohesion', 1),
    rating('successorReadiness', '后备与一肩挑人选', 'Successors and 一肩挑 candidates', 1),
  ],
  bands: [
    { level: '一级', colour: 'red', atLeast: 40 },
    { level: '二级', colour: 'yellow', atLeast: 20, below: 40 },
    { level: '三级', colour: 'green', below: 20 },
  ],
  election: { blockLevels: ['一级'], blockOpenCategories: ['宗族宗教与黑恶'] },
} satisfies RiskModelSpec;

/** The spec of {@link jinhuaIndexModel}. */
export const jinhuaIndexModelSpec = {
  id: 'example-jinhua-100',
  title: { zh: '示例：百分制村级换届风险指数', en: 'Example: 100-point village election risk index' },
  source: '参照金华2020年公开的百分制指数（五个维度；绿≥80、黄61—79、红≤60）的结构编写的示例，维度与计分为示意',
  direction: 'health',
  missing: 'worst',
  indicators: [
    {
      id: 'team',
      title: { zh: '班子运行', en: 'How the team works' },
      kind: 'numeric',
      domain: { min: 0, max: 100 },
      scale: { linear: { from: { value: 0, points: 0 }, to: { value: 100, points: 20 } } },
      weight: 1,
    },
    {
      id: 'finance',
      title: { zh: '财务与“三资”管理', en: 'Finances and collective assets' },
      kind: 'categorical',
      scale: { lookup: { 规范: 20, 基本规范: 12, 不规范: 0 } },
      weight: 1,
    },
    {
      id: 'petitions',
      title: { zh: '信访矛盾（件数）', en: 'Open petitions (count)' },
      kind: 'numeric',
      domain: { min: 0, max: 1000 },
      scale: {
        thresholds: [
          { atLeast: 6, points: 0 },
          { atLeast: 3, points: 6 },
          { atLeast: 1, points: 12 },
          { atLeast: 0, points: 20 },
        ],
      },
      weight: 1,
    },
    {
      id: 'situation',
      title: { zh: '选情态势', en: 'Election situation' },
      kind: 'categorical',
      scale: { lookup: { 平稳: 20, 一般: 10, 复杂: 0 } },
      weight: 1,
    },
    {
      id: 'successor',
      title: { zh: '有合适的书记人选', en: 'A suitable secretary candidate' },
      kind: 'boolean',
      scale: { lookup: { true: 20, false: 0 } },
      weight: 1,
    },
  ],
  bands: [
    { level: '三级', colour: 'green', atLeast: 80 },
    { level: '二级', colour: 'yellow', above: 60, below: 80 },
    { level: '一级', colour: 'red', atMost: 60 },
  ],
  election: { blockLevels: ['一级'], blockOpenCategories: [] },
} satisfies RiskModelSpec;

/** Example: the seven-indicator three-colour model (seed 004). Not a model in force. */
export const seed004RiskModel = /* @__PURE__ */ defineRiskModel(seed004RiskModelSpec);

/** Example: the 100-point index with the 金华 2020 bands. Not a model in force. */
export const jinhuaIndexModel = /* @__PURE__ */ defineRiskModel(jinhuaIndexModelSpec);
