import type { Collector } from './collector.js';
import { own } from './text-checks.js';
import type { CoverageRow } from './result.js';

type SeriesMeta = {
  area: string;
  indicator: string;
  dims: string;
  percent: boolean;
  breaks: Set<number> | undefined;
  count: number;
  /** Year → store index + 1, dense over [yBase, yBase + yIdx.length) (the key index of this series). */
  yBase: number;
  yIdx: Int32Array | undefined;
  /** Years outside a 512-year dense window. */
  yMap: Map<number, number> | undefined;
};

const WINDOW = 512;
/** Year steps below this are counted in an array. */
const SMALL_STEPS = 64;
const SHIFT = 15;
const BLOCK = 1 << SHIFT;
const MASK = BLOCK - 1;

/** k-th smallest of `a[0..n)` (Hoare quickselect, reorders `a`). */
function select(a: Float64Array, n: number, k: number): number {
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i++] = a[j]!;
        a[j--] = t;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k]!;
  }
  return a[k]!;
}

/** Median of `a[0..n)` (reorders `a`). */
export function median(a: Float64Array, n: number): number {
  const m = n >> 1;
  const hi = select(a, n, m);
  if (n % 2) return hi;
  let lo = -Infinity;
  for (let i = 0; i < m; i++) if (a[i]! > lo) lo = a[i]!;
  return (lo + hi) / 2;
}

/**
 * Collects observations while rows stream by — columnar, 28 bytes per observation, no per-series arrays —
 * then runs the series checks: robust year-on-year jumps (median/MAD z-score of per-year changes; a B
 * flag explains a jump), percent stored as fraction (per indicator) and the coverage matrix (gaps at the
 * indicator's usual year step).
 */
export class SeriesStore {
  private readonly ids = new Map<string, number>();
  private readonly meta: SeriesMeta[] = [];
  private n = 0;
  // Columns in fixed blocks: growing never copies (no transient double allocation at 1 M rows).
  private readonly sidB: Int32Array[] = [];
  private readonly yearB: Int32Array[] = [];
  private readonly valueB: Float64Array[] = [];
  private readonly lineB: Int32Array[] = [];
  private readonly colB: Int32Array[] = [];
  private readonly recB: Int32Array[] = [];
  private sidC: Int32Array = new Int32Array(0);
  private yearC: Int32Array = new Int32Array(0);
  private valueC: Float64Array = new Float64Array(0);
  private lineC: Int32Array = new Int32Array(0);
  private colC: Int32Array = new Int32Array(0);
  private recC: Int32Array = new Int32Array(0);
  private yearOf(i: number): number {
    return this.yearB[i >>> SHIFT]![i & MASK]!;
  }
  private valueOf(i: number): number {
    return this.valueB[i >>> SHIFT]![i & MASK]!;
  }
  private lineOf(i: number): number {
    return this.lineB[i >>> SHIFT]![i & MASK]!;
  }
  private colOf(i: number): number {
    return this.colB[i >>> SHIFT]![i & MASK]!;
  }
  private recOf(i: number): number {
    return this.recB[i >>> SHIFT]![i & MASK]!;
  }
  private sidOf(i: number): number {
    return this.sidB[i >>> SHIFT]![i & MASK]!;
  }
  private lastArea = '\u0000';
  private lastInd = '';
  private lastDims = '';
  private lastId = -1;

  /**
   * Adds an observation unless its (series, year) key was seen: then returns the store index of the first
   * occurrence (see {@link valueAt}, {@link lineAt}) and stores nothing. The per-series year table is the
   * key index of observation layouts: it stays in cache while a series' rows stream by.
   */
  add(area: string, indicator: string, dims: string, year: number, value: number, line: number, col: number, rec: number, isBreak: boolean, percent: boolean, keyed = true): number {
    let id = this.lastId;
    if (id < 0 || area !== this.lastArea || indicator !== this.lastInd || dims !== this.lastDims) {
      const key = `${area}\u0001${indicator}\u0001${dims}`;
      id = this.ids.get(key) ?? -1;
      if (id < 0) {
        id = this.meta.length;
        this.meta.push({ area: own(area), indicator: own(indicator), dims: own(dims), percent, breaks: undefined, count: 0, yBase: year, yIdx: undefined, yMap: undefined });
        this.ids.set(own(key), id);
      }
      this.lastId = id;
      this.lastArea = own(area);
      this.lastInd = own(indicator);
      this.lastDims = own(dims);
    }
    const m = this.meta[id]!;
    // key lookup
    let slot = -1;
    if (keyed && Number.isInteger(year)) {
      let off = year - m.yBase;
      if (off < 0 && off > -WINDOW && (m.yIdx?.length ?? 0) - off <= WINDOW) {
        // extend the window downwards
        const grown = new Int32Array((m.yIdx?.length ?? 0) - off);
        if (m.yIdx) grown.set(m.yIdx, -off);
        m.yIdx = grown;
        m.yBase = year;
        off = 0;
      }
      if (off >= 0 && off < WINDOW) {
        if (!m.yIdx || off >= m.yIdx.length) {
          const grown = new Int32Array(Math.min(WINDOW, Math.max(16, off + 1, (m.yIdx?.length ?? 0) * 2)));
          if (m.yIdx) grown.set(m.yIdx);
          m.yIdx = grown;
        }
        slot = off;
      }
    }
    if (slot >= 0) {
      const seen = m.yIdx![slot]!;
      if (seen) return seen - 1;
    } else if (keyed) {
      const seen = m.yMap?.get(year);
      if (seen !== undefined) return seen;
    }
    const i = this.n++;
    const o = i & MASK;
    if (o === 0) this.grow();
    this.sidC[o] = id;
    this.yearC[o] = year;
    this.valueC[o] = value;
    this.lineC[o] = line;
    this.colC[o] = col;
    this.recC[o] = rec;
    m.count++;
    if (slot >= 0) m.yIdx![slot] = i + 1;
    else if (keyed) (m.yMap ??= new Map()).set(year, i);
    if (isBreak) (m.breaks ??= new Set()).add(year);
    return -1;
  }

