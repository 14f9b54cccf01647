/**
 * @huanjie/elements — Lit web components for two-committee re-elections. This entry registers nothing: import
 * `@huanjie/elements/define/<name>.js` to define an element, or load the self-contained embed file.
 */

export { HjAuditRegister } from './audit-register/audit-register.component.js';
export type { AuditRegisterCounts, AuditRegisterMessages } from './audit-register/audit-register.messages.js';
export { AUDIT_REGISTER_MESSAGES } from './audit-register/audit-register.messages.js';
export type {
  AsOfChangeDetail,
  CampaignMapGeoJson,
} from './campaign-map/campaign-map.component.js';
export { HjCampaignMap } from './campaign-map/campaign-map.component.js';
export type { CampaignMapMessages } from './campaign-map/campaign-map.messages.js';
export { CAMPAIGN_MAP_MESSAGES } from './campaign-map/campaign-map.messages.js';
export type { VerdictDetail } from './candidate-check/candidate-check.component.js';
export { HjCandidateCheck } from './candidate-check/candidate-check.component.js';
export type { CandidateCheckMessages } from './candidate-check/candidate-check.messages.js';
export { CANDIDATE_CHECK_MESSAGES } from './candidate-check/candidate-check.messages.js';
export type { CompositionInput, CompositionScope } from './composition-chart/composition-chart.component.js';
export { HjCompositionChart, isCompositionSummary } from './composition-chart/composition-chart.component.js';
export type { CompositionChartMessages } from './composition-chart/composition-chart.messages.js';
export { COMPOSITION_CHART_MESSAGES } from './composition-chart/composition-chart.messages.js';
export type { AcceptedWarning, TallyDetail, TallyKind } from './election-tally/election-tally.component.js';
export { HjElectionTally } from './election-tally/election-tally.component.js';
export type { ElectionTallyMessages } from './election-tally/election-tally.messages.js';
export { ELECTION_TALLY_MESSAGES } from './election-tally/election-tally.messages.js';
export { HjFormControl } from './form/form-control.js';
export type { Locale } from './i18n/locale.js';
export { LOCALES, localeFromTag, resolveLocale } from './i18n/locale.js';
export { HjLocalizedElement } from './i18n/localized-element.js';
export type { PayDetail } from './pay-calculator/pay-calculator.component.js';
export { HjPayCalculator } from './pay-calculator/pay-calculator.component.js';
export type { PayCalculatorMessages } from './pay-calculator/pay-calculator.messages.js';
export { PAY_CALCULATOR_MESSAGES } from './pay-calculator/pay-calculator.messages.js';
export { HjProgressBoard } from './progress-board/progress-board.component.js';
export type { ProgressBoardMessages } from './progress-board/progress-board.messages.js';
export { PROGRESS_BOARD_MESSAGES } from './progress-board/progress-board.messages.js';
export type { CountySummary, TownshipRow } from './progress-board/progress-summary.js';
export type { ReserveMatchDetail, ReservePoolMember } from './reserve-pool/reserve-pool.component.js';
export { HjReservePool } from './reserve-pool/reserve-pool.component.js';
export type { ReservePoolMessages } from './reserve-pool/reserve-pool.messages.js';
export { RESERVE_POOL_MESSAGES } from './reserve-pool/reserve-pool.messages.js';
export type { TrackedReview, TrackedReviewRow } from './review-tracker/review-tracker.component.js';
export { HjReviewTracker } from './review-tracker/review-tracker.component.js';
export type { ReviewTrackerCounts, ReviewTrackerMessages } from './review-tracker/review-tracker.messages.js';
export { REVIEW_TRACKER_MESSAGES } from './review-tracker/review-tracker.messages.js';
export type { RiskBoardGeoJson, RiskLevelFilter, VillageSelectDetail } from './risk-board/risk-board.component.js';
export { HjRiskBoard } from './risk-board/risk-board.component.js';
export type { RiskBoardMessages } from './risk-board/risk-board.messages.js';
export { RISK_BOARD_MESSAGES } from './risk-board/risk-board.messages.js';
export type { RosterLoadDetail } from './roster-import/roster-import.component.js';
export { HjRosterImport } from './roster-import/roster-import.component.js';
export type { RosterImportMessages } from './roster-import/roster-import.messages.js';
export { ROSTER_IMPORT_MESSAGES } from './roster-import/roster-import.messages.js';
export type { VoterRegisterLoadDetail } from './voter-register/voter-register.component.js';
export { HjVoterRegister } from './voter-register/voter-register.component.js';
export type { VoterRegisterMessages } from './voter-register/voter-register.messages.js';
export { VOTER_REGISTER_MESSAGES } from './voter-register/voter-register.messages.js';
