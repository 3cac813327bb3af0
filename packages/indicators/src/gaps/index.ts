export type { GapAnalysis, GapAnalysisError, GapAnalysisInput, GapIndicator } from './analysis.js';
export { gapAnalysis } from './analysis.js';
export type { CandidateOptions, CandidateRecommendation } from './candidates.js';
export { proposeCandidates } from './candidates.js';
