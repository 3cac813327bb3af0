import type {
  AssessmentRubric,
  Framework,
  Initiative,
  InitiativeStatus,
  MethodologySpec,
  PillarScore,
  Plan,
  PolicyAssessment,
  PolicyInstrument,
  Recommendation,
  RecommendationSet,
  SourceRef,
} from '@dsc/domain';
import { isPublishable, pillarScore } from '@dsc/domain';
import { FRAMEWORKS } from './catalogue/frameworks.js';
import { RUBRIC } from './catalogue/rubric.js';
import { SOURCES } from './catalogue/sources.js';
import { initiatives as INITIATIVES } from './data/initiatives.js';
import { policyAssessments as ASSESSMENTS } from './data/policy-assessments.js';
import { policyInstruments as INSTRUMENTS } from './data/policy-instruments.js';
import { recommendationSet as RECOMMENDATIONS } from './data/recommendations.js';
import type { MethodologyPresetId } from './presets/index.js';
import { methodologyPresets } from './presets/index.js';

export type { MethodologyPresetId, MethodologyTemplateId } from './presets/index.js';
export { methodologyTemplates } from './presets/index.js';
export type { PillarId } from './catalogue/pillars.js';
export { PILLARS } from './catalogue/pillars.js';
export type { SourceId } from './catalogue/sources.js';
export type { CoverageCell } from './coverage.js';
export { coverage, coverageMarkdown } from './coverage.js';
export type { InitiativeMatrix, InitiativeMatrixCell } from './initiative-matrix.js';
export { initiativeMatrix } from './initiative-matrix.js';
export type { ObservationQuery, ObservationQueryError } from './observations.js';
export { observationDatasets, observations } from './observations.js';

export { countries, country, indicator, indicators, POLICY_SCORE_CODE, scopeCountries } from './catalogue.js';

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

/**
 * National, regional, donor and UN programmes and initiatives (data/initiatives.json), sorted by id; filtered by
 * a country (ISO3, regional initiatives included), a pillar and statuses. Missing facts are left out, never filled in.
 */
export function initiatives(
  filter: { readonly iso3?: string; readonly pillar?: string; readonly status?: readonly InitiativeStatus[] } = {},
): readonly Initiative[] {
  return INITIATIVES.filter(
    (i) =>
      (filter.iso3 === undefined || i.countries.includes(filter.iso3)) &&
      (filter.pillar === undefined || i.pillars.includes(filter.pillar)) &&
      (filter.status === undefined || filter.status.includes(i.status)),
  );
}

/** The assessment rubric for the policy / regulatory / institutional pillar. */
export const policyRubric = (): AssessmentRubric => RUBRIC;

/**
 * Per-country assessments against the rubric: assessors' scores with their evidence and review status, and the
 * criteria left unscored with what was looked for. Only `verified` scores count in `policyPillarScores()`.
 */
export function policyAssessments(filter: { readonly iso3?: string } = {}): readonly PolicyAssessment[] {
  return filter.iso3 === undefined ? ASSESSMENTS : ASSESSMENTS.filter((a) => a.iso3 === filter.iso3);
}

/**
 * The policy pillar of each assessed country from verified scores only: the mean of level / 4, the coverage
 * (criteria with a verified level / all criteria) and the as-of date (the latest verification). The generator
 * checks every assessment against the rubric, so this cannot fail on the embedded data.
 */
export function policyPillarScores(filter: { readonly iso3?: string } = {}): readonly PillarScore[] {
  return policyAssessments(filter).map((a) => {
    const r = pillarScore(a, RUBRIC);
    if (!r.ok) throw new Error(`${r.error.code}: ${a.iso3}`);
    return r.value;
  });
}

/**
 * The recommendation set of the package (data/recommendations.json, an illustrative review): every gap is one the
 * gap analysis of @dsc/indicators computes from this package's data. The document as stored, reviewed or not.
 */
export const recommendationSet = (): RecommendationSet => RECOMMENDATIONS;

/**
 * The published recommendations — accepted or edited by a reviewer, never a candidate or a rejected one — of one
 * country (national ones), or of one scope.
 */
export function recommendations(
  filter: { readonly iso3?: string; readonly scope?: 'national' | 'regional' } = {},
): readonly Recommendation[] {
  return RECOMMENDATIONS.recommendations.filter(
    (r) =>
      isPublishable(r) &&
      (filter.scope === undefined || r.level.scope === filter.scope) &&
      (filter.iso3 === undefined || (r.level.scope === 'national' && r.level.country === filter.iso3)),
  );
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
