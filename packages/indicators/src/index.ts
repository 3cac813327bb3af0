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
export { compileSpec, checkData, DEFAULT_ORDER, TREAT_DEFAULTS } from './spec.js';
export type { CompiledSpec, CompiledIndicator, CompiledAggregate } from './spec.js';
export { runPipeline, runCompiled, column, toIndexResult, STAGE_OF_STEP } from './pipeline.js';
export { runPanel } from './panel.js';
export type { PipelineResult, PipelineOptions, StageName } from './pipeline.js';
export { canonicalJson, contentHash } from './hash.js';
export { Recorder } from './recorder.js';
export { denominateColumn } from './steps/denominate.js';
export { imputeTable, imputeColumn, imputeByRow, imputeKnn, imputeEM, imputePanel } from './steps/impute.js';
export type { ImputeContext, PanelPoint, PanelMethod } from './steps/impute.js';
export { screenUnits, SCREEN_DEFAULTS } from './steps/screen.js';
export type { ScreenRecord } from './steps/screen.js';
export { treatColumn, winsorise, transform, boxCoxLambda, passesSkewKurt } from './steps/treat.js';
export type { TreatmentRecord } from './steps/treat.js';
export {
  normaliseColumn,
  quintileBand,
  defaultRange,
  zMeanMinmax,
  pctAnnualDiff,
} from './steps/normalise.js';
export {
  aggregateColumns,
  arithmeticMean,
  geometricMean,
  harmonicMean,
  generalisedMean,
  owa,
  mpi,
  meanMin,
  copeland,
  borda,
  bod,
  bodScores,
  solveLP,
} from './steps/aggregate.js';
export type { Aggregator } from './steps/aggregate.js';
export { nominalWeights, effectiveWeights } from './steps/weights.js';
export { parseCsv, parseNumber, formatNumber, csvLine } from './csv.js';
export type { CsvIssue, CsvError, CsvTable } from './csv.js';
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
export {
  uncertaintyAnalysis,
  sensitivityAnalysis,
  sobolEstimates,
  sobolIndicesOf,
  saltelliDesign,
  removeElements,
  compareVariants,
  defaultInputs,
  meanAbsRankChange,
  pickDiscrete,
} from './sensitivity.js';
export type {
  UncertainInput,
  RunFailure,
  UncertaintyResult,
  UncertaintyOptions,
  UnitUncertainty,
  SensitivityResult,
  SensitivityOptions,
  SobolIndex,
} from './sensitivity.js';
export { createRng, sobolPoints, latinHypercube, SOBOL_MAX_DIM } from './random.js';
export type { Rng } from './random.js';
export { fromObservations, policyScores, lookBackProvenance } from './observations.js';
export type { LookBack } from './observations.js';
export * as stats from './stats.js';
export {
  indicatorStats,
  correlate,
  correlationAudit,
  cronbachAlpha,
  cronbachIfDeleted,
  pcaByAggregate,
  correlationRatio,
  importanceVsWeight,
  stageStats,
} from './audit.js';
export type {
  IndicatorStats,
  Correlation,
  CorrelationMethod,
  CorrelationFlag,
  CorrelationAudit,
} from './audit.js';
export { groupRanks, strengthsWeaknesses, unitSummary, classify, trend, gaps } from './results.js';
export type { StrengthWeakness, TrendResult, Gap } from './results.js';
export {
  ahpWeights,
  budgetWeights,
  pca,
  pcaWeightsPC1,
  pcaWeightsOECD,
  varimax,
  nelderMead,
  optimisedWeights,
  correlationMatrix,
  SAATY_RI,
} from './weighting.js';
export type { AhpResult, PcaResult } from './weighting.js';
