import type { Collector } from './collector.js';
import { msg } from './messages.js';
import { own } from './text-checks.js';
import type { CoverageRow } from './validate.js';

/** One country × indicator (× dimensions) series, stored compactly (24 bytes per observation). */
class Series {
  n = 0;
  years: Int32Array = new Int32Array(8);
  values: Float64Array = new Float64Array(8);
  lines: Int32Array = new Int32Array(8);
  cols: Int32Array = new Int32Array(8);
  recs: Int32Array = new Int32Array(8);
  breaks: number[] | undefined;
  constructor(
    readonly area: string,
    readonly indicator: string,
    readonly dims: string,
    readonly percent: boolean,
  ) {}

  push(year: number, value: number, line: number, col: number, rec: number): void {
    if (this.n === this.years.length) {
      const cap = this.n * 2;
      const gi = (a: Int32Array): Int32Array => {
        const b = new Int32Array(cap);
        b.set(a);
        return b;
      };
      this.years = gi(this.years);
      this.lines = gi(this.lines);
      this.cols = gi(this.cols);
      this.recs = gi(this.recs);
      const v = new Float64Array(cap);
      v.set(this.values);
      this.values = v;
    }
    const i = this.n++;
    this.years[i] = year;
    this.values[i] = value;
    this.lines[i] = line;
    this.cols[i] = col;
    this.recs[i] = rec;
  }
}

