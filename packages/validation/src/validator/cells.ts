import type { Collector, FindingBody } from '../collector.js';
import type { CsvParser, RawRecord } from '../csv-parser.js';
import type { FindingHint, FindingMessage } from '../finding.js';
import { KeyHasher, addNumber, hash32 } from '../key-index.js';
import type { CastOut, Hint } from '../table-schema.js';
import { Cast, casterFor, newCastOut } from '../table-schema.js';
import { escapeValue, findInvisible, formulaTrigger, homoglyphs, own } from '../text-checks.js';
import type { Col, Columns, KeyPlan } from './columns.js';

/** How a cell was read: a value, a missing value, or a value that failed its type. */
export const STATE_OK = 0;
export const STATE_MISSING = 1;
export const STATE_BAD = 2;

/** The record being checked and what its cells were read as: one object, reused for every row. */
export type Row = {
  rec: RawRecord;
  /** Data record number (1-based, without the header). */
  record: number;
  readonly state: Uint8Array;
  readonly nums: Float64Array;
  readonly strs: string[];
  readonly columns: Columns;
  readonly parser: CsvParser;
};

export const newRow = (columns: Columns, parser: CsvParser): Row => ({
  rec: { fields: [], starts: [], line: 0, start: 0, end: 0, breaks: [] },
  record: 0,
  state: new Uint8Array(columns.ncols),
  nums: new Float64Array(columns.ncols),
  strs: new Array<string>(columns.ncols).fill(''),
  columns,
  parser,
});

/** The location, field and value of cell `i` of the current row (at `offset` code units into it), for a finding. */
export function cellFinding(row: Row, i: number, message: FindingMessage, hint: FindingHint | null | undefined, extra?: Partial<FindingBody>, offset = 0): FindingBody {
  const rec = row.rec;
  const raw = rec.fields[i] ?? '';
  const pos = row.parser.locate((rec.starts[i] ?? rec.start) + offset);
  return {
    ...pos,
    ...(offset === 0 && !raw.includes('\n') ? { endLine: pos.line, endColumn: pos.column + [...raw].length } : {}),
    record: row.record,
    field: row.columns.cols[i]?.name ?? null,
    fieldIndex: i,
    value: escapeValue(raw),
    message,
    hint: hint ?? null,
    ...extra,
  };
}

/**
 * The per-row checks of a Table Schema: every cell is read once (missing values, spaces, the type, constraints,
 * text checks, unique and foreign keys), then the primary and unique keys of the row.
 */
export class CellChecks {
  readonly row: Row;
  /** Declared missing-value markers met, with counts. */
  readonly missingCounts = new Map<string, number>();
  private readonly out: CastOut = newCastOut();
  private readonly hasher = new KeyHasher();
  private readonly sdgNumber = casterFor({ name: 'Value', type: 'number' });

  constructor(
    private readonly k: Columns,
    parser: CsvParser,
    private readonly c: Collector,
    private readonly file: string,
  ) {
    this.row = newRow(k, parser);
  }

