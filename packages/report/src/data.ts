import type {
  AssessmentRubric,
  Country,
  I18nText,
  MethodologySpec,
  PillarScore,
  Plan,
  PolicyAssessment,
  PolicyInstrument,
  SourceRef,
} from '@dsc/domain';
import type { IndexRun, RankIntervals } from '@dsc/indicators';
import { column } from '@dsc/indicators';

/** A programme or initiative as the report reads it (the register of `@dsc/datasets`, when it holds one). */
export type ReportInitiative = {
  readonly id: string;
  readonly name: I18nText;
  readonly type: string;
  readonly status: string;
  /** ISO3 codes of the countries it covers. */
  readonly countries: readonly string[];
  /** A programme of several countries or of a wider region. */
  readonly regional: boolean;
  readonly url?: string;
};

/** A recommendation as the report reads it: only `accepted` and `edited` ones are printed. */
export type ReportRecommendation = {
  readonly id: string;
  readonly title: I18nText;
  readonly text: I18nText;
  readonly level: { readonly scope: 'national'; readonly country: string } | { readonly scope: 'regional' };
  readonly priority?: string;
  readonly status: string;
  /** Targets the recommendation sets for indicators of the index. */
  readonly targets?: readonly { readonly indicator: string; readonly value: number }[];
};

/** The index figures the report prints, as plain data (no engine objects). */
export type IndexFigures = {
  readonly spec: MethodologySpec;
  readonly year: number;
  readonly root: string;
  readonly pillars: readonly string[];
  readonly indicators: readonly string[];
  readonly units: readonly string[];
  /** Score of each unit on each aggregate (pillars and index), 0–100, null when missing. */
  readonly scores: Readonly<Record<string, Readonly<Record<string, number | null>>>>;
  /** Rank of each unit on each aggregate (1 = best), null when unranked. */
  readonly ranks: Readonly<Record<string, Readonly<Record<string, number | null>>>>;
  /** Raw value of each indicator per unit in the reference year's cross-section. */
  readonly values: Readonly<Record<string, Readonly<Record<string, number | null>>>>;
  /** Pillars left out of the index because not every ranked unit has them. */
  readonly excluded: readonly string[];
  readonly intervals: {
    readonly runs: number;
    readonly units: Readonly<Record<string, { lo: number; hi: number; median: number }>>;
  } | null;
};

/** Everything the report is built from. */
export type ReportData = {
  readonly index: IndexFigures;
  readonly countries: readonly Country[];
  readonly rubric: AssessmentRubric;
  readonly assessments: readonly PolicyAssessment[];
  readonly pillarScores: readonly PillarScore[];
  readonly instruments: readonly PolicyInstrument[];
  /** Share of the criteria a country's verified scores must cover before the index uses its policy score. */
  readonly policyMinCoverage: number;
  readonly initiatives: readonly ReportInitiative[];
  readonly recommendations: readonly ReportRecommendation[];
  readonly plan: Plan;
  readonly sources: readonly SourceRef[];
  readonly toolkitVersion: string;
};

const finite = (v: number | null | undefined): number | null =>
  v === null || v === undefined || Number.isNaN(v) ? null : v;

/** The plain figures of an index run and its rank intervals. */
export function indexFigures(run: IndexRun, intervals: RankIntervals | null): IndexFigures {
  const { spec, result, cross, year } = run;
  const root = result.root ?? result.aggregates.at(-1) ?? '';
  const pillars = spec.nodes.filter((n) => n.parent === root).map((n) => n.id);
  const indicators = spec.nodes.filter((n) => n.type === 'indicator').map((n) => n.id);
  const units = result.units;
  const byUnit = (col: ArrayLike<number | null> | undefined): Record<string, number | null> =>
    Object.fromEntries(units.map((u, i) => [u, finite(col?.[i])]));
  const scores = Object.fromEntries(
    [...pillars, root].map((node) => [node, byUnit(column(result.stages.Aggregated, node) ?? undefined)]),
  );
  const ranks = Object.fromEntries([...pillars, root].map((node) => [node, byUnit(result.ranks[node])]));
  const crossIndex = new Map(cross.units.map((u, i) => [u, i]));
  const values = Object.fromEntries(
    indicators.map((code) => [
      code,
      Object.fromEntries(units.map((u) => [u, finite(cross.values[code]?.[crossIndex.get(u) ?? -1])])),
    ]),
  );
  const ranked = units.filter((u) => scores[root]?.[u] !== null);
  const weight = new Map(spec.nodes.map((n) => [n.id, n.weight]));
  const excluded = pillars.filter(
    (p) =>
      run.excluded.some((e) => e.node === p) ||
      (weight.get(p) !== 0 && ranked.length > 0 && !ranked.some((u) => scores[p]?.[u] !== null)),
  );
  return {
    spec,
    year,
    root,
    pillars,
    indicators,
    units,
    scores,
    ranks,
    values,
    excluded,
    intervals:
      intervals === null
        ? null
        : {
            runs: intervals.runs - intervals.failures,
            units: Object.fromEntries(
              [...intervals.units.values()].map((r) => [r.unit, { lo: r.lo, hi: r.hi, median: r.median }]),
            ),
          },
  };
}
