import type {
  AssessmentRubric,
  Framework,
  MethodologySpec,
  Plan,
  PolicyAssessment,
  PolicyInstrument,
  SourceRef,
} from '@dsc/domain';
import { FRAMEWORKS } from './catalogue/frameworks.js';
import { RUBRIC } from './catalogue/rubric.js';
import { SOURCES } from './catalogue/sources.js';
import { policyAssessments as ASSESSMENTS } from './data/policy-assessments.js';
import { policyInstruments as INSTRUMENTS } from './data/policy-instruments.js';
import type { MethodologyPresetId } from './presets/index.js';
import { methodologyPresets } from './presets/index.js';

export type { MethodologyPresetId, MethodologyTemplateId } from './presets/index.js';
export { methodologyTemplates } from './presets/index.js';
export type { PillarId } from './catalogue/pillars.js';
export { PILLARS } from './catalogue/pillars.js';
export type { SourceId } from './catalogue/sources.js';
export type { CoverageCell } from './coverage.js';
export { coverage, coverageMarkdown } from './coverage.js';
export type { ObservationQuery, ObservationQueryError } from './observations.js';
export { observationDatasets, observations } from './observations.js';

export { countries, country, indicator, indicators, scopeCountries } from './catalogue.js';

/** Framework taxonomies and IATI code lists, sorted by id. */
export const frameworks = (): readonly Framework[] => FRAMEWORKS;

/** One framework by id (and version, when several are stored). */
export const framework = (id: string, version?: string): Framework | undefined =>
  FRAMEWORKS.find((f) => f.id === id && (version === undefined || f.version === version));

/** The licence register: every source with its terms and required credit. */
export const sources = (): readonly SourceRef[] => Object.values(SOURCES);

/**
 * Policy, regulatory and institutional instruments (and ITU benchmark rows, `type: 'index_score'`).
 * `verified` and `unverifiedFields` are kept as compiled: nothing unverified is promoted.
 */
export function policyInstruments(filter: { readonly iso3?: string } = {}): readonly PolicyInstrument[] {
  return filter.iso3 === undefined ? INSTRUMENTS : INSTRUMENTS.filter((i) => i.iso3 === filter.iso3);
}

/** The assessment rubric for the policy / regulatory / institutional pillar. */
export const policyRubric = (): AssessmentRubric => RUBRIC;

/** Per-country scores against the rubric; every score lists its evidence (instrument ids); provisional ones are flagged. */
export function policyAssessments(filter: { readonly iso3?: string } = {}): readonly PolicyAssessment[] {
  return filter.iso3 === undefined ? ASSESSMENTS : ASSESSMENTS.filter((a) => a.iso3 === filter.iso3);
}

/** Methodology presets (DSC Digital Maturity Index, UN EGDI replicator, UNDP DDC replicator). */
export const presets = (): readonly MethodologySpec[] => Object.values(methodologyPresets);

/** One methodology preset by id. */
export const preset = (id: MethodologyPresetId): MethodologySpec => methodologyPresets[id];

/**
 * The illustrative DSC roadmap plan (clearly labelled illustrative: not an agreed roadmap). Loaded on demand,
 * so an app that does not show it does not pay for it.
 */
export const samplePlan = async (): Promise<Plan> => (await import('./sample-plan/index.js')).dscRoadmapPlan;
