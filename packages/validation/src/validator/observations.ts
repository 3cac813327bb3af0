import { AreaChecker } from '../area-codes.js';
import type { Collector } from '../collector.js';
import { KeyHasher, numberHash } from '../key-index.js';
import type { CoverageRow } from '../result.js';
import type { ValidateOptions } from '../options.js';
import { SeriesStore } from '../series.js';
import { escapeValue, own } from '../text-checks.js';
import type { Row } from './cells.js';
import { STATE_OK, cellFinding } from './cells.js';
import type { Columns } from './columns.js';

/** The indicator rule pack: area, indicator and status codes, value ranges by unit, duplicates and series. */

const OBS_STATUS = new Set(['A', 'B', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'L', 'M', 'N', 'O', 'P', 'Q', 'S', 'U', 'V']);
const SDG_NATURE = new Set(['C', 'CA', 'E', 'G', 'M', 'N']);
const SDMX_ACTIONS = new Set(['I', 'A', 'R', 'D']);

type UnitClass = 'percent' | 'per100' | 'index01' | 'nonneg' | 'signed' | 'unknown';

function classifyUnit(unit: string): UnitClass {
  const u = unit.toLowerCase();
  if (!u) return 'unknown';
  if (/growth|change|annual %|balance|net |deflator|inflation|difference/.test(u)) return 'signed';
  if (/per\s*100(?![\d,. ]*\d)(\s|$|\s*(people|inhabitants|persons|population))/.test(u)) return 'per100';
  if (u.includes('%') || /\bpercent/.test(u)) return 'percent';
  if (/index\s*\(?0\s*[-–]\s*1\)?|\b0\s*[-–]\s*1\s*(index|scale)/.test(u)) return 'index01';
  if (/\b(rank|persons|people|population|number|count|us\$|usd|\$|per 1[ ,.]?000|per 1 million|subscriptions|km|tonnes|years)\b|\$/.test(u)) return 'nonneg';
  return 'unknown';
}

/** Unit class from an indicator code when the file has no unit (WDI conventions: .ZS percent, .P2 per 100). */
function classifyCode(code: string): UnitClass {
  if (/\.ZS$/.test(code)) return 'percent';
  if (/\.P2$/.test(code)) return 'per100';
  return 'unknown';
}
/** One observation of the current row (a WDI wide row has one per year column): one object, reused. */
type Observation = {
  area: string;
  indicator: string;
  /** The dimension values joined (part of the key). */
  dims: string;
  year: number;
  timeText: string;
  timeCol: number;
  valueCol: number;
  value: number;
  unitClass: UnitClass;
  unit: string;
  status: string;
};

export class ObservationRules {
  /** Observations checked (a wide row counts once per year with a value). */
  observations = 0;
  private readonly areas: AreaChecker;
  private readonly refYear: number;
  private readonly hasher = new KeyHasher();
  private readonly series = new SeriesStore();
  private readonly unitCache = new Map<string, UnitClass>();
  private readonly codeCache = new Map<string, UnitClass>();
  private readonly indicatorSeen = new Map<string, boolean>();
  private readonly obs: Observation = { area: '', indicator: '', dims: '', year: NaN, timeText: '', timeCol: -1, valueCol: -1, value: NaN, unitClass: 'unknown', unit: '', status: '' };
  private lastArea = '\u0000';
  private lastVerdict: ReturnType<AreaChecker['check']> = { kind: 'ok' };
  private lastUnit = '\u0000';
  private lastUnitClass: UnitClass = 'unknown';

  constructor(
    private readonly k: Columns,
    private readonly row: Row,
    private readonly o: ValidateOptions,
    private readonly c: Collector,
    private readonly file: string,
  ) {
    this.areas = new AreaChecker(o.aggregates ?? [], k.plan.m49);
    this.refYear = o.referenceYear ?? new Date().getUTCFullYear();
  }

