import type { MethodologySpec, PipelineStepName, Result } from '@dsc/domain';
import { err, ok } from '@dsc/domain';
import { contentHash } from './hash.js';
import type { PipelineOptions, PipelineResult } from './pipeline.js';
import { runCompiled } from './pipeline.js';
import { Recorder } from './recorder.js';
import { compileSpec } from './spec/index.js';
import { normaliseColumn } from './steps/normalise.js';
import type { IndexData, IndicatorError } from './types.js';

/**
 * Runs a methodology on a panel (one `IndexData` per time point). With `steps.normalise.scope: 'panel'` the
 * normaliser sees all years at once (min, max, mean, sd, ranks over the pooled values), so scores are comparable
 * over time; otherwise each year is normalised on its own. Steps before normalisation run per year; one content
 * hash covers the spec and every year.
 */
export function runPanel(
  spec: unknown,
  years: readonly IndexData[],
  options: PipelineOptions = {},
): Result<PipelineResult[], IndicatorError> {
  const c = compileSpec(spec);
  if (!c.ok) return c;
  const base = c.value;
  const order = base.order;
  const n = order.indexOf('normalise');
  const pooled = base.spec.steps.normalise?.scope === 'panel' && n >= 0;
  const hash = options.hash === false ? '' : contentHash({ spec: base.spec, data: years });
  if (!pooled) {
    const out: PipelineResult[] = [];
    for (const d of years) {
      const r = runCompiled(base, d, { ...options, hash: false });
      if (!r.ok) return r;
      out.push({ ...r.value, contentHash: hash });
    }
    return ok(out);
  }
  // pass 1: the steps before normalisation, per year
  const before: PipelineStepName[] = order.slice(0, n);
  const pre = compileSpec(
    { ...base.spec, steps: { ...base.spec.steps, order: before } } satisfies MethodologySpec,
    { trustedSchema: true },
  );
  if (!pre.ok) return pre;
  const firstPass: PipelineResult[] = [];
  for (const d of years) {
    const r = runCompiled(pre.value, d, { ...options, hash: false });
    if (!r.ok) return r;
    firstPass.push(r.value);
  }
  // pooled normalisation: each indicator's columns of every year, concatenated
  const rec = new Recorder(options.provenance ?? true);
  const normalised = firstPass.map(() => new Map<string, Float64Array>());
  for (const ind of base.indicators) {
    const cols = firstPass.map(
      (r) => r.stages.Aggregated.columns[r.stages.Aggregated.codes.indexOf(ind.code)]!,
    );
    const units = firstPass.flatMap((r, t) => r.units.map((u) => `${t}\u0000${u}`));
    const all = new Float64Array(units.length);
    let off = 0;
    for (const col of cols) {
      all.set(col, off);
      off += col.length;
    }
    const step = ind.normalise;
    const out = step ? normaliseColumn(all, step, ind.node, units, rec) : all;
    off = 0;
    cols.forEach((col, t) => {
      normalised[t]!.set(ind.code, out.slice(off, off + col.length));
      off += col.length;
    });
  }
  // pass 2: the steps after normalisation, per year, on the pooled scores
  const after = order.slice(n + 1);
  const post = compileSpec(
    { ...base.spec, steps: { ...base.spec.steps, order: after } } satisfies MethodologySpec,
    { trustedSchema: true },
  );
  if (!post.ok) return post;
  const results: PipelineResult[] = [];
  for (const [t, first] of firstPass.entries()) {
    const values = Object.fromEntries(
      base.indicators.map((i) => [
        i.code,
        Array.from(normalised[t]!.get(i.code)!, (v) => (Number.isNaN(v) ? null : v)),
      ]),
    );
    const time = years[t]!.time;
    const r = runCompiled(
      post.value,
      { units: first.units, values, ...(time !== undefined ? { time } : {}) },
      { ...options, hash: false },
    );
    if (!r.ok) return r;
    const normTable = {
      units: first.units,
      codes: base.indicators.map((i) => i.code),
      columns: base.indicators.map((i) => normalised[t]!.get(i.code)!),
    };
    if (!first.units.every((u, i) => r.value.units[i] === u))
      return err({ code: 'invalid_input', pointer: `/${t}`, message: 'units changed after normalisation' });
    results.push({
      ...r.value,
      spec: base.spec,
      contentHash: hash,
      stages: { ...first.stages, Normalised: normTable, Aggregated: r.value.stages.Aggregated },
      ...(first.screening ? { screening: first.screening } : {}),
      treatment: first.treatment,
      provenance: [
        ...first.provenance,
        ...rec.provenance
          .filter((p) => p.unit.startsWith(`${t}\u0000`))
          .map((p) => ({ ...p, unit: p.unit.slice(p.unit.indexOf('\u0000') + 1) })),
        ...r.value.provenance,
      ],
      findings: [...first.findings, ...rec.findings, ...r.value.findings],
    });
  }
  return ok(results);
}
