import type { Collector, FindingBody } from '../collector.js';
import type { CsvParser, RawRecord } from '../csv-parser.js';
import type { SchemaField } from '../descriptors.js';
import type { SniffedDialect } from '../dialect.js';
import type { FindingHint, FindingMessage, LayoutCode, LayoutRole } from '../finding.js';
import { KeyIndex } from '../key-index.js';
import type { ColumnPlan, LayoutPlan, Role } from '../layouts.js';
import { EXPECTED_HEADERS, planLayout } from '../layouts.js';
import type { ValidateOptions } from '../options.js';
import type { Caster } from '../table-schema.js';
import { Cast, anyString, casterFor, keyFields, missingValuesFor, newCastOut, xsdPattern } from '../table-schema.js';
import { escapeValue, findInvisible } from '../text-checks.js';

/** Header and column planning: what each column is, how its cells are read and which keys are checked. */

export type Col = {
  plan: ColumnPlan;
  name: string;
  role: Role | undefined;
  field: SchemaField;
  type: string;
  cast: Caster;
  /** The caster accepts every text (a string without format): the row loop does not call it. */
  anyText: boolean;
  missing: Set<string>;
  /** The only missing value is the empty string (fast path). */
  emptyOnly: boolean;
  required: boolean;
  isText: boolean;
  isCode: boolean;
  checkLeadingZero: boolean;
  constraints: CompiledConstraints | undefined;
  unique: KeyIndex | undefined;
  foreign: { set: ReadonlySet<string>; name: string } | undefined;
};

type CompiledConstraints = {
  minLength?: number;
  maxLength?: number;
  min?: number;
  max?: number;
  exMin?: number;
  exMax?: number;
  pattern?: RegExp;
  enumSet?: Set<string | number>;
  numeric: boolean;
};

/** A primary or unique key: its columns and the index of the fingerprints seen. */
export type KeyPlan = { readonly cols: number[]; readonly index: KeyIndex; readonly names: string };

/** The column index of each role, -1 when the file has none. */
export type Roles = {
  readonly area: number;
  readonly indicator: number;
  readonly time: number;
  readonly value: number;
  readonly unit: number;
  readonly status: number;
  readonly nature: number;
  readonly action: number;
};

/** Everything the row checks need to know about the columns, fixed once the header is read. */
export type Columns = {
  readonly plan: LayoutPlan;
  readonly cols: readonly Col[];
  readonly ncols: number;
  /** WDI files end every line with a delimiter: the unnamed last column is not checked. */
  readonly trailingEmptyColumn: boolean;
  readonly roles: Roles;
  readonly dimCols: readonly number[];
  readonly wideCols: readonly number[];
  readonly labelsBoth: boolean;
  readonly sdg: boolean;
  /** Full-key index of observations whose time is not a plain year (SDMX periods). */
  readonly obsIndex: KeyIndex | undefined;
  /** Whether observations are stored (series checks, duplicate observations). */
  readonly keepObservations: boolean;
  readonly pk: KeyPlan | undefined;
  readonly uks: readonly KeyPlan[];
};

/** What the header planning reads: the names, where they are, the dialect and the options. */
export type HeaderInput = {
  readonly names: string[];
  readonly rec: RawRecord;
  readonly parser: CsvParser;
  readonly dialect: SniffedDialect;
  readonly encoding: string;
  readonly trailingEmptyColumn: boolean;
  readonly o: ValidateOptions;
  readonly c: Collector;
};