  /** Checks the indicator rules of the current row and records its observations. */
  observe(): void {
    const c = this.c;
    const row = this.row;
    const st = row.state;
    const strs = row.strs;
    const roles = this.k.roles;
    const ac = roles.area;
    if (ac >= 0 && st[ac] === STATE_OK) {
      const code = strs[ac]!;
      // rows of one country usually come together: skip the cache lookup for a repeated code
      let v = this.lastVerdict;
      if (code !== this.lastArea) {
        v = this.areas.check(code);
        this.lastArea = own(code);
        this.lastVerdict = v;
      }
      if (v.kind !== 'ok' && v.kind !== 'aggregate') this.areaFinding(ac, code, v);
    }
    const ic = roles.indicator;
    let indicator = '';
    if (ic >= 0 && st[ic] === STATE_OK) {
      indicator = strs[ic]!;
      const cat = this.o.catalogue;
      if (cat) {
        let known = this.indicatorSeen.get(indicator);
        if (known === undefined) {
          known = cat.codes.has(indicator);
          this.indicatorSeen.set(own(indicator), known);
        }
        if (!known) c.add('ind/unknown-indicator', () => cellFinding(this.row, ic, { code: 'unknown_indicator', params: { code: indicator } }, { code: 'unknown_indicator', params: {} }));
      }
    }
    let status = '';
    const sc = roles.status;
    if (sc >= 0 && st[sc] === STATE_OK) {
      status = strs[sc]!;
      if (status !== '' && !OBS_STATUS.has(status)) c.add('ind/obs-status', () => cellFinding(this.row, sc, { code: 'obs_status', params: { code: status } }, { code: 'obs_status', params: {} }));
    }
    const nc = roles.nature;
    if (nc >= 0 && st[nc] === STATE_OK) {
      const nat = strs[nc]!;
      if (nat !== '' && !SDG_NATURE.has(nat)) c.add('sdg/nature', () => cellFinding(this.row, nc, { code: 'nature', params: { code: nat } }, { code: 'nature', params: {} }));
    }
    let deleted = false;
    const xc = roles.action;
    if (xc >= 0 && st[xc] === STATE_OK) {
      const a = strs[xc]!;
      if (a !== '' && !SDMX_ACTIONS.has(a)) c.add('sdmx/action', () => cellFinding(this.row, xc, { code: 'action', params: { code: a } }, { code: 'action', params: {} }));
      deleted = a === 'D';
    }
    if (deleted) return;
    // unit class: unit column, else catalogue unit, else code convention
    let unitClass: UnitClass = 'unknown';
    let unit = '';
    const uc = roles.unit;
    if (uc >= 0 && st[uc] === STATE_OK) {
      unit = strs[uc]!;
      if (unit === this.lastUnit) unitClass = this.lastUnitClass;
      else {
        let k = this.unitCache.get(unit);
        if (k === undefined) this.unitCache.set(own(unit), (k = classifyUnit(unit)));
        unitClass = k;
        this.lastUnit = own(unit);
        this.lastUnitClass = k;
      }
    } else if (indicator) {
      let k = this.codeCache.get(indicator);
      if (k === undefined) {
        const cu = this.o.catalogue?.units?.get(indicator);
        k = cu ? classifyUnit(cu) : classifyCode(indicator);
        unit = cu ?? '';
        this.codeCache.set(own(indicator), k);
      }
      unitClass = k;
    }
    const areaKey = ac >= 0 ? strs[ac]! : '';
    let dims = '';
    for (const d of this.k.dimCols) dims += strs[d] + '\u0001';
    const obs = this.obs;
    obs.area = areaKey;
    obs.indicator = indicator;
    obs.dims = dims;
    obs.unitClass = unitClass;
    obs.unit = unit;
    obs.status = status;
    if (this.k.plan.layout === 'wdi-wide') {
      for (const wc of this.k.wideCols) {
        if (st[wc] !== STATE_OK) continue;
        obs.year = this.k.cols[wc]!.plan.wideYear!;
        obs.timeText = '';
        obs.timeCol = -1;
        obs.valueCol = wc;
        obs.value = row.nums[wc]!;
        this.observation(obs);
      }
      return;
    }
    const tc = roles.time;
    let year = NaN;
    if (tc >= 0 && st[tc] === STATE_OK) {
      const t = strs[tc]!;
      if (this.k.cols[tc]!.type === 'year' || this.k.cols[tc]!.type === 'integer') year = row.nums[tc]!;
      else {
        const m = /^(\d{4})(?:$|[-/ ])/.exec(t);
        if (m) year = Number(m[1]);
        else c.add('schema/type-error', () => cellFinding(this.row, tc, { code: 'type_error', params: { type: 'time_period', value: t } }, { code: 'time_period', params: {} }, { expected: 'time_period' }));
      }
    }
    const vc = roles.value;
    if (vc < 0 || st[vc] !== STATE_OK || Number.isNaN(year)) return;
    obs.year = year;
    obs.timeText = strs[tc]!;
    obs.timeCol = tc;
    obs.valueCol = vc;
    obs.value = row.nums[vc]!;
    this.observation(obs);
  }