  /** Reads and checks every cell of `row.rec` (the one loop over the cells), then the keys of the row. */
  check(): void {
    const k = this.k;
    const cols = k.cols;
    const c = this.c;
    const row = this.row;
    const fields = row.rec.fields;
    const n = fields.length;
    const out = this.out;
    const state = row.state;
    const nums = row.nums;
    const strs = row.strs;
    const lastCol = k.trailingEmptyColumn ? n - 1 : n;
    for (let i = 0; i < lastCol; i++) {
      const col = cols[i]!;
      let raw = fields[i]!;
      const len = raw.length;
      if (col.emptyOnly ? len === 0 : col.missing.has(raw)) {
        this.missingCell(i, col, raw);
        continue;
      }
      if (len > 0 && (raw.charCodeAt(0) <= 32 || raw.charCodeAt(len - 1) <= 32)) {
        const t = raw.trim();
        if (t !== raw) {
          const ii = i;
          c.add('schema/whitespace', () => cellFinding(this.row, ii, { code: 'whitespace', params: {} }, { code: 'whitespace', params: {} }));
          raw = t;
          if (col.missing.has(raw)) {
            this.missingCell(i, col, raw);
            continue;
          }
        }
      }
      if (k.labelsBoth && col.role !== 'value' && col.role !== 'time') {
        const at = raw.indexOf(': ');
        if (at > 0) raw = raw.slice(0, at);
      }
      out.hint = undefined;
      const st: number = col.anyText ? Cast.ok : k.sdg && col.role === 'value' ? this.sdgValue(i, raw) : col.cast(raw, out);
      if (st === Cast.ok) {
        state[i] = STATE_OK;
        nums[i] = out.num;
        strs[i] = raw;
        if (col.constraints) this.checkConstraints(i, col, raw);
        if (col.checkLeadingZero && out.leadingZero) {
          const ii = i;
          c.add('schema/leading-zero', () => cellFinding(this.row, ii, { code: 'leading_zero', params: { value: raw } }, { code: 'leading_zero', params: {} }));
        }
        if (col.isText) this.textChecks(i, col, raw);
        if (col.unique) this.checkUnique(i, col, raw);
        if (col.foreign && !col.foreign.set.has(raw)) {
          const ii = i;
          const fk = col.foreign;
          c.add('schema/foreign-key', () => cellFinding(this.row, ii, { code: 'foreign_key', params: { value: raw, list: fk.name } }, { code: 'foreign_key', params: { list: fk.name } }));
        }
      } else if (st === STATE_MISSING) {
        state[i] = STATE_MISSING;
      } else {
        state[i] = STATE_BAD;
        const ii = i;
        // the caster set the hint (control flow cannot see that through the call); it is built with the finding
        const hint = out.hint as Hint | undefined;
        if (st === Cast.nonFinite) c.add('schema/non-finite', () => cellFinding(this.row, ii, { code: 'non_finite', params: { value: raw } }, hint?.(), { expected: 'a finite number' }));
        else c.add('schema/type-error', () => cellFinding(this.row, ii, { code: 'type_error', params: { type: col.type, value: raw } }, hint?.(), { expected: col.type }));
      }
    }

    if (k.pk) this.checkKey(k.pk, 'schema/primary-key');
    for (const uk of k.uks) this.checkKey(uk, 'schema/unique-key');
  }

  private missingCell(i: number, col: Col, raw: string): void {
    this.row.state[i] = STATE_MISSING;
    const prev = this.missingCounts.get(raw);
    this.missingCounts.set(prev === undefined ? own(raw) : raw, (prev ?? 0) + 1);
    if (col.required) this.c.add('schema/required', () => cellFinding(this.row, i, { code: 'required', params: { field: col.name } }, { code: 'required', params: {} }));
  }

  /** UN SDG `Value`: NaN is missing, `<2.5` is censored (qualifier kept). */
  private sdgValue(i: number, raw: string): number {
    const out = this.out;
    if (raw === 'NaN') {
      this.missingCounts.set(raw, (this.missingCounts.get(raw) ?? 0) + 1);
      return STATE_MISSING;
    }
    const m = /^([<>]=?|≤|≥)\s*(.+)$/.exec(raw);
    const num = m ? m[2]! : raw;
    const st = this.sdgNumber(num, out);
    if (st === Cast.ok && m) this.c.add('ind/censored-value', () => cellFinding(this.row, i, { code: 'censored', params: { value: raw } }, null));
    return st;
  }

  private checkConstraints(i: number, col: Col, raw: string): void {
    const k = col.constraints!;
    const c = this.c;
    const v = k.numeric ? this.out.num : raw.length;
    if (k.minLength !== undefined && raw.length < k.minLength) c.add('schema/min-length', () => cellFinding(this.row, i, { code: 'min_length', params: { limit: k.minLength! } }, null, { expected: `minLength ${k.minLength}` }));
    if (k.maxLength !== undefined && raw.length > k.maxLength) c.add('schema/max-length', () => cellFinding(this.row, i, { code: 'max_length', params: { limit: k.maxLength! } }, null, { expected: `maxLength ${k.maxLength}` }));
    if (k.numeric) {
      if ((k.min !== undefined && v < k.min) || (k.exMin !== undefined && v <= k.exMin))
        c.add('schema/minimum', () => cellFinding(this.row, i, { code: 'minimum', params: { limit: col.field.constraints?.minimum ?? col.field.constraints?.exclusiveMinimum ?? '' } }, null, { expected: `≥ ${col.field.constraints?.minimum ?? `> ${col.field.constraints?.exclusiveMinimum}`}` }));
      if ((k.max !== undefined && v > k.max) || (k.exMax !== undefined && v >= k.exMax))
        c.add('schema/maximum', () => cellFinding(this.row, i, { code: 'maximum', params: { limit: col.field.constraints?.maximum ?? col.field.constraints?.exclusiveMaximum ?? '' } }, null, { expected: `≤ ${col.field.constraints?.maximum ?? `< ${col.field.constraints?.exclusiveMaximum}`}` }));
    }
    if (k.pattern && !k.pattern.test(raw)) c.add('schema/pattern', () => cellFinding(this.row, i, { code: 'pattern', params: { pattern: col.field.constraints?.pattern ?? '' } }, null, { expected: col.field.constraints?.pattern ?? '' }));
    if (k.enumSet && !k.enumSet.has(k.numeric ? this.out.num : raw))
      c.add('schema/enum', () => cellFinding(this.row, i, { code: 'enum', params: { values: [...k.enumSet!].slice(0, 10).join(', ') } }, null, { expected: [...k.enumSet!].join(', ') }));
  }

