export type { CalendarSpec, WorkCalendar } from './calendar.js';
export { addDays, createCalendar, everyDayCalendar, fromEpochDay, isoWeekday, toEpochDay } from './calendar.js';
export type {
  Driver,
  DurationSpan,
  ElapsedTime,
  Network,
  NetworkActivity,
  NetworkConstraint,
  NetworkRelation,
  Schedule,
  ScheduleError,
  ScheduleErrorCode,
  ScheduleOptions,
  ScheduledActivity,
} from './cpm.js';
export { compileNetwork, schedule } from './cpm.js';
export type { IncrementalError, IncrementalSchedule } from './incremental.js';
export { createIncrementalSchedule } from './incremental.js';
export type { CsvActivities, CsvError, CsvErrorCode } from './csv.js';
export { parseActivitiesCsv, parsePredecessors, readCsvCells } from './csv.js';
export type { ScenarioError } from './scenarios.js';
export { applyScenario } from './scenarios.js';
export type { DatedActivity, PlanSchedule, PlanScheduleError } from './plan-schedule.js';
export { activityCalendars, calendarSpan, planCalendar, planToNetwork, schedulePlan } from './plan-schedule.js';
export type {
  ActivityProgress,
  EarnedValue,
  EarnedValueError,
  EarnedValueReport,
  ProgressFinding,
  ProgressFindingCode,
  ProgressStatus,
} from './progress/index.js';
export { checkProgress, earnedValue } from './progress/index.js';
export type {
  ConceptNoteRules,
  QualityFinding,
  QualityMetric,
  QualityReport,
  QualityRuleId,
  ScheduleCheckOptions,
} from './quality.js';
export { DA_CONCEPT_NOTE_RULES, checkLogframe, checkSchedule } from './quality.js';
export { checkTraceability, referencesRecommendations } from './trace.js';
export type { BudgetDimension, BudgetError, BudgetGroup, BudgetRollup, FundingGap, FundingPipeline } from './budget.js';
export {
  FUNDING_STAGES,
  SECURED_STAGES,
  STAGE_PROBABILITY,
  budgetRollup,
  convert,
  convertedLines,
  fundingGaps,
  fundingPipeline,
  outcomeOf,
  splitByPeriod,
} from './budget.js';
export type { CompareError, CoverageRow, ScenarioMetrics, Variance, VarianceError } from './compare.js';
export {
  alignmentCoverage,
  baselineFromObservations,
  baselineVariance,
  captureBaseline,
  compareScenarios,
  planMetrics,
  promoteScenario,
} from './compare.js';
export { resolveScenario } from './scenarios.js';
export type { IatiError, IatiExport, IatiOptions, IatiRuleFinding } from './export/iati.js';
export { checkIatiRules, periodRange, toIatiXml } from './export/iati.js';
export type { ProposalBlock, ProposalDocument, ProposalLabelKey, ProposalLabels, ProposalOptions } from './export/proposal.js';
export { ENGLISH_PROPOSAL_LABELS, PROPOSAL_LABEL_KEYS, buildProposal, proposalToMarkdown } from './export/proposal.js';
export type { Cell, TableSheet } from './export/tables.js';
export { planTables, tableToCsv } from './export/tables.js';
export type { MspdiImportError, MspdiImportOptions, MspdiImportReport } from './export/mspdi.js';
export { durationMinutes, fromMspdi, importMspdi, milestonesToIcal, toMspdi } from './export/mspdi.js';
export type { FormatLoss, MspdiExportLoss, MspdiImportLoss } from './export/mspdi-losses.js';
export { mspdiExportLosses, mspdiImportLosses } from './export/mspdi-losses.js';
