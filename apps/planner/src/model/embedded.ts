import type {
  AssessmentRubric,
  Country,
  Indicator,
  MethodologySpec,
  ObservationRow,
  PolicyAssessment,
  PolicyInstrument,
  SourceRef,
} from '@dsc/domain';
import * as datasets from '@dsc/datasets';
import { policyObservations } from '@dsc/indicators';
import { POLICY_MIN_COVERAGE } from './policy.js';

export interface EmbeddedData {
  countries: readonly Country[];
  indicators: readonly Indicator[];
  observations: readonly ObservationRow[];
  sources: readonly SourceRef[];
  presets: readonly MethodologySpec[];
  policyInstruments: readonly PolicyInstrument[];
  policyAssessments: readonly PolicyAssessment[];
  policyRubric: AssessmentRubric | undefined;
  pillars: Readonly<Record<string, { en: string; ru?: string | undefined; kk?: string | undefined }>>;
}

/**
 * The policy score of each assessed country as an observation (dated by its latest verification;
 * `policyObservations`), so that the index, the explorer and the profile treat it like any other series. Only
 * verified scores count.
 */
function policyRows(): ObservationRow[] {
  const rubric = datasets.policyRubric();
  return policyObservations(datasets.policyPillarScores(), datasets.POLICY_SCORE_CODE, { minCoverage: POLICY_MIN_COVERAGE }).map((o) => ({
    iso3: o.iso3,
    indicator: o.indicator,
    year: o.year,
    value: o.value,
    unit: 'share of rubric points 0-1',
    status: 'A' as const,
    source: o.source,
    note: `Verified assessment as of ${o.asOf} against rubric ${rubric.id}@${rubric.version}`,
  }));
}

type Text = { en: string; ru?: string | undefined; kk?: string | undefined };
const fill = (name: Text, from: Text | undefined): Text =>
  from ? { ...name, ...(name.ru === undefined && from.ru ? { ru: from.ru } : {}), ...(name.kk === undefined && from.kk ? { kk: from.kk } : {}) } : name;

/**
 * Node names of a preset in every language the data set has: a pillar node takes the translations of the
 * catalogue pillar with the same English name, an indicator node those of the catalogue indicator it reads.
 * Nothing is translated here; a language the data set lacks stays missing (English is shown).
 */
function localisePreset(spec: MethodologySpec, indicators: readonly Indicator[], pillars: Readonly<Record<string, Text>>): MethodologySpec {
  const byCode = new Map(indicators.map((i) => [i.code, i.name]));
  const byEnglish = new Map(Object.values(pillars).map((p) => [p.en, p]));
  return {
    ...spec,
    nodes: spec.nodes.map((n) => {
      if (!n.name) return n;
      const from = n.type === 'indicator' ? byCode.get(n.id) : byEnglish.get(n.name.en);
      return { ...n, name: fill(n.name, from) };
    }),
  };
}

/** Loads the embedded data set of @dsc/datasets (observation tables come in their own chunks). */
export async function loadEmbedded(): Promise<EmbeddedData | { error: string }> {
  const obs = await datasets.observations();
  if (!obs.ok) return { error: obs.error.code };
  const pillars = datasets.PILLARS as Readonly<Record<string, Text>>;
  const presets = datasets.presets().map((p) => localisePreset(p, datasets.indicators(), pillars));
  const sources = datasets.sources();
  const assessments = datasets.policyAssessments();
  return {
    countries: datasets.countries(),
    indicators: datasets.indicators(),
    observations: [...obs.value.map(({ kind: _k, schemaVersion: _v, ...row }) => row), ...policyRows()],
    sources,
    presets,
    policyInstruments: datasets.policyInstruments(),
    policyAssessments: assessments,
    policyRubric: datasets.policyRubric(),
    pillars,
  };
}