  valueAt(i: number): number {
    return this.valueOf(i);
  }
  lineAt(i: number): number {
    return this.lineOf(i);
  }
  recordAt(i: number): number {
    return this.recOf(i);
  }

  private grow(): void {
    this.sidB.push((this.sidC = new Int32Array(BLOCK)));
    this.yearB.push((this.yearC = new Int32Array(BLOCK)));
    this.valueB.push((this.valueC = new Float64Array(BLOCK)));
    this.lineB.push((this.lineC = new Int32Array(BLOCK)));
    this.colB.push((this.colC = new Int32Array(BLOCK)));
    this.recB.push((this.recC = new Int32Array(BLOCK)));
  }

  analyse(c: Collector, threshold: number): CoverageRow[] {
    const ns = this.meta.length;
    // counting sort of observations by series (stable: file order inside a series)
    const start = new Int32Array(ns + 1);
    for (let s = 0; s < ns; s++) start[s + 1] = start[s]! + this.meta[s]!.count;
    const fill = start.slice(0, ns);
    const order = new Int32Array(this.n);
    for (let i = 0; i < this.n; i++) order[fill[this.sidOf(i)]!++] = i;
    const years = new Int32Array(this.n);
    for (let i = 0; i < this.n; i++) years[i] = this.yearOf(i);
    // sort each series by year when needed
    for (let s = 0; s < ns; s++) {
      const a = start[s]!;
      const b = start[s + 1]!;
      let sorted = true;
      for (let k = a + 1; k < b; k++) if (years[order[k]!]! < years[order[k - 1]!]!) sorted = false;
      if (!sorted) order.subarray(a, b).sort((x, y) => years[x]! - years[y]!);
    }
    // per indicator: usual year step, percent maximum, coverage
    const byInd = new Map<string, number[]>();
    for (let s = 0; s < ns; s++) {
      const ind = this.meta[s]!.indicator;
      let l = byInd.get(ind);
      if (!l) byInd.set(ind, (l = []));
      l.push(s);
    }
    // scratch buffers of the jump check, grown for the longest series
    let rates = new Float64Array(128);
    let scratch = new Float64Array(128);
    const stepSmall = new Int32Array(SMALL_STEPS);
    const coverage: CoverageRow[] = [];
    for (const [indicator, list] of byInd) {
      // year steps: small ones counted in an array (one per consecutive pair of values), larger ones in a map
      stepSmall.fill(0);
      const stepCount = new Map<number, number>();
      let pctMax = -Infinity;
      let pctN = 0;
      let firstPct = -1;
      for (const s of list) {
        const a = start[s]!;
        const b = start[s + 1]!;
        for (let k = a + 1; k < b; k++) {
          const d = years[order[k]!]! - years[order[k - 1]!]!;
          if (d > 0 && d < SMALL_STEPS) stepSmall[d]!++;
          else if (d > 0) stepCount.set(d, (stepCount.get(d) ?? 0) + 1);
        }
        if (this.meta[s]!.percent)
          for (let k = a; k < b; k++) {
            const i = order[k]!;
            if (this.valueOf(i) > pctMax) pctMax = this.valueOf(i);
            pctN++;
            if (firstPct < 0 || i < firstPct) firstPct = i;
          }
      }
      let step = 1;
      let best = 0;
      for (let d = 1; d < SMALL_STEPS; d++) if (stepSmall[d]! > best) [step, best] = [d, stepSmall[d]!];
      for (const [d, n] of stepCount) if (n > best || (n === best && d < step)) [step, best] = [d, n];
      let minY = Infinity;
      let maxY = -Infinity;
      let values = 0;
      let gaps = 0;
      for (const s of list) {
        const a = start[s]!;
        const b = start[s + 1]!;
        values += b - a;
        if (b === a) continue;
        minY = Math.min(minY, years[order[a]!]!);
        maxY = Math.max(maxY, years[order[b - 1]!]!);
        const missing: number[] = [];
        let at = -1;
        for (let k = a + 1; k < b; k++) {
          const y0 = years[order[k - 1]!]!;
          const y1 = years[order[k]!]!;
          for (let y = y0 + step; y < y1; y += step) {
            missing.push(y);
            if (at < 0) at = order[k]!;
          }
        }
        if (missing.length) {
          gaps += missing.length;
          const m = this.meta[s]!;
          const i = at;
          c.add('ind/coverage-gap', () => ({
            line: this.lineOf(i),
            column: this.colOf(i),
            byteOffset: null,
            record: this.recOf(i),
            field: null,
            value: null,
            message: { code: 'coverage_gap', params: { area: m.area, indicator, years: missing.slice(0, 8).join(', '), count: missing.length, more: missing.length > 8 } },
            hint: null,
          }));
        }
        if (b - a >= 6) {
          if (rates.length < b - a) [rates, scratch] = [new Float64Array(2 * (b - a)), new Float64Array(2 * (b - a))];
          this.jumps(c, s, order, a, b, threshold, rates, scratch);
        }
      }
      if (pctN >= 3 && pctMax <= 1 && firstPct >= 0) {
        const i = firstPct;
        const max = pctMax;
        const n = pctN;
        c.add('ind/percent-as-fraction', () => ({
          line: this.lineOf(i),
          column: this.colOf(i),
          byteOffset: null,
          record: this.recOf(i),
          field: null,
          value: String(this.valueOf(i)),
          message: { code: 'percent_as_fraction', params: { indicator, count: n, max } },
          hint: { code: 'percent_as_fraction', params: {} },
        }));
      }
      coverage.push({ indicator, areas: new Set(list.map((s) => this.meta[s]!.area)).size, firstYear: minY, lastYear: maxY, values, gaps });
    }
    return coverage;
  }

