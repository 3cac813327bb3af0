import type { IndexResult, MethodologySpec, PipelineStepName, Result } from '@dsc/domain';
import { INDEX_RESULT_SCHEMA_VERSION, err, ok } from '@dsc/domain';
import { contentHash } from './hash.js';
import { Recorder } from './recorder.js';
import type { CompiledSpec } from './spec/index.js';
import { checkData, compileSpec } from './spec/index.js';
import { sportRank, mapColumn } from './stats.js';
import { aggregateColumns } from './steps/aggregate.js';
import { denominateColumn } from './steps/denominate.js';
import { imputeTable } from './steps/impute.js';
import { normaliseColumn } from './steps/normalise.js';
import type { ScreenRecord } from './steps/screen.js';
import { screenUnits } from './steps/screen.js';
import type { TreatmentRecord } from './steps/treat.js';
import { treatColumn } from './steps/treat.js';
import { effectiveWeights, nominalWeights } from './steps/weights.js';
import type { CompiledAggregate } from './spec/index.js';
import { ahpWeights, budgetWeights, optimisedWeights, pcaWeightsOECD, pcaWeightsPC1 } from './weighting.js';
import type { Finding, IndexData, IndicatorError, ProvenanceRecord, Table } from './types.js';

/** The stage tables, named as COINr names its data sets. */
export type StageName =
  'Raw' | 'Denominated' | 'Imputed' | 'Screened' | 'Treated' | 'Normalised' | 'Aggregated';

export const STAGE_OF_STEP: Readonly<Record<PipelineStepName, StageName>> = {
  denominate: 'Denominated',
  impute: 'Imputed',
  screen: 'Screened',
  treat: 'Treated',
  normalise: 'Normalised',
  aggregate: 'Aggregated',
};

export type PipelineOptions = {
  /** Record per-cell provenance (default true; off in uncertainty runs for speed). */
  readonly provenance?: boolean;
  /** Compute the content hash of spec + data (default true). */
  readonly hash?: boolean;
  /** Nominal weights replacing those of the spec (by node id), e.g. from a weight optimiser or a sensitivity run. */
  readonly weights?: Readonly<Record<string, number>>;
  /** Seed of any random step, recorded in the result. */
  readonly seed?: number;
};

export type PipelineResult = {
  readonly spec: MethodologySpec;
  readonly contentHash: string;
  readonly seed?: number;
  /** Every stage the steps produced, in order; the Aggregated table holds indicators and aggregates. */
  readonly stages: Readonly<Partial<Record<StageName, Table>>> & {
    readonly Raw: Table;
    readonly Aggregated: Table;
  };
  /** Units kept after screening, in input order. */
  readonly units: readonly string[];
  readonly screening?: readonly ScreenRecord[];
  readonly treatment: readonly TreatmentRecord[];
  readonly weights: {
    readonly nominal: Readonly<Record<string, number>>;
    readonly effective: Readonly<Record<string, number>>;
  };
  readonly provenance: readonly ProvenanceRecord[];
  readonly findings: readonly Finding[];
  /** Aggregate codes, lower levels first; the last is the index. */
  readonly aggregates: readonly string[];
  readonly root: string | undefined;
  /** Sport ranks (1 = best) of every aggregate, NaN where the score is NA. */
  readonly ranks: Readonly<Record<string, Float64Array>>;
};

const toColumn = (v: readonly (number | null)[]): Float64Array => {
  const out = new Float64Array(v.length);
  for (let i = 0; i < v.length; i++) {
    const x = v[i];
    out[i] = x === null || x === undefined ? NaN : x;
  }
  return out;
};

/** Raw columns per data object: the input is read-only, so repeated runs (uncertainty analysis) convert it once. */
const rawCache = new WeakMap<object, Map<string, Float64Array>>();
const rawColumn = (data: IndexData, code: string): Float64Array => {
  const src = data.values[code]!;
  let m = rawCache.get(src);
  if (!m) {
    m = new Map();
    rawCache.set(src, m);
  }
  let col = m.get(code);
  if (!col) {
    col = toColumn(src);
    m.set(code, col);
  }
  return col;
};

/**
 * Runs a methodology on one time point of data: denominate → impute → screen → treat → normalise → aggregate
 * (or the order of `steps.order`). Pure: the inputs are not modified. An invalid spec or data fails before any
 * computation with issues located by JSON pointers.
 */
export function runPipeline(
  spec: unknown,
  data: IndexData,
  options: PipelineOptions = {},
): Result<PipelineResult, IndicatorError> {
  const compiled = compileSpec(spec);
  if (!compiled.ok) return compiled;
  return runCompiled(compiled.value, data, options);
}

