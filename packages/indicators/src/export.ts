import { csvLine, formatNumber } from './csv.js';
import type { PipelineResult } from './pipeline.js';
import { classify } from './results.js';
import type { CorrelationAudit, IndicatorStats } from './audit.js';
import type { SensitivityResult, UncertaintyResult } from './sensitivity/index.js';
import type { ProvenanceRecord, Table } from './types.js';

/** A stage table as CSV: `uCode`, then one column per code, numbers at full precision, NA empty. */
export function tableToCsv(t: Table): string {
  let out = csvLine(['uCode', ...t.codes]);
  t.units.forEach((u, i) => {
    out += csvLine([u, ...t.columns.map((c) => formatNumber(c[i]))]);
  });
  return out;
}

/**
 * `results.csv`: uCode, then each aggregate's score and rank (`<code>`, `<code>_rank`), top aggregate first, and the
 * maturity stage of the top aggregate (`<code>_stage`) when the spec defines bands. Sorted by the top rank.
 */
export function resultsCsv(r: PipelineResult): string {
  const t = r.stages.Aggregated;
  const aggs = [...r.aggregates].reverse();
  const bands = r.spec.bands;
  const rootCol = r.root ? t.columns[t.codes.indexOf(r.root)] : undefined;
  const stageOf = (i: number) => (bands && rootCol ? (classify(rootCol[i]!, bands) ?? '') : undefined);
  let out = csvLine([
    'uCode',
    ...aggs.flatMap((a) => [a, `${a}_rank`]),
    ...(bands && r.root ? [`${r.root}_stage`] : []),
  ]);
  const rootRank = r.root ? r.ranks[r.root] : undefined;
  const order = t.units.map((_, i) => i);
  if (rootRank)
    order.sort(
      (a, b) =>
        (Number.isNaN(rootRank[a]!) ? 1e9 : rootRank[a]!) -
          (Number.isNaN(rootRank[b]!) ? 1e9 : rootRank[b]!) || a - b,
    );
  for (const i of order) {
    out += csvLine([
      t.units[i]!,
      ...aggs.flatMap((a) => [formatNumber(t.columns[t.codes.indexOf(a)]![i]), formatNumber(r.ranks[a]![i])]),
      ...(stageOf(i) !== undefined ? [stageOf(i)!] : []),
    ]);
  }
  return out;
}

/** `treatment.csv`: per indicator skew and kurtosis before and after, points winsorised, transform applied. */
export function treatmentCsv(r: PipelineResult): string {
  let out = csvLine([
    'iCode',
    'method',
    'skew_before',
    'kurt_before',
    'pass_before',
    'winsorised',
    'winsorised_kept',
    'transform',
    'lambda',
    'skew_after',
    'kurt_after',
    'pass',
    'capped',
    'assessable',
  ]);
  for (const t of r.treatment) {
    out += csvLine([
      t.indicator,
      t.method,
      formatNumber(t.skewBefore),
      formatNumber(t.kurtBefore),
      String(t.passBefore),
      String(t.winsorised),
      String(t.winsorisedKept),
      t.transform,
      formatNumber(t.lambda),
      formatNumber(t.skewAfter),
      formatNumber(t.kurtAfter),
      String(t.pass),
      String(t.capped),
      String(t.assessable),
    ]);
  }
  return out;
}

/**
 * `provenance.ndjson`: a header line (hash, spec id, seed) then one JSON object per labelled cell. `before` holds
 * records of what shaped the input before the pipeline (e.g. the look-back cells of `indexFromObservations`), listed first.
 */
export function provenanceNdjson(r: PipelineResult, before: readonly ProvenanceRecord[] = []): string {
  let out =
    JSON.stringify({
      contentHash: r.contentHash,
      methodology: { id: r.spec.id, version: r.spec.version },
      ...(r.seed !== undefined ? { seed: r.seed } : {}),
    }) + '\n';
  for (const p of before) out += JSON.stringify(p) + '\n';
  for (const p of r.provenance) out += JSON.stringify(p) + '\n';
  return out;
}

/** Findings, one JSON object per line. */
export const findingsNdjson = (r: PipelineResult): string =>
  r.findings.map((f) => JSON.stringify(f)).join('\n') + (r.findings.length ? '\n' : '');