const median = (a: number[]): number => {
  const s = Float64Array.from(a).sort();
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/**
 * Collects series while rows stream by, then runs the series checks: robust year-on-year jumps
 * (median/MAD z-score of per-year changes, a B flag explains a jump), percent stored as fraction
 * (per indicator), and the coverage matrix (gaps at the indicator's usual year step).
 */
export class SeriesStore {
  private readonly map = new Map<string, Series>();
  private last: Series | undefined;

  add(area: string, indicator: string, dims: string, year: number, value: number, line: number, col: number, rec: number, isBreak: boolean, percent: boolean): void {
    let s = this.last;
    if (!s || s.area !== area || s.indicator !== indicator || s.dims !== dims) {
      const key = `${area}\u0001${indicator}\u0001${dims}`;
      s = this.map.get(key);
      if (!s) {
        s = new Series(own(area), own(indicator), own(dims), percent);
        this.map.set(own(key), s);
      }
      this.last = s;
    }
    s.push(year, value, line, col, rec);
    if (isBreak) (s.breaks ??= []).push(year);
  }

  analyse(c: Collector, file: string, threshold: number): CoverageRow[] {
    const byIndicator = new Map<string, Series[]>();
    for (const s of this.map.values()) {
      let l = byIndicator.get(s.indicator);
      if (!l) byIndicator.set(s.indicator, (l = []));
      l.push(s);
    }
    const coverage: CoverageRow[] = [];
    for (const [indicator, list] of byIndicator) {
      // usual step between years of this indicator (biennial surveys are not gaps)
      const stepCount = new Map<number, number>();
      let pctMax = -Infinity;
      let pctN = 0;
      let first: { s: Series; i: number } | undefined;
      let minY = Infinity;
      let maxY = -Infinity;
      let values = 0;
      let gaps = 0;
      const sorted = list.map((s) => {
        const order = Array.from({ length: s.n }, (_, i) => i);
        let sortedAlready = true;
        for (let k = 1; k < s.n; k++) if (s.years[k]! < s.years[k - 1]!) sortedAlready = false;
        if (!sortedAlready) order.sort((a, b) => s.years[a]! - s.years[b]!);
        for (let k = 1; k < order.length; k++) {
          const d = s.years[order[k]!]! - s.years[order[k - 1]!]!;
          if (d > 0) stepCount.set(d, (stepCount.get(d) ?? 0) + 1);
        }
        if (s.percent)
          for (let i = 0; i < s.n; i++) {
            pctMax = Math.max(pctMax, s.values[i]!);
            pctN++;
            first ??= { s, i };
          }
        return { s, order };
      });
      let step = 1;
      let best = 0;
      for (const [d, n] of stepCount) if (n > best || (n === best && d < step)) [step, best] = [d, n];
      for (const { s, order } of sorted) {
        values += s.n;
        if (!order.length) continue;
        const y0 = s.years[order[0]!]!;
        const y1 = s.years[order[order.length - 1]!]!;
        minY = Math.min(minY, y0);
        maxY = Math.max(maxY, y1);
        // coverage gaps
        const missing: number[] = [];
        for (let k = 1; k < order.length; k++) {
          const a = s.years[order[k - 1]!]!;
          const b = s.years[order[k]!]!;
          for (let y = a + step; y < b; y += step) missing.push(y);
        }
        if (missing.length) {
          gaps += missing.length;
          const at = order.find((i) => s.years[i]! > missing[0]!) ?? order[0]!;
          c.add('ind/coverage-gap', () => ({
            line: s.lines[at]!,
            column: s.cols[at]!,
            byteOffset: null,
            record: s.recs[at]!,
            field: null,
            value: null,
            message: msg.coverageGap(s.area, indicator, missing),
            hint: null,
          }));
        }
        this.jumps(c, s, order, threshold);
      }
      if (pctN >= 3 && pctMax <= 1 && first) {
        const f = first;
        c.add('ind/percent-as-fraction', () => ({
          line: f.s.lines[f.i]!,
          column: f.s.cols[f.i]!,
          byteOffset: null,
          record: f.s.recs[f.i]!,
          field: null,
          value: String(f.s.values[f.i]),
          message: msg.percentAsFraction(indicator, pctN, pctMax),
          hint: msg.percentAsFractionHint(),
        }));
      }
      coverage.push({ indicator, areas: new Set(list.map((s) => s.area)).size, firstYear: minY, lastYear: maxY, values, gaps });
    }
    void file;
    return coverage;
  }

  private jumps(c: Collector, s: Series, order: number[], threshold: number): void {
    if (order.length < 6) return;
    const rates: number[] = [];
    for (let k = 1; k < order.length; k++) {
      const a = order[k - 1]!;
      const b = order[k]!;
      const dy = s.years[b]! - s.years[a]!;
      rates.push(dy > 0 ? (s.values[b]! - s.values[a]!) / dy : 0);
    }
    const med = median(rates);
    const dev = rates.map((r) => Math.abs(r - med));
    let scale = median(dev) / 0.6745;
    if (scale === 0) {
      const mean = dev.reduce((x, y) => x + y, 0) / dev.length;
      scale = mean * 1.2533;
    }
    if (!(scale > 0)) return;
    let lo = Infinity;
    let hi = -Infinity;
    for (const i of order) {
      lo = Math.min(lo, s.values[i]!);
      hi = Math.max(hi, s.values[i]!);
    }
    // A jump must also be material: at least a quarter of the series range (S-curves of adoption
    // have uneven but ordinary steps).
    const material = (hi - lo) / 4;
    for (let k = 0; k < rates.length; k++) {
      const z = (rates[k]! - med) / scale;
      if (Math.abs(z) <= threshold) continue;
      const a = order[k]!;
      const b = order[k + 1]!;
      if (Math.abs(s.values[b]! - s.values[a]!) < material) continue;
      if (s.breaks?.includes(s.years[b]!)) continue; // a break flag explains the jump
      const from = s.values[a]!;
      const to = s.values[b]!;
      c.add('ind/yoy-jump', () => ({
        line: s.lines[b]!,
        column: s.cols[b]!,
        byteOffset: null,
        record: s.recs[b]!,
        field: null,
        value: String(to),
        message: msg.yoyJump(from, to, s.years[a]!, s.years[b]!, z),
        hint: msg.yoyJumpHint(),
      }));
    }
  }
}