/** Runs an already compiled spec (skips the schema parse; used by the uncertainty analysis). */
export function runCompiled(
  c: CompiledSpec,
  data: IndexData,
  options: PipelineOptions = {},
): Result<PipelineResult, IndicatorError> {
  const dataIssues = checkData(c, data);
  if (dataIssues.length > 0) return err({ code: 'invalid_data', issues: dataIssues });
  const rec = new Recorder(options.provenance ?? true);
  const codes = c.indicators.map((i) => i.code);
  let units: readonly string[] = data.units;
  let rows: number[] = data.units.map((_, i) => i);
  let cols: Float64Array[] = c.indicators.map((i) => rawColumn(data, i.code));
  const stages: Partial<Record<StageName, Table>> = { Raw: { units, codes, columns: cols } };
  let screening: ScreenRecord[] | undefined;
  let treatment: TreatmentRecord[] = [];
  const nominal = nominalWeights(c, options.weights);
  let aggregated: Table | undefined;
  const ranks: Record<string, Float64Array> = {};
  const subset = <T>(v: readonly T[]) => rows.map((r) => v[r]!);

  for (const step of c.order) {
    switch (step) {
      case 'denominate': {
        const d = c.spec.steps.denominate;
        if (d?.method === 'byNode') {
          cols = cols.map((col, j) => {
            const ind = c.indicators[j]!;
            const dn = ind.node.denominator;
            if (!dn) return col;
            return denominateColumn(
              col,
              subset(data.denominators![dn]!),
              d.scale ?? 1,
              units,
              ind.code,
              dn,
              rec,
            );
          });
        }
        break;
      }
      case 'impute': {
        if (c.indicators.some((i) => i.impute && i.impute.method !== 'none')) {
          const groups = data.groups
            ? Object.fromEntries(Object.entries(data.groups).map(([k, v]) => [k, subset(v)]))
            : undefined;
          cols = imputeTable(
            cols,
            c.indicators.map((i) => i.impute),
            {
              units,
              codes,
              directions: c.indicators.map((i) => i.direction),
              parents: c.indicators.map((i) => i.node.parent),
              groups,
            },
            rec,
          );
        }
        break;
      }
      case 'screen': {
        const s = c.spec.steps.screen;
        if (s && s.method !== 'none') {
          screening = screenUnits(units, cols, s);
          const keep: number[] = [];
          screening.forEach((r, i) => {
            if (r.included) keep.push(i);
            else {
              rec.find({
                code: 'unit_screened_out',
                unit: r.unit,
                availability: r.availability,
                nonzero: r.nonzero,
              });
              for (const code of codes) rec.mark(r.unit, code, 'screen', 'screened-out');
            }
          });
          if (keep.length < units.length) {
            rows = keep.map((i) => rows[i]!);
            units = keep.map((i) => units[i]!);
            cols = cols.map((col) => mapColumn(keep, (i) => col[i]!));
          }
        }
        break;
      }
      case 'treat': {
        if (c.indicators.some((i) => i.treat && i.treat.method !== 'none')) {
          treatment = [];
          cols = cols.map((col, j) => {
            const t = c.indicators[j]!.treat;
            if (!t) return col;
            const r = treatColumn(col, t, units, codes[j]!, rec);
            treatment.push(r.record);
            return r.x;
          });
        }
        break;
      }
      case 'normalise': {
        cols = cols.map((col, j) => {
          const ind = c.indicators[j]!;
          return ind.normalise ? normaliseColumn(col, ind.normalise, ind.node, units, rec) : col;
        });
        break;
      }
      case 'aggregate': {
        const values = new Map<string, Float64Array>(codes.map((code, j) => [code, cols[j]!]));
        const aggCodes: string[] = [];
        for (const a of c.aggregates) {
          const children = a.children.map((k) => values.get(k)!);
          if (!options.weights) {
            const w = derivedWeights(c, a, children, rec);
            if (!w.ok) return w;
            if (w.value) a.children.forEach((k, j) => (nominal[k] = w.value![j]!));
          }
          const r = aggregateColumns(
            a.code,
            a.children,
            children,
            a.children.map((k) => nominal[k] ?? 1),
            a.method,
            units,
            rec,
          );
          if (!r.ok) return r;
          values.set(a.code, r.value);
          aggCodes.push(a.code);
          ranks[a.code] = sportRank(r.value);
        }
        aggregated = {
          units,
          codes: [...codes, ...aggCodes],
          columns: [...cols, ...aggCodes.map((k) => values.get(k)!)],
        };
        break;
      }
    }
    if (step !== 'aggregate') stages[STAGE_OF_STEP[step]] = { units, codes, columns: cols };
  }
  const effective = effectiveWeights(c, nominal);
  const finalTable = aggregated ?? { units, codes, columns: cols };
  stages.Aggregated = finalTable;
  const hash = options.hash === false ? '' : contentHash({ spec: c.spec, data });
  return ok({
    spec: c.spec,
    contentHash: hash,
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    stages: stages as PipelineResult['stages'],
    units,
    ...(screening ? { screening } : {}),
    treatment,
    weights: { nominal, effective },
    provenance: rec.provenance,
    findings: rec.findings,
    aggregates: c.aggregates.map((a) => a.code),
    root: c.root,
    ranks,
  });
}

