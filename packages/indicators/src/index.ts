export type { IndexData, Table, ProvenanceLabel, ProvenanceRecord, Finding, FindingCode, SpecIssue, IndicatorError, IndicatorErrorCode } from './types.js';
export { compileSpec, checkData, DEFAULT_ORDER, TREAT_DEFAULTS } from './spec.js';
export type { CompiledSpec, CompiledIndicator, CompiledAggregate } from './spec.js';
export { runPipeline, runCompiled, column, toIndexResult, STAGE_OF_STEP } from './pipeline.js';
export type { PipelineResult, PipelineOptions, StageName } from './pipeline.js';
export { canonicalJson, contentHash } from './hash.js';
