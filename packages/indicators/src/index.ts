// The public entry: what an application calls to run, check and export a composite index. The steps, solvers and
// statistics behind it stay internal (their tests import them by path).
export type {
  IndexData,
  Table,
  ProvenanceLabel,
  ProvenanceRecord,
  Finding,
  FindingCode,
  SpecIssue,
  IndicatorError,
  IndicatorErrorCode,
} from './types.js';
export { compileSpec } from './spec/index.js';
export type { CompiledSpec } from './spec/index.js';
export { runPipeline, runCompiled, column, toIndexResult } from './pipeline.js';
export { runPanel } from './panel.js';
export type { PipelineResult, PipelineOptions, StageName } from './pipeline.js';
export { parseCsv } from './csv.js';
export type { CsvIssue, CsvIssueCode, CsvError, CsvTable } from './csv.js';
export { readCoinrMeta, readCoinrData, attachDenominators, specWithNodes } from './coinr.js';
export type { CoinrMeta } from './coinr.js';
export {
  tableToCsv,
  resultsCsv,
  treatmentCsv,
  provenanceNdjson,
  findingsNdjson,
  uncertaintyCsv,
  sensitivityCsv,
  statsCsv,
  correlationsCsv,
  screeningCsv,
} from './export.js';
export { uncertaintyAnalysis, sensitivityAnalysis } from './sensitivity/index.js';
export type {
  UncertainInput,
  RunFailure,
  UncertaintyResult,
  UncertaintyOptions,
  UnitUncertainty,
  SensitivityResult,
  SensitivityOptions,
  SobolIndex,
} from './sensitivity/index.js';
export { lookBackProvenance } from './observations.js';
export type { LookBack } from './observations.js';
export { indicatorStats, correlationAudit, importanceVsWeight } from './audit.js';
export type { IndicatorStats, Correlation, CorrelationMethod, CorrelationFlag, CorrelationAudit } from './audit.js';
export { classify } from './results.js';
// Index preparation: observations → cross-section → comparable run, and what the CLI and the planner read from it.
export {
  crossSectionRules,
  indexFromObservations,
  peerMean,
  policyObservations,
  prepareIndex,
  rankIntervals,
  runComparable,
  seriesTrend,
  standings,
  strengthsAndWeaknesses,
} from './prepare/index.js';
export type {
  CellSource,
  CrossSection,
  CrossSectionRules,
  ExcludedPillar,
  IndexRun,
  PrepareError,
  PreparedIndex,
  RankInterval,
  RankIntervals,
  SourcedObservation,
  Standing,
} from './prepare/index.js';
// Gap analysis (targets, peers, frontier; policy levels) and the candidate recommendations it proposes.
export { gapAnalysis, proposeCandidates } from './gaps/index.js';
export type { CandidateOptions, CandidateRecommendation, GapAnalysis, GapAnalysisError, GapAnalysisInput, GapIndicator } from './gaps/index.js';
