/**
 * The codes of the election tally's checks (计票核对): errors `F.xxx` and warnings `W.xxx`, after kiesraad/abacus.
 * Each check's title, explanation, next step and article are in `election/tally/checks.ts`, whose catalogue must
 * have exactly these codes; a failed check becomes a problem whose message is its title and the figures found.
 */

/** Every tally check's code, in catalogue order: the election tallies', then the recommendation's (F.3xx, W.3xx). */
export const TALLY_CHECK_CODES = [
  'F.001',
  'F.002',
  'F.003',
  'F.004',
  'F.005',
  'F.006',
  'F.101',
  'F.102',
  'F.103',
  'F.104',
  'F.105',
  'W.101',
  'W.102',
  'W.103',
  'F.201',
  'F.202',
  'W.201',
  'W.202',
  'W.203',
  'W.204',
  'W.205',
  'F.301',
  'F.302',
  'W.301',
  'W.302',
] as const;

/** A tally check's code. 核对项代码。 */
export type TallyCheckCode = (typeof TALLY_CHECK_CODES)[number];
/** The codes of the recommendation's own checks (`RECOMMENDATION_CHECKS`). */
export type RecommendationCheckCode = 'F.301' | 'F.302' | 'W.301' | 'W.302';
/** The codes of the election tallies' checks (`TALLY_CHECKS`). */
export type ElectionCheckCode = Exclude<TallyCheckCode, RecommendationCheckCode>;

/** The message of a failed check: its title (`election/tally/checks.ts`), then the figures that failed it. */
export const TALLY_CHECK_FAILED = { zh: '{title}：{detail}', en: '{title}: {detail}' } as const;
