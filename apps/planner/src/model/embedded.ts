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
import { policyScores } from '@dsc/indicators';

export interface EmbeddedData {
  countries: readonly Country[];
  indicators: readonly Indicator[];
  observations: readonly ObservationRow[];
  sources: readonly SourceRef[];
  presets: readonly MethodologySpec[];
  policyInstruments: readonly PolicyInstrument[];
  policyAssessments: readonly PolicyAssessment[];
  policyRubric: AssessmentRubric | undefined;
  pillars: Readonly<Record<string, { en: string; ru?: string; kk?: string }>>;
}

/** Code of the policy, regulatory and institutional score in the DSC index (computed from the assessments). */
export const POLICY_INDICATOR = 'PRI';
const POLICY_SOURCE = 'policy-instruments';

/**
 * The policy score of each assessed country as an observation (year of the assessment), so that the
 * index, the explorer and the profile treat it like any other series. Provisional scores are left out.
 */
function policyObservations(assessments: readonly PolicyAssessment[]): ObservationRow[] {
  const scores = policyScores(assessments);
  return assessments.flatMap((a) => {
    const value = scores[a.iso3];
    if (value === null || value === undefined) return [];
    return [
      {
        iso3: a.iso3,
        indicator: POLICY_INDICATOR,
        year: Number(a.asOf.slice(0, 4)),
        value,
        unit: 'share of rubric points 0-1',
        status: 'A' as const,
        source: POLICY_SOURCE,
        note: `Assessment of ${a.asOf} against rubric ${a.rubric}`,
      },
    ];
  });
}

/** Catalogue entry of the policy score, from the DSC index node that uses it. */
function policyIndicator(presets: readonly MethodologySpec[], sources: readonly SourceRef[]): Indicator | undefined {
  const node = presets.flatMap((p) => p.nodes).find((n) => n.id === POLICY_INDICATOR);
  const source = sources.find((s) => s.id === POLICY_SOURCE);
  if (!node?.name || !source) return undefined;
  return {
    kind: 'indicator',
    schemaVersion: 1,
    code: POLICY_INDICATOR,
    name: node.name,
    unit: node.unit ?? 'share of rubric points 0-1',
    direction: 1,
    pillar: 'policy-regulatory-institutional',
    source,
  };
}

/** Loads the embedded data set of @dsc/datasets (observation tables come in their own chunks). */
export async function loadEmbedded(): Promise<EmbeddedData | { error: string }> {
  const obs = await datasets.observations();
  if (!obs.ok) return { error: obs.error.code };
  const presets = datasets.presets();
  const sources = datasets.sources();
  const assessments = datasets.policyAssessments();
  const policy = policyIndicator(presets, sources);
  return {
    countries: datasets.countries(),
    indicators: policy ? [...datasets.indicators(), policy] : datasets.indicators(),
    observations: [...obs.value.map(({ kind: _k, schemaVersion: _v, ...row }) => row), ...(policy ? policyObservations(assessments) : [])],
    sources,
    presets,
    policyInstruments: datasets.policyInstruments(),
    policyAssessments: assessments,
    policyRubric: datasets.policyRubric(),
    pillars: datasets.PILLARS,
  };
}