/** `uncertainty.csv`: per unit the nominal rank and score, rank mean, median, 5 % and 95 % quantiles, score interval. */
export function uncertaintyCsv(u: UncertaintyResult): string {
  let out = csvLine([
    'uCode',
    'nominal_rank',
    'mean_rank',
    'median_rank',
    'q05_rank',
    'q95_rank',
    'nominal_score',
    'q05_score',
    'q95_score',
  ]);
  for (const r of u.units)
    out += csvLine([
      r.unit,
      formatNumber(r.nominalRank),
      formatNumber(r.meanRank),
      formatNumber(r.medianRank),
      formatNumber(r.q05Rank),
      formatNumber(r.q95Rank),
      formatNumber(r.nominalScore),
      formatNumber(r.q05Score),
      formatNumber(r.q95Score),
    ]);
  return out;
}

/** `sensitivity.csv`: per input first-order and total indices with 5–95 % bootstrap intervals. */
export function sensitivityCsv(s: SensitivityResult): string {
  let out = csvLine([
    'input',
    'first',
    'first_low',
    'first_high',
    'total',
    'total_low',
    'total_high',
    'non_convergent',
  ]);
  for (const i of s.indices)
    out += csvLine([
      i.input,
      formatNumber(i.first),
      formatNumber(i.firstLow),
      formatNumber(i.firstHigh),
      formatNumber(i.total),
      formatNumber(i.totalLow),
      formatNumber(i.totalHigh),
      String(i.nonConvergent),
    ]);
  return out;
}

/** Indicator statistics and flags as CSV (one row per indicator). */
export function statsCsv(stats: readonly IndicatorStats[]): string {
  let out = csvLine([
    'iCode',
    'min',
    'max',
    'mean',
    'median',
    'sd',
    'skew',
    'kurt',
    'n_available',
    'frac_available',
    'n_nonzero',
    'frac_nonzero',
    'n_unique',
    'frac_unique',
    'max_equal',
    'flag_availability',
    'flag_nonzero',
    'flag_unique',
    'flag_outliers',
  ]);
  for (const x of stats)
    out += csvLine([
      x.code,
      formatNumber(x.min),
      formatNumber(x.max),
      formatNumber(x.mean),
      formatNumber(x.median),
      formatNumber(x.sd),
      formatNumber(x.skew),
      formatNumber(x.kurt),
      String(x.nAvailable),
      formatNumber(x.fracAvailable),
      String(x.nNonzero),
      formatNumber(x.fracNonzero),
      String(x.nUnique),
      formatNumber(x.fracUnique),
      String(x.maxEqual),
      x.flags.lowAvailability ? 'LOW' : '',
      x.flags.lowNonzero ? 'LOW' : '',
      x.flags.lowUnique ? 'LOW' : '',
      x.flags.outliers ? 'OUT' : '',
    ]);
  return out;
}

/**
 * Correlations within each aggregate and with the parent, with p-values, significance and flags, as CSV; size-effect
 * flags (|r| > 0.6 with a denominator) follow as `denominator` rows.
 */
export function correlationsCsv(a: CorrelationAudit): string {
  let out = csvLine(['a', 'b', 'relation', 'r', 'n', 'p', 'insignificant', 'flag']);
  const flagOf = (x: string, y: string) =>
    a.flags.find(
      (f) =>
        (f.code === 'redundant_pair' && f.a === x && f.b === y) ||
        (f.code === 'weak_with_parent' && f.child === x && f.parent === y),
    )?.code ?? '';
  for (const c of a.withinGroups)
    out += csvLine([
      c.a,
      c.b,
      'siblings',
      formatNumber(c.r),
      String(c.n),
      formatNumber(c.p),
      String(c.insignificant),
      flagOf(c.a, c.b),
    ]);
  for (const c of a.withParents)
    out += csvLine([
      c.a,
      c.b,
      'parent',
      formatNumber(c.r),
      String(c.n),
      formatNumber(c.p),
      String(c.insignificant),
      flagOf(c.a, c.b),
    ]);
  for (const f of a.flags)
    if (f.code === 'size_effect')
      out += csvLine([f.indicator, f.denominator, 'denominator', formatNumber(f.r), '', '', '', f.code]);
  return out;
}

/** `screening.csv`: per unit the missing and zero counts, availability, non-zero share, inclusion and reason. */
export function screeningCsv(r: PipelineResult): string {
  let out = csvLine(['uCode', 'missing', 'zeros', 'availability', 'nonzero_share', 'included', 'reason']);
  for (const s of r.screening ?? [])
    out += csvLine([
      s.unit,
      String(s.missing),
      String(s.zeros),
      formatNumber(s.availability),
      formatNumber(s.nonzero),
      String(s.included),
      s.reason,
    ]);
  return out;
}