/** Checks the header (blank, padded, duplicate names; schema fields) and plans the columns. */
export function planColumns(h: HeaderInput): Columns {
  const { names, rec, o, c } = h;
  const p = h.parser;
  const hdr = (i: number, message: FindingMessage, hint: FindingHint | null): FindingBody => ({
    ...p.locate(rec.starts[i] ?? rec.start),
    record: null,
    field: names[i] ?? null,
    fieldIndex: i,
    value: names[i] === undefined ? null : escapeValue(names[i]),
    message,
    hint,
  });
  const seen = new Map<string, number>();
  names.forEach((raw, i) => {
    if (h.trailingEmptyColumn && i === names.length - 1) return;
    const name = raw.trim();
    if (name === '') {
      c.add('csv/blank-header', () => hdr(i, { code: 'blank_header', params: { column: i + 1 } }, { code: 'blank_header', params: {} }));
      return;
    }
    if (name !== raw) c.add('csv/padded-header', () => hdr(i, { code: 'padded_header', params: { name: raw } }, { code: 'padded_header', params: {} }));
    const inv = findInvisible(raw);
    if (inv !== -1) c.add('enc/invisible-char', () => hdr(i, { code: 'invisible', params: { char: escapeValue(raw.charAt(inv)) } }, { code: 'invisible', params: {} }));
    const prev = seen.get(name);
    if (prev !== undefined) c.add('csv/duplicate-header', () => hdr(i, { code: 'duplicate_header', params: { name, firstColumn: prev + 1 } }, { code: 'duplicate_header', params: {} }));
    else seen.set(name, i);
  });
  const trimmed = names.map((n) => n.trim());
  const plan = planLayout(trimmed, o.layout);
  const d = h.dialect;
  const decimalChar = o.decimalChar ?? (d.decimalComma ? ',' : undefined);
  const groupChar = o.groupChar ?? (d.decimalComma ? d.groupChar : undefined);
  const dialect: FindingMessage = {
    code: 'dialect',
    params: {
      delimiter: JSON.stringify(d.delimiter),
      source: d.delimiterSource === 'sep-line' ? 'sep_line' : d.delimiterSource,
      quote: JSON.stringify(o.quoteChar ?? '"'),
      decimal: JSON.stringify(decimalChar ?? '.'),
      group: groupChar ? JSON.stringify(groupChar) : null,
      encoding: h.encoding,
    },
  };
  const layout: FindingMessage = {
    code: 'layout',
    params: { layout: plan.layout.replace(/-/g, '_') as LayoutCode, years: plan.columns.filter((c) => c.wideYear !== undefined).length, labelsBoth: plan.labelsBoth },
  };
  const pos = p.locate(rec.start);
  c.add('csv/dialect', () => ({ ...pos, record: null, field: null, value: null, message: dialect, hint: null }));
  c.add('csv/layout', () => ({ ...pos, record: null, field: null, value: null, message: layout, hint: null }));
  // a header no layout recognises is said, never passed in silence (unless --layout or a schema says what the table is)
  if (plan.layout === 'table' && o.layout === undefined && !o.schema)
    c.add('csv/unrecognised-header', () => ({
      ...pos,
      record: null,
      field: null,
      value: null,
      message: { code: 'unrecognised_header', params: { found: trimmed, expected: EXPECTED_HEADERS } },
      hint: { code: 'unrecognised_header', params: {} },
    }));
  if (d.decimalComma && !o.decimalChar && d.numberSample)
    c.add('csv/decimal-comma', () => ({ ...pos, record: null, field: null, value: d.numberSample ?? null, message: { code: 'decimal_comma', params: { sample: d.numberSample ?? '' } }, hint: { code: 'decimal_comma', params: {} } }));

  // user schema: fields by name override the layout defaults
  const schema = o.schema;
  const byName = new Map(schema?.fields.map((f) => [f.name, f]) ?? []);
  if (schema) {
    const match = schema.fieldsMatch ?? 'exact';
    const headerSet = new Set(trimmed);
    if (match === 'exact' || match === 'equal' || match === 'superset') {
      for (const f of schema.fields)
        if (!headerSet.has(f.name)) c.add('schema/missing-field', () => ({ ...pos, record: null, field: f.name, value: null, message: { code: 'missing_field', params: { name: f.name } }, hint: { code: 'missing_field', params: {} } }));
    }
    if (match === 'exact' || match === 'equal' || match === 'subset') {
      trimmed.forEach((n, i) => {
        if (n && !byName.has(n) && !(h.trailingEmptyColumn && i === trimmed.length - 1))
          c.add('schema/extra-field', () => hdr(i, { code: 'extra_field', params: { name: n } }, { code: 'extra_field', params: {} }));
      });
    }
    if (match === 'exact') {
      let k = 0;
      trimmed.forEach((n, i) => {
        if (byName.has(n)) {
          if (schema.fields[k]?.name !== n && schema.fields.some((f) => f.name === n))
            c.add('schema/extra-field', () => hdr(i, { code: 'field_order', params: { name: n } }, { code: 'field_order', params: {} }));
          k++;
        }
      });
    }
  }
  const pkNames = schema?.primaryKey ? keyFields(schema.primaryKey) : [];
  const cols: Col[] = plan.columns.map((cp) => {
    const user = byName.get(cp.name);
    let field: SchemaField = user ? { ...cp.field, ...user } : cp.field;
    if ((field.type === 'number' || field.type === 'integer') && (decimalChar || groupChar)) {
      field = { ...field, ...(decimalChar && !field.decimalChar ? { decimalChar } : {}), ...(groupChar && !field.groupChar ? { groupChar } : {}) };
    }
    const missing = new Set(field.missingValues ? missingValuesFor(field, undefined) : missingValuesFor(field, schema?.missingValues ?? o.missingValues?.map((v) => v)));
    if (o.nullSequence !== undefined) missing.add(o.nullSequence);
    const type = field.type ?? 'string';
    const required = field.constraints?.required === true || pkNames.includes(cp.name);
    const fk = schema?.foreignKeys?.find((k) => keyFields(k.fields).length === 1 && keyFields(k.fields)[0] === cp.name && k.reference.resource && o.codeLists?.[k.reference.resource]);
    const cast = casterFor(field);
    return {
      plan: cp,
      name: cp.name,
      role: cp.role,
      field,
      type,
      cast,
      // (the UN SDG Value column is text with its own reading: sdgValue)
      anyText: cast === anyString && !(plan.layout === 'sdg-long' && cp.role === 'value'),
      missing,
      emptyOnly: missing.size === 1 && missing.has(''),
      required,
      isText: type === 'string',
      isCode: cp.role === 'area' || cp.role === 'indicator' || cp.role === 'status' || cp.role === 'dimension' || cp.role === 'nature',
      checkLeadingZero: type === 'integer',
      constraints: compileConstraints(field),
      unique: field.constraints?.unique ? new KeyIndex() : undefined,
      foreign: fk ? { set: o.codeLists![fk.reference.resource!]!, name: fk.reference.resource! } : undefined,
    };
  });
  const idx = (role: Role): number => cols.findIndex((col) => col.role === role);
  const roles: Roles = {
    area: idx('area'),
    indicator: idx('indicator'),
    time: idx('time'),
    value: plan.layout === 'wdi-wide' ? -1 : idx('value'),
    unit: idx('unit'),
    status: idx('status'),
    nature: idx('nature'),
    action: idx('action'),
  };
  const wideCols = cols.filter((col) => col.plan.wideYear !== undefined).map((col) => col.plan.index);
  let obsIndex: KeyIndex | undefined;
  let keepObservations = true;
  if (plan.layout !== 'table') {
    const missingRoles = (['area', 'indicator', 'time', 'value'] as const).filter((r) =>
      plan.layout === 'wdi-wide' ? (r === 'value' ? wideCols.length === 0 : r === 'time' ? false : idx(r) === -1) : idx(r) === -1,
    );
    if (missingRoles.length) {
      const missing = missingRoles.map((r): LayoutRole => (r === 'area' ? 'country' : r === 'time' ? 'year' : r));
      c.add('csv/unknown-layout', () => ({ ...pos, record: null, field: null, value: null, message: { code: 'unknown_layout', params: { missing, count: missingRoles.length } }, hint: { code: 'unknown_layout', params: {} } }));
    }
    const tcol = cols[roles.time];
    if (!pkNames.length && plan.layout !== 'wdi-wide' && tcol && tcol.type !== 'year' && tcol.type !== 'integer') obsIndex = new KeyIndex(4096);
    // With the series checks and both duplicate rules off, nothing needs the observations: memory stays
    // constant in the number of rows.
    keepObservations = o.seriesChecks !== false || c.severity('ind/duplicate-row') !== 'off' || c.severity('ind/duplicate-conflict') !== 'off';
  }
  let pk: KeyPlan | undefined;
  if (pkNames.length) {
    const keyCols = pkNames.map((n) => trimmed.indexOf(n));
    if (keyCols.every((i) => i >= 0)) pk = { cols: keyCols, index: new KeyIndex(4096), names: pkNames.join(', ') };
  }
  const uks: KeyPlan[] = [];
  for (const uk of schema?.uniqueKeys ?? []) {
    const keyCols = uk.map((n) => trimmed.indexOf(n));
    if (keyCols.every((i) => i >= 0)) uks.push({ cols: keyCols, index: new KeyIndex(), names: uk.join(', ') });
  }
  return {
    plan,
    cols,
    ncols: names.length,
    trailingEmptyColumn: h.trailingEmptyColumn,
    roles,
    dimCols: cols.filter((col) => col.role === 'dimension').map((col) => col.plan.index),
    wideCols,
    labelsBoth: plan.labelsBoth,
    sdg: plan.layout === 'sdg-long',
    obsIndex,
    keepObservations,
    pk,
    uks,
  };
}