  /** Robust year-on-year jumps of one series; `rates` and `tmp` are scratch buffers of at least b − a values. */
  private jumps(c: Collector, s: number, order: Int32Array, a: number, b: number, threshold: number, rates: Float64Array, tmp: Float64Array): void {
    const n = b - a - 1;
    const first = order[a]!;
    let y0 = this.yearOf(first);
    let v0 = this.valueOf(first);
    let lo = v0;
    let hi = v0;
    for (let k = 0; k < n; k++) {
      const i1 = order[a + k + 1]!;
      const y1 = this.yearOf(i1);
      const v1 = this.valueOf(i1);
      const dy = y1 - y0;
      const r = dy > 0 ? (v1 - v0) / dy : 0;
      rates[k] = r;
      tmp[k] = r;
      if (v1 < lo) lo = v1;
      if (v1 > hi) hi = v1;
      y0 = y1;
      v0 = v1;
    }
    const med = median(tmp, n);
    for (let k = 0; k < n; k++) tmp[k] = Math.abs(rates[k]! - med);
    let scale = median(tmp, n) / 0.6745;
    if (scale === 0) {
      let sum = 0;
      for (let k = 0; k < n; k++) sum += Math.abs(rates[k]! - med);
      scale = (sum / n) * 1.2533;
    }
    if (!(scale > 0)) return;
    // A jump must also be material: at least a quarter of the series range (S-curves of adoption
    // have uneven but ordinary steps).
    const material = (hi - lo) / 4;
    const breaks = this.meta[s]!.breaks;
    for (let k = 0; k < n; k++) {
      const z = (rates[k]! - med) / scale;
      if (Math.abs(z) <= threshold) continue;
      const p0 = order[a + k]!;
      const p1 = order[a + k + 1]!;
      const from = this.valueOf(p0);
      const to = this.valueOf(p1);
      if (Math.abs(to - from) < material) continue;
      const fromYear = this.yearOf(p0);
      const toYear = this.yearOf(p1);
      if (breaks?.has(toYear)) continue; // a break flag explains the jump
      c.add('ind/yoy-jump', () => ({
        line: this.lineOf(p1),
        column: this.colOf(p1),
        byteOffset: null,
        record: this.recOf(p1),
        field: null,
        value: String(to),
        message: { code: 'yoy_jump', params: { from, to, fromYear, toYear, z: z.toFixed(1) } },
        hint: { code: 'yoy_jump', params: {} },
      }));
    }
  }
}
