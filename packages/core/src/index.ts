/**
 * @huanjie/core — the pure domain library for village and community two-committee re-elections
 * (村(社区)"两委"换届). No DOM, no network, no clock: every date a rule is judged on is passed in.
 *
 * Sibling modules import each other by direct path; this barrel is for users only.
 */

export type { CampaignBulletin } from './campaign/campaignBulletin.js';
export { campaignBulletin } from './campaign/campaignBulletin.js';
export type { CampaignChanges, VillageRef } from './campaign/campaignChanges.js';
export { campaignChanges } from './campaign/campaignChanges.js';
export type {
  CampaignStatus,
  CampaignStatusOptions,
  LateStage,
  OpenIncident,
  VillageEntry,
  VillageStatus,
} from './campaign/campaignStatus.js';
export { campaignStatus } from './campaign/campaignStatus.js';
export type {
  AuditFindingView,
  AuditPostingView,
  AuditRegister,
  AuditView,
  VillageAudits,
} from './campaign/departureAudits.js';
export { closeAuditLedgerItem, departureAudits } from './campaign/departureAudits.js';
export type {
  DerivedIndicator,
  DerivedVillage,
  DeriveIndicatorsOptions,
  IndicatorDeduction,
  VillageReview,
} from './campaign/deriveIndicators.js';
export { deriveIndicators } from './campaign/deriveIndicators.js';
export type { Actor, CampaignEvent, EventDraft, EventOf } from './campaign/event.js';
export { canonicalJson, eventId, sealEvent } from './campaign/eventId.js';
export type { IndicatorRules } from './campaign/indicatorRules.js';
export { seed004IndicatorRules } from './campaign/indicatorRules.js';
export type { JournalStore } from './campaign/journalStore.js';
export type { MergedJournal } from './campaign/mergeJournals.js';
export { mergeJournals } from './campaign/mergeJournals.js';
export type {
  GivenSignoff,
  PendingSignoff,
  PendingSignoffs,
  PendingSignoffsOptions,
} from './campaign/pendingSignoffs.js';
export { pendingSignoffs } from './campaign/pendingSignoffs.js';
export type {
  ConversionFigures,
  PersonPath,
  ReserveConversion,
  ReserveConversionOptions,
} from './campaign/reserveConversion.js';
export { reserveConversion } from './campaign/reserveConversion.js';
export type { CampaignPolicy, CampaignSection, CampaignStage } from './campaign/stages.js';
export type { CampaignFigures, CampaignSummary, TownshipFigures } from './campaign/summarizeCampaign.js';
export { summarizeCampaign } from './campaign/summarizeCampaign.js';
export type { JournalCheck } from './campaign/verifyJournal.js';
export { journalToNdjson, verifyJournal } from './campaign/verifyJournal.js';
export type {
  ActorLevel,
  EventKind,
  IncidentSeverity,
  NominationStep,
  SignoffMatter,
} from './campaign/vocabulary.js';
export {
  ACTOR_LEVELS,
  EVENT_KINDS,
  INCIDENT_SEVERITIES,
  NOMINATION_STEPS,
  REVIEW_OUTCOMES,
  SIGNOFF_DECISIONS,
  SIGNOFF_MATTERS,
  VOTER_OBJECTION_DECISIONS,
} from './campaign/vocabulary.js';
export { voterListRecord } from './campaign/voterListRecord.js';
export type { AgeBand } from './composition/ageBands.js';
export { DEFAULT_AGE_BANDS } from './composition/ageBands.js';
export type { CompositionTargetResult } from './composition/checkCompositionTargets.js';
export { checkCompositionTargets } from './composition/checkCompositionTargets.js';
export type {
  AgeChange,
  CompositionComparison,
  ShareChange,
  Term,
  TermReport,
} from './composition/compareCompositions.js';
export { compareCompositions, reportTermChange } from './composition/compareCompositions.js';
export { formatAverage, formatPercent } from './composition/formatting.js';
export { CompositionSummarySchema, mergeCompositions } from './composition/mergeCompositions.js';
export type { RollUpNode, RollUpOptions } from './composition/rollUp.js';
export { rollUp } from './composition/rollUp.js';
export type { CompositionPolicy, CompositionTarget } from './composition/schema.js';
export { COMPOSITION_MEASURES } from './composition/schema.js';
export type {
  PartyOrganizationKind,
  StaffingLine,
  StaffingPolicy,
  StaffingResult,
} from './composition/staffingNorms.js';
export {
  PARTY_ORGANIZATION_KINDS,
  StaffedOrganization,
  StaffingSection,
  staffingNorms,
} from './composition/staffingNorms.js';
export type {
  CompositionMember,
  CompositionSummary,
  SummarizeCompositionOptions,
} from './composition/summarizeComposition.js';
export {
  compositionProblems,
  summarizeComposition,
  summarizeCompositionBy,
} from './composition/summarizeComposition.js';
export type {
  CompositionRow,
  CompositionTable,
  EducationThreshold,
  TermCount,
} from './composition/tabulateCompositions.js';
export { tabulateCompositions } from './composition/tabulateCompositions.js';
export type { CalendarParts, IsoDate } from './dates/calendar.js';
export {
  ageOn,
  anniversaryOn,
  compareIsoDates,
  completedYears,
  formatIsoDate,
  fromDayNumber,
  isIsoDate,
  parseIsoDate,
  toDayNumber,
} from './dates/calendar.js';
export { isInstant } from './dates/instants.js';
export { parseDateText } from './dates/parseDateText.js';
export type { AuditFindingSeverity, AuditResponsibility, AuditScope } from './election/auditVocabulary.js';
export {
  AUDIT_FINDING_SEVERITIES,
  AUDIT_GROUP_DEPARTMENTS,
  AUDIT_RESPONSIBILITIES,
  AUDIT_SCOPES,
  AUDIT_SCOPES_EN,
} from './election/auditVocabulary.js';
export type { AuditPosting, AuditPublicityCheck } from './election/checkAuditPublicity.js';
export { checkAuditPublicity } from './election/checkAuditPublicity.js';
export type {
  SupervisoryCommitteeCheck,
  SupervisoryCommitteeContext,
  SupervisoryRelation,
} from './election/checkSupervisoryCommittee.js';
export {
  checkSupervisoryCommittee,
  NEAR_RELATIVES,
  SUPERVISORY_CHOOSING_BODIES,
  SUPERVISORY_EXPERTISE,
  SupervisoryMember,
} from './election/checkSupervisoryCommittee.js';
export type { AuditFindingRecord, DepartureAuditRecord } from './election/departureAudit.js';
export { departureAuditBlockers } from './election/departureAudit.js';
export type { DeputyLevel, DeputyQuota } from './election/deputyQuota.js';
export { DEPUTY_LEVELS, DEPUTY_QUOTA_RULES, deputyQuota } from './election/deputyQuota.js';
export type { Milestone } from './election/electionTimeline.js';
export { electionTimeline } from './election/electionTimeline.js';
export type {
  AuditPolicy,
  RecommendationPolicy,
  RecommendationRound,
  RecommendationRules,
  RecommendationSection,
  RoundRule,
  TimelinePolicy,
} from './election/schema.js';
export { RECOMMENDATION_ROUNDS } from './election/schema.js';
export {
  ELECTION_PARAMETERS,
  ELECTION_REFERENCES,
  STATUTORY_RECOMMENDATION,
} from './election/statutoryParameters.js';
export type { CommitteeBody, TallyCheck, TallyCheckCode } from './election/tally/checks.js';
export { TALLY_CHECKS } from './election/tally/checks.js';
export { RECOMMENDATION_CHECKS } from './election/tally/recommendationChecks.js';
export type { Ballots, CheckOutcome, TallyCandidate, TallyResult } from './election/tally/tally.js';
export type { PartyElectionInput } from './election/tally/tallyPartyElection.js';
export { tallyPartyElection } from './election/tally/tallyPartyElection.js';
export type { PartyOfficerElectionInput, PartyOfficerPost } from './election/tally/tallyPartyOfficerElection.js';
export { tallyPartyOfficerElection } from './election/tally/tallyPartyOfficerElection.js';
export type {
  RankedPerson,
  RecommendationInput,
  RecommendationResult,
  RecommendationRoundInput,
  RecommendedPerson,
  RoundThreshold,
} from './election/tally/tallyRecommendation.js';
export { tallyRecommendation } from './election/tally/tallyRecommendation.js';
export type { VillagersCommitteeElectionInput } from './election/tally/tallyVillagersCommitteeElection.js';
export { tallyVillagersCommitteeElection } from './election/tally/tallyVillagersCommitteeElection.js';
export type { TaskProgress, TaskRecord, UnitProgress } from './election/tasks.js';
export { exampleTaskTemplate, scheduleTasks, TaskTemplate, taskProgress } from './election/tasks.js';
export { evaluateEligibility } from './eligibility/evaluateEligibility.js';
export type { RosterVerdicts } from './eligibility/evaluateRoster.js';
export { evaluateRoster } from './eligibility/evaluateRoster.js';
export type { TeamEvaluationOptions, TeamVerdict } from './eligibility/evaluateTeam.js';
export { evaluateTeam } from './eligibility/evaluateTeam.js';
export { MAX_CONDITION_DEPTH, OPERATOR_NAMES } from './eligibility/operators.js';
export type { EligibilityPolicy, PolicyRule, PolicyTeamRule, Rule, TeamRule } from './eligibility/schema.js';
export { TEAM_CHECK_NAMES } from './eligibility/teamChecks.js';
export type {
  CandidateInput,
  CustomPredicate,
  EligibilityVerdict,
  EvaluationOptions,
  RuleOutcome,
  Seat,
  UsedFact,
  UsedParameter,
} from './eligibility/types.js';
export type {
  MaskResidentIdOptions,
  ParseResidentIdOptions,
  ResidentId,
  ResidentIdError,
  ResidentIdErrorCode,
  ResidentIdResult,
} from './id/residentId.js';
export { maskResidentId, parseResidentId, residentIdCheckCharacter } from './id/residentId.js';
export type { DecodedText, TextEncodingName } from './io/decodeText.js';
export { decodeText } from './io/decodeText.js';
export type { RosterField } from './io/headers.js';
export { ROSTER_COLUMNS } from './io/headers.js';
export type { ParseRosterCsvOptions, RosterCsvResult } from './io/parseRosterCsv.js';
export { parseRosterCsv } from './io/parseRosterCsv.js';
export type { ReadRosterWorkbookOptions, RosterWorkbookResult } from './io/readRosterWorkbook.js';
export { readRosterWorkbook } from './io/readRosterWorkbook.js';
export { ROSTER_LIMITS } from './io/rosterLimits.js';
export type { RosterToCsvOptions } from './io/rosterToCsv.js';
export { rosterToCsv } from './io/rosterToCsv.js';
export type { Citation } from './parameters/citation.js';
export { citeReference } from './parameters/citation.js';
export type { Title } from './parameters/ids.js';
export type { ParameterTable, PolicyParameter } from './parameters/parameter.js';
export type { PolicyBase, Sourced } from './parameters/policyBase.js';
export type { Reference } from './parameters/reference.js';
export { valueAt } from './parameters/valueAt.js';
export type { PayBudget } from './pay/budgetTermPay.js';
export { budgetTermPay } from './pay/budgetTermPay.js';
export type { CadreTable } from './pay/cadreTable.js';
export { readCadres } from './pay/cadreTable.js';
export type { TermPayColumns, TermPayPlan } from './pay/compileTermPay.js';
export { compileTermPay } from './pay/compileTermPay.js';
export type { PayLine, PayTotals, PerformancePayout, TermPay } from './pay/computeTermPay.js';
export { computeTermPay } from './pay/computeTermPay.js';
export type { LivingAllowanceEligibility } from './pay/livingAllowance.js';
export { livingAllowanceEligibility } from './pay/livingAllowance.js';
export { formatYuan } from './pay/money.js';
export type { PayPolicy, PayRating } from './pay/schema.js';
export { Appointment, Cadre, PAY_RATINGS, PaySection } from './pay/schema.js';
export type { PayLinesSum } from './pay/sumPayLines.js';
export { sumPayLines } from './pay/sumPayLines.js';
export type { DateSpan } from './pay/termOfOffice.js';
export { payPeriod, ratedYears, termEnd } from './pay/termOfOffice.js';
export {
  exampleCountyHardCriteria,
  exampleCountyHardCriteriaSpec,
  exampleReviewPolicy,
  exampleShibuxuan,
  exampleShibuxuanSpec,
} from './policies/exampleOverlays.js';
export { examplePay2021, examplePay2021Spec } from './policies/examplePay.js';
export { nationalBaseline, nationalBaselineSpec } from './policies/nationalBaseline.js';
export { definePolicy } from './policy/definePolicy.js';
export { extendPolicy, loadPolicies } from './policy/extendPolicy.js';
export type { Policy } from './policy/policy.js';
export { OverlaySpec, PolicySpec } from './policy/schema.js';
export { DEFAULT_VOCABULARIES } from './policy/vocabularies.js';
export { formatProblem } from './problems/formatProblem.js';
export type {
  LocalizedText,
  Problem,
  ProblemCode,
  ProblemLocale,
  ProblemParam,
  ProblemParams,
  ProblemSeverity,
} from './problems/problem.js';
export { HuanjieError } from './problems/problem.js';
export type { ReviewStatus } from './review/reviewStatus.js';
export { QualificationReview, reviewDeadline, reviewStatus } from './review/reviewStatus.js';
export type { ReviewPolicy } from './review/schema.js';
export type { LevelCounts, VillageAssessment, VillageRiskInput } from './risk/assessVillages.js';
export { assessVillages } from './risk/assessVillages.js';
export {
  jinhuaIndexModel,
  jinhuaIndexModelSpec,
  seed004RiskModel,
  seed004RiskModelSpec,
} from './risk/exampleModels.js';
export type { RiskHistoryEntry } from './risk/history.js';
export {
  effectiveLevel,
  overrideAssessment,
  RiskAssessmentRecord,
  recordAssessment,
  villageRiskHistory,
} from './risk/history.js';
export type { ElectionReadiness, LedgerSummary, ReadinessAudits } from './risk/ledger.js';
export {
  LEDGER_CATEGORIES,
  LedgerItem,
  ledgerItemSchema,
  parseLedger,
  readyForElection,
  summarizeLedger,
} from './risk/ledger.js';
export type { RiskBand, RiskIndicator, RiskLevel, RiskModel } from './risk/model.js';
export { bandOf, defineRiskModel, RiskModelSpec, UNIT as RISK_UNIT, UNLEVELLED } from './risk/model.js';
export type { RiskContribution, RiskScore } from './risk/scoreRisk.js';
export { scoreRisk } from './risk/scoreRisk.js';
export type { RosterSummary } from './roster/summarizeRoster.js';
export { summarizeRoster } from './roster/summarizeRoster.js';
export { Candidate, Fact } from './schemas/candidate.js';
export type { FieldLabel, FieldName } from './schemas/labels.js';
export { FIELD_LABELS } from './schemas/labels.js';
export { Member, Person, Village } from './schemas/person.js';
export { Roster, RosterRow } from './schemas/roster.js';
export type { Validation } from './schemas/schemaProblems.js';
export { schemaProblems, validate } from './schemas/schemaProblems.js';
export type { VocabularyPolicy } from './schemas/vocabularies.js';
export { VocabulariesSection } from './schemas/vocabularies.js';
export type {
  EducationLevel,
  Ethnicity,
  FactKind,
  Organization,
  PoliticalStatus,
  Post,
  PostTitleEntry,
  Sex,
  VillageKind,
} from './schemas/vocabulary.js';
export {
  canHoldConcurrently,
  DEFAULT_POST_TITLES,
  EDUCATION_LEVELS,
  ETHNICITIES,
  educationRank,
  FACT_KINDS,
  GOVERNMENT_SANCTIONS,
  hasFullMembership,
  isPartyMember,
  ORGANIZATIONS,
  PARTY_SANCTIONS,
  POLITICAL_STATUSES,
  POST_ORGANIZATIONS,
  POSTS,
  postOfTitle,
  RESERVE_CHANNELS,
  SEX_LABELS,
  SEXES,
  VILLAGE_KINDS,
  VOCABULARY_NAMES,
} from './schemas/vocabulary.js';
export { vocabularyWord } from './schemas/vocabularyWord.js';
export type {
  MatchContribution,
  MatchCriterion,
  ReserveMatch,
  ReserveMatchResult,
  VillageNeeds,
} from './talent/matchReserves.js';
export { EXAMPLE_MATCH_WEIGHTS, matchReserves } from './talent/matchReserves.js';
export type { PeriodStatus, PortraitDimension, ReservePortrait } from './talent/portrayReserve.js';
export { checkReserves, portrayReserve } from './talent/portrayReserve.js';
export type { EvaluationKind, EvaluationRating } from './talent/profile.js';
export { EVALUATION_KINDS, ReserveEvaluation } from './talent/profile.js';
export type {
  Readiness,
  ReserveSource,
  ReserveSummary,
  ReserveVillage,
  TownshipReserves,
} from './talent/reserve.js';
export {
  EVALUATION_RATINGS,
  parseReserves,
  READINESS_LEVELS,
  RESERVE_SOURCES,
  Reserve,
  reserveSchema,
  reserveTownships,
  summarizeReserves,
} from './talent/reserve.js';
export type { ReserveForm, TalentPolicy } from './talent/schema.js';
export type {
  CheckVoterRegisterOptions,
  ExcludedVoter,
  OtherVoterRegister,
  ProxyVote,
  RegisteredVoter,
  VoterDuplicate,
  VoterObjection,
  VoterRegisterCheck,
} from './voters/checkVoterRegister.js';
export { checkVoterRegister } from './voters/checkVoterRegister.js';
export type { ParseVoterCsvOptions, VoterCsvResult } from './voters/parseVoterCsv.js';
export { parseVoterCsv } from './voters/parseVoterCsv.js';
export type {
  BallotChannel,
  BallotCount,
  BallotReconciliation,
  ChannelBallots,
} from './voters/reconcileBallots.js';
export { BALLOT_CHANNEL_LABELS, BALLOT_CHANNELS, reconcileBallots } from './voters/reconcileBallots.js';
export { PROXY_LIMIT_PARAMETER, VOTER_PARAMETERS } from './voters/statutoryParameters.js';
export type { VoterCategory, VoterField, VoterRow } from './voters/voterRow.js';
export {
  VOTER_CATEGORIES,
  VOTER_CATEGORY_LABELS,
  VOTER_COLUMNS,
  VOTER_FIELD_LABELS,
} from './voters/voterRow.js';