function compileConstraints(field: SchemaField): CompiledConstraints | undefined {
  const k = field.constraints;
  if (!k) return undefined;
  const type = field.type ?? 'string';
  const numeric = ['number', 'integer', 'year', 'date', 'time', 'datetime', 'yearmonth', 'duration'].includes(type);
  const cast = casterFor(field);
  const out = newCastOut();
  const num = (v: number | string | undefined): number | undefined => {
    if (v === undefined) return undefined;
    if (typeof v === 'number' && (type === 'number' || type === 'integer' || type === 'year')) return v;
    return cast(String(v), out) === Cast.ok ? out.num : undefined;
  };
  const cc: CompiledConstraints = { numeric };
  if (k.minLength !== undefined) cc.minLength = k.minLength;
  if (k.maxLength !== undefined) cc.maxLength = k.maxLength;
  const min = num(k.minimum);
  const max = num(k.maximum);
  const exMin = num(k.exclusiveMinimum);
  const exMax = num(k.exclusiveMaximum);
  if (min !== undefined) cc.min = min;
  if (max !== undefined) cc.max = max;
  if (exMin !== undefined) cc.exMin = exMin;
  if (exMax !== undefined) cc.exMax = exMax;
  if (k.pattern !== undefined) cc.pattern = xsdPattern(k.pattern);
  if (k.enum) cc.enumSet = new Set(k.enum.map((e) => (numeric ? (num(e as string | number) ?? NaN) : String(e))));
  const any = Object.keys(cc).length > 1;
  return any ? cc : undefined;
}