  private textChecks(i: number, col: Col, raw: string): void {
    if (raw.length === 0) return;
    const c0 = raw.charCodeAt(0);
    if ((c0 === 61 || c0 === 43 || c0 === 45 || c0 === 64 || c0 === 9 || c0 === 13 || c0 === 0xff1d) && formulaTrigger(raw) && !col.isCode)
      this.c.add('schema/formula-injection', () => cellFinding(this.row, i, { code: 'formula', params: { value: raw } }, { code: 'formula', params: {} }));
    if (this.row.parser.ascii) return; // no invisible characters or homoglyphs in ASCII text
    const inv = col.role === 'area' ? -1 : findInvisible(raw);
    if (inv !== -1) {
      this.c.add('enc/invisible-char', () => cellFinding(this.row, i, { code: 'invisible', params: { char: escapeValue(raw.charAt(inv)) } }, { code: 'invisible', params: {} }, undefined, inv));
      return;
    }
    if (col.isCode && col.role !== 'area') {
      const h = homoglyphs(raw);
      if (h) this.c.add('enc/mixed-script', () => cellFinding(this.row, i, { code: 'mixed_script', params: { latin: h.latin } }, { code: 'mixed_script', params: { latin: h.latin } }, undefined, h.at));
    }
  }

  private checkUnique(i: number, col: Col, raw: string): void {
    const h = this.hasher;
    h.reset();
    h.add(raw);
    const first = col.unique!.add(h.h1, h.h2, this.row.record, this.row.rec.line, 0);
    if (first) this.c.add('schema/unique', () => cellFinding(this.row, i, { code: 'unique', params: { field: col.name, line: first.line } }, { code: 'unique', params: {} }, { related: [{ file: this.file, line: first.line, column: null, record: first.record }] }));
  }

  private checkKey(key: KeyPlan, rule: 'schema/primary-key' | 'schema/unique-key'): void {
    const h = this.hasher;
    h.reset();
    for (const k of key.cols) {
      const st = this.row.state[k];
      if (st === STATE_BAD) return; // uncastable key: excluded (no spurious duplicates)
      if (st === STATE_MISSING) {
        if (rule === 'schema/unique-key') return; // SQL-style: nulls excluded
        return; // reported as schema/required
      }
      this.addKeyPart(k);
    }
    const vh = this.rowValueHash(key.cols);
    const first = key.index.add(h.h1, h.h2, this.row.record, this.row.rec.line, vh);
    if (first) {
      const col = key.cols[0]!;
      this.c.add(rule, () =>
        cellFinding(this.row, 
          col,
          rule === 'schema/primary-key' ? { code: 'primary_key', params: { fields: key.names, line: first.line, differs: first.valueHash !== vh } } : { code: 'unique_key', params: { fields: key.names, line: first.line } },
          { code: 'duplicate', params: {} },
          { related: [{ file: this.file, line: first.line, column: null, record: first.record }] },
        ),
      );
    }
  }

  private addKeyPart(k: number): void {
    const col = this.k.cols[k]!;
    if (col.type === 'number' || col.type === 'integer' || col.type === 'year') addNumber(this.hasher, this.row.nums[k]!);
    else this.hasher.add(this.row.strs[k]!);
  }

  private rowValueHash(keyCols: readonly number[]): number {
    let h = 0x811c9dc5;
    for (let i = 0; i < this.row.strs.length; i++) {
      if (keyCols.includes(i)) continue;
      h = hash32(this.row.state[i] === STATE_OK ? this.row.strs[i]! : '\u0000', h ^ i);
    }
    return h;
  }}
