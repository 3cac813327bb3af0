import type { Collector } from './collector.js';
import { msg } from './messages.js';
import { own } from './text-checks.js';
import type { CoverageRow } from './validate.js';

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
  private sid: Int32Array = new Int32Array(1024);
  private year: Int32Array = new Int32Array(1024);
  private value: Float64Array = new Float64Array(1024);
  private line: Int32Array = new Int32Array(1024);
  private col: Int32Array = new Int32Array(1024);
  private rec: Int32Array = new Int32Array(1024);
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
    if (this.n === this.sid.length) this.grow();
    const i = this.n++;
    this.sid[i] = id;
    this.year[i] = year;
    this.value[i] = value;
    this.line[i] = line;
    this.col[i] = col;
    this.rec[i] = rec;
    m.count++;
    if (slot >= 0) m.yIdx![slot] = i + 1;
    else if (keyed) (m.yMap ??= new Map()).set(year, i);
    if (isBreak) (m.breaks ??= new Set()).add(year);
    return -1;
  }

  valueAt(i: number): number {
    return this.value[i]!;
  }
  lineAt(i: number): number {
    return this.line[i]!;
  }
  recordAt(i: number): number {
    return this.rec[i]!;
  }

  private grow(): void {
    const cap = this.sid.length * 2;
    const gi = (a: Int32Array): Int32Array => {
      const b = new Int32Array(cap);
      b.set(a);
      return b;
    };
    this.sid = gi(this.sid);
    this.year = gi(this.year);
    this.line = gi(this.line);
    this.col = gi(this.col);
    this.rec = gi(this.rec);
    const v = new Float64Array(cap);
    v.set(this.value);
    this.value = v;
  }

  analyse(c: Collector, threshold: number): CoverageRow[] {
    const ns = this.meta.length;
    // counting sort of observations by series (stable: file order inside a series)
    const start = new Int32Array(ns + 1);
    for (let s = 0; s < ns; s++) start[s + 1] = start[s]! + this.meta[s]!.count;
    const fill = start.slice(0, ns);
    const order = new Int32Array(this.n);
    for (let i = 0; i < this.n; i++) order[fill[this.sid[i]!]!++] = i;
    const years = this.year;
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
    const scratch = new Float64Array(64);
    const coverage: CoverageRow[] = [];
    for (const [indicator, list] of byInd) {
      const stepCount = new Map<number, number>();
      let pctMax = -Infinity;
      let pctN = 0;
      let firstPct = -1;
      for (const s of list) {
        const a = start[s]!;
        const b = start[s + 1]!;
        for (let k = a + 1; k < b; k++) {
          const d = years[order[k]!]! - years[order[k - 1]!]!;
          if (d > 0) stepCount.set(d, (stepCount.get(d) ?? 0) + 1);
        }
        if (this.meta[s]!.percent)
          for (let k = a; k < b; k++) {
            const i = order[k]!;
            if (this.value[i]! > pctMax) pctMax = this.value[i]!;
            pctN++;
            if (firstPct < 0 || i < firstPct) firstPct = i;
          }
      }
      let step = 1;
      let best = 0;
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
            line: this.line[i]!,
            column: this.col[i]!,
            byteOffset: null,
            record: this.rec[i]!,
            field: null,
            value: null,
            message: msg.coverageGap(m.area, indicator, missing),
            hint: null,
          }));
        }
        if (b - a >= 6) this.jumps(c, s, order, a, b, threshold, scratch.length >= b - a ? scratch : new Float64Array(b - a));
      }
      if (pctN >= 3 && pctMax <= 1 && firstPct >= 0) {
        const i = firstPct;
        const max = pctMax;
        const n = pctN;
        c.add('ind/percent-as-fraction', () => ({
          line: this.line[i]!,
          column: this.col[i]!,
          byteOffset: null,
          record: this.rec[i]!,
          field: null,
          value: String(this.value[i]),
          message: msg.percentAsFraction(indicator, n, max),
          hint: msg.percentAsFractionHint(),
        }));
      }
      coverage.push({ indicator, areas: new Set(list.map((s) => this.meta[s]!.area)).size, firstYear: minY, lastYear: maxY, values, gaps });
    }
    return coverage;
  }

  private jumps(c: Collector, s: number, order: Int32Array, a: number, b: number, threshold: number, tmp: Float64Array): void {
    const n = b - a - 1;
    const rates = new Float64Array(n);
    let lo = Infinity;
    let hi = -Infinity;
    for (let k = 0; k < n; k++) {
      const i0 = order[a + k]!;
      const i1 = order[a + k + 1]!;
      const dy = this.year[i1]! - this.year[i0]!;
      rates[k] = dy > 0 ? (this.value[i1]! - this.value[i0]!) / dy : 0;
    }
    for (let k = a; k < b; k++) {
      const v = this.value[order[k]!]!;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    tmp.set(rates);
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
      const i0 = order[a + k]!;
      const i1 = order[a + k + 1]!;
      const from = this.value[i0]!;
      const to = this.value[i1]!;
      if (Math.abs(to - from) < material) continue;
      const y0 = this.year[i0]!;
      const y1 = this.year[i1]!;
      if (breaks?.has(y1)) continue; // a break flag explains the jump
      c.add('ind/yoy-jump', () => ({
        line: this.line[i1]!,
        column: this.col[i1]!,
        byteOffset: null,
        record: this.rec[i1]!,
        field: null,
        value: String(to),
        message: msg.yoyJump(from, to, y0, y1, z),
        hint: msg.yoyJumpHint(),
      }));
    }
  }
}
