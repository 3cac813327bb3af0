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

/** Methodology presets, when the installed @dsc/datasets ships them (`presets()` or a `presets` record). */
const loadPresets = (): readonly MethodologySpec[] => {
  const mod = datasets as unknown as { presets?: unknown };
  const p = typeof mod.presets === 'function' ? (mod.presets as () => unknown)() : mod.presets;
  if (Array.isArray(p)) return p as MethodologySpec[];
  if (p && typeof p === 'object') return Object.values(p as Record<string, MethodologySpec>);
  return [];
};

/** Loads the embedded data set of @dsc/datasets (observation tables come in their own chunks). */
export async function loadEmbedded(): Promise<EmbeddedData | { error: string }> {
  const obs = await datasets.observations();
  if (!obs.ok) return { error: obs.error.code };
  return {
    countries: datasets.countries(),
    indicators: datasets.indicators(),
    observations: obs.value.map(({ kind: _k, schemaVersion: _v, ...row }) => row),
    sources: datasets.sources(),
    presets: loadPresets(),
    policyInstruments: datasets.policyInstruments(),
    policyAssessments: datasets.policyAssessments(),
    policyRubric: datasets.policyRubric(),
    pillars: datasets.PILLARS,
  };
}