  private areaFinding(ac: number, code: string, v: Exclude<ReturnType<AreaChecker['check']>, { kind: 'ok' } | { kind: 'aggregate' }>): void {
    switch (v.kind) {
      case 'invisible':
        this.c.add('enc/invisible-char', () => cellFinding(this.row, ac, { code: 'invisible', params: { char: escapeValue(code.charAt(v.at)) } }, { code: 'invisible', params: {} }, undefined, v.at));
        return;
      case 'mixed-script':
        this.c.add('enc/mixed-script', () => cellFinding(this.row, ac, { code: 'mixed_script', params: { latin: v.latin } }, { code: 'mixed_script', params: { latin: v.latin } }, undefined, v.at));
        return;
      case 'wb-code':
        this.c.add('ind/wb-code', () => cellFinding(this.row, ac, { code: 'wb_code', params: { code } }, { code: 'wb_code', params: {} }));
        return;
      case 'bad':
        this.c.add(v.rule, () => cellFinding(this.row, ac, v.rule === 'sdg/m49-code' ? { code: 'm49_code', params: { code } } : { code: 'country_code', params: { code } }, v.hint(), { expected: v.expected }));
        return;
    }
  }

  private observation(obs: Observation): void {
    const { area, indicator, dims, year, timeText, timeCol: tc, valueCol: vc, value, unitClass, unit, status } = obs;
    const rec = this.row.rec;
    this.observations++;
    const c = this.c;
    if (year > this.refYear && status !== 'F') {
      const col = tc >= 0 ? tc : vc;
      c.add('ind/future-year', () => cellFinding(this.row, col, { code: 'future_year', params: { year, reference: this.refYear } }, { code: 'future_year', params: {} }, { expected: `≤ ${this.refYear}` }));
    }
    switch (unitClass) {
      case 'percent':
        if (value < 0 || value > 100) c.add('ind/percent-range', () => cellFinding(this.row, vc, { code: 'percent_range', params: { value } }, { code: 'range', params: {} }, { expected: '0–100' }));
        break;
      case 'per100':
        if (value < 0 || value > 250) c.add('ind/per100-range', () => cellFinding(this.row, vc, { code: 'per100_range', params: { value } }, { code: 'range', params: {} }, { expected: '0–250' }));
        else if (value > 180) c.add('ind/per100-high', () => cellFinding(this.row, vc, { code: 'per100_high', params: { value } }, { code: 'range', params: {} }, { expected: '≤ 180' }));
        break;
      case 'index01':
        if (value < 0 || value > 1) c.add('ind/index-range', () => cellFinding(this.row, vc, { code: 'index_range', params: { value } }, { code: 'range', params: {} }, { expected: '0–1' }));
        break;
      case 'nonneg':
        if (value < 0) c.add('ind/negative-value', () => cellFinding(this.row, vc, { code: 'negative', params: { value, unit } }, { code: 'range', params: {} }, { expected: '≥ 0' }));
        break;
      case 'signed':
      case 'unknown':
        break;
    }
    if (!this.k.keepObservations) return;
    if (this.k.obsIndex) {
      // time periods that are not plain years (SDMX 2021-Q1…): a fingerprint index on the full key
      const h = this.hasher;
      h.reset();
      h.add(area);
      h.add(indicator);
      h.add(dims);
      h.add(timeText);
      const vh = numberHash(value);
      const first = this.k.obsIndex.add(h.h1, h.h2, this.row.record, rec.line, vh);
      if (first) {
        this.duplicate(vc, first.line, first.record, first.valueHash === vh);
        return;
      }
    }
    const col = (rec.starts[vc] ?? rec.start) - rec.start + 1;
    const seen = this.series.add(area, indicator, dims, year, value, rec.line, col, this.row.record, status === 'B', unitClass === 'percent', !this.k.obsIndex);
    if (seen >= 0) this.duplicate(vc, this.series.lineAt(seen), this.series.recordAt(seen), this.series.valueAt(seen) === value);
  }

  private duplicate(vc: number, line: number, record: number | null, same: boolean): void {
    const related = [{ file: this.file, line, column: null, record }];
    if (same) this.c.add('ind/duplicate-row', () => cellFinding(this.row, vc, { code: 'duplicate_row', params: { line } }, { code: 'duplicate', params: {} }, { related }));
    else this.c.add('ind/duplicate-conflict', () => cellFinding(this.row, vc, { code: 'duplicate_conflict', params: { line } }, { code: 'duplicate', params: {} }, { related }));
  }
  /** The series checks at the end of the file (jumps, coverage gaps, percent as fraction) and the coverage table. */
  finish(): CoverageRow[] {
    return this.series.analyse(this.c, this.o.jumpThreshold ?? 6);
  }
}
