import { trend } from '../results.js';

/** Change of a series between its first and last observation within a window. */
export type SeriesTrend<P> = {
  readonly first: P;
  readonly last: P;
  /** Compound annual growth rate, percent per year; null when not defined (first value ≤ 0, negative last value). */
  readonly cagr: number | null;
};

/**
 * The trend of one series (any order): its last observation, the first one within `window` years before it, and the
 * compound annual growth rate between them (`trend`, method `cagr`, in percent). `undefined` when the window holds
 * a single year.
 */
export function seriesTrend<P extends { readonly year: number; readonly value: number }>(
  series: readonly P[],
  window = 10,
): SeriesTrend<P> | undefined {
  const sorted = [...series].sort((a, b) => a.year - b.year);
  const last = sorted.at(-1);
  if (!last) return undefined;
  const first = sorted.find((o) => o.year > last.year - window);
  if (!first || first.year === last.year) return undefined;
  const r = trend(
    [first, last].map((o) => ({ time: o.year, value: o.value })),
    { method: 'cagr' },
  );
  const cagr = r.ok && Number.isFinite(r.value) ? r.value * 100 : null;
  return { first, last, cagr };
}

/** Mean of the peers' values (peers without a value do not count); null when no peer has one. */
export function peerMean(
  values: ReadonlyMap<string, number | null>,
  peers: readonly string[],
): { readonly mean: number; readonly n: number } | null {
  let s = 0;
  let n = 0;
  for (const p of peers) {
    const v = values.get(p);
    if (v === undefined || v === null || Number.isNaN(v)) continue;
    s += v;
    n++;
  }
  return n === 0 ? null : { mean: s / n, n };
}
