import type { MethodologySpec } from '@dsc/domain';
import type { IndexData } from '../src/types.js';

type Row = Record<string, number | null> & { readonly __unit?: never };

/**
 * A naive single-threaded reimplementation of one replication of the benchmark spec (denominate, group-mean
 * imputation, byNA screening, JRC treatment with logCT fallback, min-max [0, 100], weighted arithmetic mean), written
 * the direct way: rows as objects, a copy of the whole table after every step, statistics through
 * filter/map/reduce, the tree re-derived from the nodes on every call. It is the baseline of the benchmark and
 * a cross-check of the engine's numbers.
 */
export function naiveReplication(
  spec: MethodologySpec,
  data: IndexData,
  weights?: Readonly<Record<string, number>>,
): Record<string, Record<string, number | null>> {
  const inds = spec.nodes.filter((n) => n.type === 'indicator');
  let rows: { unit: string; group: string | null; v: Row }[] = data.units.map((unit, i) => ({
    unit,
    group: data.groups?.['Region']?.[i] ?? null,
    v: Object.fromEntries(inds.map((n) => [n.id, data.values[n.id]![i] ?? null])),
  }));
  const copy = () => (rows = JSON.parse(JSON.stringify(rows)) as typeof rows);
  // denominate
  copy();
  rows.forEach((r, i) => {
    for (const n of inds) {
      if (!n.denominator) continue;
      const d = data.denominators?.[n.denominator]?.[i] ?? null;
      const x = r.v[n.id] ?? null;
      r.v[n.id] = x === null || d === null || d === 0 ? null : x / d;
    }
  });
  // impute: group mean
  copy();
  for (const n of inds) {
    const groups = [...new Set(rows.map((r) => r.group))];
    for (const g of groups) {
      const vals = rows.filter((r) => r.group === g && r.v[n.id] !== null).map((r) => r.v[n.id]!);
      const m = vals.length ? vals.reduce((a, b) => a + b, 0) / vals.length : null;
      rows.filter((r) => r.group === g && r.v[n.id] === null).forEach((r) => (r.v[n.id] = m));
    }
  }
  // screen
  copy();
  rows = rows.filter((r) => inds.filter((n) => r.v[n.id] !== null).length / inds.length >= 0.9);
  // treat
  copy();
  const skew = (x: number[]) => {
    const n = x.length;
    const m = x.reduce((a, b) => a + b, 0) / n;
    const d = x.map((v) => v - m);
    const g =
      (Math.sqrt(n) * d.reduce((a, b) => a + b ** 3, 0)) /
      Math.pow(
        d.reduce((a, b) => a + b ** 2, 0),
        1.5,
      );
    return (g * Math.sqrt(n * (n - 1))) / (n - 2);
  };
  const kurt = (x: number[]) => {
    const n = x.length;
    const m = x.reduce((a, b) => a + b, 0) / n;
    const d = x.map((v) => v - m);
    const r = (n * d.reduce((a, b) => a + b ** 4, 0)) / d.reduce((a, b) => a + b ** 2, 0) ** 2;
    return (((n + 1) * (r - 3) + 6) * (n - 1)) / ((n - 2) * (n - 3));
  };
  const passes = (x: number[]) => Math.abs(skew(x)) < 2 || kurt(x) < 3.5;
  for (const n of inds) {
    const orig = rows.map((r) => r.v[n.id]!);
    if (passes(orig)) continue;
    let x = [...orig];
    let nwin = 0;
    const moved = new Set<number>();
    while (!passes(x) && nwin < 5) {
      const hi = skew(x) >= 0;
      const ext = hi ? Math.max(...x) : Math.min(...x);
      const others = x.filter((v) => v !== ext);
      if (others.length === 0) break;
      const to = hi ? Math.max(...others) : Math.min(...others);
      x = x.map((v, i) => {
        if (v !== ext) return v;
        moved.add(i);
        return to;
      });
      nwin = moved.size;
    }
    if (!passes(x)) {
      const lo = Math.min(...orig);
      const a = 0.01 * (Math.max(...orig) - lo);
      x = orig.map((v) => Math.log(v - lo + a));
    }
    rows.forEach((r, i) => (r.v[n.id] = x[i]!));
  }
  // normalise
  copy();
  for (const n of inds) {
    const x = rows.map((r) => (n.direction ?? 1) * r.v[n.id]!);
    const lo = Math.min(...x);
    const hi = Math.max(...x);
    rows.forEach((r, i) => (r.v[n.id] = ((x[i]! - lo) / (hi - lo)) * 100));
  }
  // aggregate
  copy();
  const aggs = spec.nodes.filter((n) => n.type === 'aggregate').sort((a, b) => a.level - b.level);
  for (const a of aggs) {
    const kids = spec.nodes.filter((n) => n.parent === a.id);
    for (const r of rows) {
      const obs = kids.filter((k) => r.v[k.id] !== null && r.v[k.id] !== undefined);
      const w = obs.map((k) => weights?.[k.id] ?? k.weight ?? 1);
      r.v[a.id] = obs.length
        ? obs.reduce((s, k, i) => s + w[i]! * r.v[k.id]!, 0) / w.reduce((s, x) => s + x, 0)
        : null;
    }
  }
  return Object.fromEntries(rows.map((r) => [r.unit, r.v]));
}