/** A column of a table by code, with `null` for NA (never a silent NaN at the boundary). */
export function column(t: Table, code: string): (number | null)[] | undefined {
  const j = t.codes.indexOf(code);
  if (j < 0) return undefined;
  return Array.from(t.columns[j]!, (v) => (Number.isNaN(v) ? null : v));
}

/** The `IndexResult` document (from @dsc/domain) of a run: every aggregate's score and rank per unit. */
export function toIndexResult(r: PipelineResult, stage?: (score: number) => string | undefined): IndexResult {
  const t = r.stages.Aggregated;
  const idx = new Map(t.codes.map((c, j) => [c, j]));
  return {
    kind: 'index-result',
    schemaVersion: INDEX_RESULT_SCHEMA_VERSION,
    methodology: { id: r.spec.id, version: r.spec.version },
    contentHash: r.contentHash,
    ...(r.seed !== undefined ? { seed: r.seed } : {}),
    units: t.units.map((unit, i) => {
      const scores: Record<string, number | null> = {};
      const ranks: Record<string, number | null> = {};
      for (const a of r.aggregates) {
        const v = t.columns[idx.get(a)!]![i]!;
        scores[a] = Number.isNaN(v) ? null : v;
        const rk = r.ranks[a]![i]!;
        ranks[a] = Number.isNaN(rk) ? null : rk;
      }
      const top = r.root !== undefined ? scores[r.root] : null;
      const s = top !== null && top !== undefined && stage ? stage(top) : undefined;
      return { unit, scores, ranks, ...(s !== undefined ? { stage: s } : {}) };
    }),
  };
}

/**
 * Weights of one aggregate's children from the data or from expert input, when `steps.weights` asks for it at this
 * level; `undefined` keeps the nominal weights.
 */
function derivedWeights(
  c: CompiledSpec,
  a: CompiledAggregate,
  children: readonly Float64Array[],
  rec: Recorder,
): Result<number[] | undefined, IndicatorError> {
  const w = c.spec.steps.weights;
  if (!w || w.method === 'nominal' || w.method === 'equal' || w.method === 'set') return ok(undefined);
  if (w.levels && !w.levels.includes(a.level)) return ok(undefined);
  const naPolicy = w.naPolicy ?? 'listwise';
  switch (w.method) {
    case 'pca': {
      const r = pcaWeightsPC1(children, naPolicy);
      if (!r.ok) return r;
      if (r.value.pca.dropped > 0)
        rec.find({ code: 'pca_rows_dropped', parent: a.code, dropped: r.value.pca.dropped });
      for (const i of r.value.negative)
        rec.find({ code: 'negative_pca_weight', parent: a.code, indicator: a.children[i]! });
      return ok(r.value.weights);
    }
    case 'pcaOecd': {
      const r = pcaWeightsOECD(children, naPolicy);
      if (!r.ok) return r;
      if (r.value.pca.dropped > 0)
        rec.find({ code: 'pca_rows_dropped', parent: a.code, dropped: r.value.pca.dropped });
      return ok(r.value.weights);
    }
    case 'ahp': {
      const m = w.ahp?.[a.code];
      if (!m) return ok(undefined);
      const r = ahpWeights(m);
      if (!r.ok)
        return err({
          code: 'invalid_input',
          pointer: `/steps/weights/ahp/${a.code}${r.error.code === 'invalid_input' ? r.error.pointer : ''}`,
          message: r.error.code === 'invalid_input' ? r.error.message : r.error.code,
        });
      if (r.value.inconsistent) rec.find({ code: 'ahp_inconsistent', parent: a.code, cr: r.value.cr });
      return ok(r.value.weights);
    }
    case 'budget': {
      const b = w.budget?.[a.code];
      if (!b) return ok(undefined);
      return ok(budgetWeights(b, a.children).weights);
    }
    case 'optimised': {
      const r = optimisedWeights(
        children,
        a.children.map((k) => c.nodeById.get(k)?.weight ?? 1),
        w.optimise ?? 'balance',
      );
      if (!r.ok) return r;
      if (!r.value.converged)
        rec.find({ code: 'weights_not_converged', parent: a.code, iterations: r.value.iterations });
      return ok(r.value.weights);
    }
  }
}
