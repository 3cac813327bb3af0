import type { Collector } from './collector.js';
import { own } from './text-checks.js';
import type { CoverageRow } from './result.js';
import { SeriesScratch, median } from './series-stats.js';

type SeriesMeta = {
  area: string;
  indicator: string;
  dims: string;
  percent: boolean;
  breaks: Set<number> | undefined;
  count: number;
  /** Store index of the first observation (the whole series when the store is not `scattered`). */
  first: number;
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

/**
 * Collects observations while rows stream by — columnar, 20 bytes per observation in a file sorted by series
 * (28 at most), no per-series arrays —
 * then runs the series checks one series at a time: robust year-on-year jumps (median/MAD z-score of per-year changes; a B
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
    return this.recExplicit ? this.recB[i >>> SHIFT]![i & MASK]! : this.lineOf(i) - this.recDelta;
  }
  private sidOf(i: number): number {
    return this.sidB[i >>> SHIFT]![i & MASK]!;
  }
  private lastArea = '\u0000';
  private lastInd = '';
  private lastDims = '';
  private lastId = -1;
  /**
   * Some series is not one run of consecutive observations: the series of each observation is then stored (the
   * `sid` column, filled in for the earlier ones) and the analysis indexes the store by series. While every
   * series is one run, the runs (`first`, `count`) say it.
   */
  private scattered = false;
  /**
   * Records are stored once their number is not the line minus a constant (records spanning lines, skipped
   * comment lines): until then `record = line − recDelta` and the `rec` column is not kept.
   */
  private recExplicit = false;
  private recDelta = 0;

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
        this.meta.push({ area: own(area), indicator: own(indicator), dims: own(dims), percent, breaks: undefined, count: 0, first: 0, yBase: year, yIdx: undefined, yMap: undefined });
        this.ids.set(own(key), id);
      } else if (id !== this.lastId && !this.scattered) this.scatter(); // back to a series met before: not one run
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
    if (i === 0) this.recDelta = line - rec;
    else if (!this.recExplicit && line - rec !== this.recDelta) this.explicitRecords();
    if (this.scattered) this.sidC[o] = id;
    this.yearC[o] = year;
    this.valueC[o] = value;
    this.lineC[o] = line;
    this.colC[o] = col;
    if (this.recExplicit) this.recC[o] = rec;
    if (m.count++ === 0) m.first = i;
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
    if (this.scattered) this.sidB.push((this.sidC = new Int32Array(BLOCK)));
    this.yearB.push((this.yearC = new Int32Array(BLOCK)));
    this.valueB.push((this.valueC = new Float64Array(BLOCK)));
    this.lineB.push((this.lineC = new Int32Array(BLOCK)));
    this.colB.push((this.colC = new Int32Array(BLOCK)));
    if (this.recExplicit) this.recB.push((this.recC = new Int32Array(BLOCK)));
  }

  /** Starts the `sid` column: the series of the observations so far, from their runs. */
  private scatter(): void {
    this.scattered = true;
    for (let b = 0; b < this.yearB.length; b++) this.sidB.push(new Int32Array(BLOCK));
    this.sidC = this.sidB[this.sidB.length - 1] ?? this.sidC;
    for (let s = 0; s < this.meta.length; s++) {
      const m = this.meta[s]!;
      for (let i = m.first; i < m.first + m.count; i++) this.sidB[i >>> SHIFT]![i & MASK] = s;
    }
  }

  /** Starts the `rec` column: the records of the observations so far, from their lines. */
  private explicitRecords(): void {
    for (let b = 0; b < this.lineB.length; b++) this.recB.push(new Int32Array(BLOCK));
    this.recC = this.recB[this.recB.length - 1] ?? this.recC;
    for (let i = 0; i < this.n - 1; i++) this.recB[i >>> SHIFT]![i & MASK] = this.lineOf(i) - this.recDelta;
    this.recExplicit = true;
  }

  /**
   * Copies series `s` into `b` in year order (file order among equal years) and returns its length. Without
   * `order` every series is one run of the store (the usual sorted file); with it, `order[start[s]..]` lists the
   * store indexes of the series in file order.
   */
  private load(s: number, order: Int32Array | undefined, start: Int32Array | undefined, b: SeriesScratch): number {
    const m = this.meta[s]!;
    const n = m.count;
    b.fit(n);
    const { years, values, index } = b;
    const from = order ? start![s]! : m.first;
    let sorted = true;
    for (let k = 0; k < n; k++) {
      const i = order ? order[from + k]! : from + k;
      const y = this.yearOf(i);
      years[k] = y;
      values[k] = this.valueOf(i);
      index[k] = i;
      if (k > 0 && y < years[k - 1]!) sorted = false;
    }
    if (!sorted) {
      const byYear = Array.from(index.subarray(0, n)).sort((x, y) => this.yearOf(x) - this.yearOf(y) || x - y);
      for (let k = 0; k < n; k++) {
        const i = byYear[k]!;
        years[k] = this.yearOf(i);
        values[k] = this.valueOf(i);
        index[k] = i;
      }
    }
    return n;
  }

  analyse(c: Collector, threshold: number): CoverageRow[] {
    const ns = this.meta.length;
    // series interleaved in the file: counting sort of the store by series (stable: file order inside a series)
    let order: Int32Array | undefined;
    let start: Int32Array | undefined;
    if (this.scattered) {
      start = new Int32Array(ns + 1);
      for (let s = 0; s < ns; s++) start[s + 1] = start[s]! + this.meta[s]!.count;
      const fill = start.slice(0, ns);
      order = new Int32Array(this.n);
      for (let i = 0; i < this.n; i++) order[fill[this.sidOf(i)]!++] = i;
    }
    // per indicator: usual year step, percent maximum, coverage
    const byInd = new Map<string, number[]>();
    for (let s = 0; s < ns; s++) {
      const ind = this.meta[s]!.indicator;
      let l = byInd.get(ind);
      if (!l) byInd.set(ind, (l = []));
      l.push(s);
    }
    const b = new SeriesScratch();
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
        const n = this.load(s, order, start, b);
        const { years, values, index } = b;
        for (let k = 1; k < n; k++) {
          const d = years[k]! - years[k - 1]!;
          if (d > 0 && d < SMALL_STEPS) stepSmall[d]!++;
          else if (d > 0) stepCount.set(d, (stepCount.get(d) ?? 0) + 1);
        }
        if (this.meta[s]!.percent)
          for (let k = 0; k < n; k++) {
            const i = index[k]!;
            if (values[k]! > pctMax) pctMax = values[k]!;
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
        const n = this.load(s, order, start, b);
        values += n;
        if (n === 0) continue;
        const { years, index } = b;
        minY = Math.min(minY, years[0]!);
        maxY = Math.max(maxY, years[n - 1]!);
        const missing: number[] = [];
        let at = -1;
        for (let k = 1; k < n; k++) {
          const y0 = years[k - 1]!;
          const y1 = years[k]!;
          for (let y = y0 + step; y < y1; y += step) {
            missing.push(y);
            if (at < 0) at = index[k]!;
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
        if (n >= 6) this.jumps(c, s, n, threshold, b);
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

  /** Robust year-on-year jumps of series `s`, loaded in `b` (n values in year order). */
  private jumps(c: Collector, s: number, count: number, threshold: number, b: SeriesScratch): void {
    const { years, values, index, rates, tmp } = b;
    const n = count - 1;
    let lo = values[0]!;
    let hi = lo;
    for (let k = 0; k < n; k++) {
      const v1 = values[k + 1]!;
      const dy = years[k + 1]! - years[k]!;
      const r = dy > 0 ? (v1 - values[k]!) / dy : 0;
      rates[k] = r;
      tmp[k] = r;
      if (v1 < lo) lo = v1;
      if (v1 > hi) hi = v1;
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
      const from = values[k]!;
      const to = values[k + 1]!;
      if (Math.abs(to - from) < material) continue;
      const fromYear = years[k]!;
      const toYear = years[k + 1]!;
      if (breaks?.has(toYear)) continue; // a break flag explains the jump
      const p1 = index[k + 1]!;
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
