import type { ObservationRow } from '@dsc/domain';

/**
 * Turns the rows of a validated file into observations. The validator checks the file (and reports every
 * problem with its line and column); this reader only maps the columns of the two layouts the planner
 * imports — long (country, indicator, year, value …) and World Bank WDI wide — using the same header
 * names the validator recognises.
 */
export type ImportLayout = 'long' | 'wdi-wide';

const norm = (s: string): string => s.trim().toLowerCase().replace(/[\s_.-]+/g, '');
type Role = 'area' | 'indicator' | 'time' | 'value' | 'unit' | 'status' | 'source' | 'note';
const ROLES: Readonly<Record<string, Role>> = {
  iso3: 'area', iso: 'area', country: 'area', countrycode: 'area', countryiso3: 'area', refarea: 'area', area: 'area', geo: 'area',
  economy: 'area', indicator: 'indicator', indicatorcode: 'indicator', indicatorid: 'indicator', series: 'indicator',
  seriescode: 'indicator', year: 'time', time: 'time', timeperiod: 'time', period: 'time', value: 'value', obsvalue: 'value',
  unit: 'unit', units: 'unit', unitmeasure: 'unit', status: 'status', obsstatus: 'status', flag: 'status', source: 'source',
  note: 'note', notes: 'note', footnote: 'note',
};
const STATUS = new Set(['A', 'B', 'E', 'F', 'I', 'M', 'P', 'U', 'O']);

/** Splits one CSV record (as written in the file) into fields. */
export function splitRecord(raw: string, delimiter: string, quote = '"'): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (quoted) {
      if (ch === quote) {
        if (raw[i + 1] === quote) {
          field += quote;
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === quote && field === '') quoted = true;
    else if (ch === delimiter) {
      out.push(field);
      field = '';
    } else if (ch !== '\r' && ch !== '\n') field += ch;
  }
  out.push(field);
  return out;
}

export interface NumberStyle {
  decimalChar: string;
  groupChar: string | null;
}

export const parseNumber = (s: string, style: NumberStyle): number | null => {
  let t = s.trim();
  if (t === '') return null;
  if (style.groupChar) t = t.split(style.groupChar).join('');
  if (style.decimalChar !== '.') t = t.replace(style.decimalChar, '.');
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
};

export interface ReadOptions {
  layout: ImportLayout;
  delimiter: string;
  quoteChar?: string;
  numbers: NumberStyle;
  /** Unit of each catalogue indicator, used when the file has no unit column. */
  units: ReadonlyMap<string, string>;
  /** Source id given to rows without a source column. */
  source: string;
}

/** Observations of the valid data rows (`rows` are the raw records after the header). */
export function readObservations(header: string, rows: readonly string[], o: ReadOptions): ObservationRow[] {
  const cols = splitRecord(header, o.delimiter, o.quoteChar);
  const out: ObservationRow[] = [];
  if (o.layout === 'wdi-wide') {
    const years = cols.map((c) => (/^\d{4}$/.test(c.trim()) ? Number(c.trim()) : null));
    for (const raw of rows) {
      const f = splitRecord(raw, o.delimiter, o.quoteChar);
      const iso3 = f[1]?.trim() ?? '';
      const indicator = f[3]?.trim() ?? '';
      years.forEach((year, j) => {
        if (year === null) return;
        const value = parseNumber(f[j] ?? '', o.numbers);
        if (value === null) return;
        out.push({ iso3, indicator, year, value, unit: o.units.get(indicator) ?? 'unspecified', status: 'A', source: o.source });
      });
    }
    return out;
  }
  const index: Partial<Record<Role, number>> = {};
  cols.forEach((c, i) => {
    const role = ROLES[norm(c)];
    if (role && index[role] === undefined) index[role] = i;
  });
  const at = (f: string[], r: Role) => (index[r] === undefined ? '' : (f[index[r]]?.trim() ?? ''));
  for (const raw of rows) {
    const f = splitRecord(raw, o.delimiter, o.quoteChar);
    const value = parseNumber(at(f, 'value'), o.numbers);
    const year = Number(at(f, 'time'));
    if (value === null || !Number.isInteger(year)) continue;
    const indicator = at(f, 'indicator');
    const status = at(f, 'status').toUpperCase();
    const note = at(f, 'note');
    out.push({
      iso3: at(f, 'area').toUpperCase(),
      indicator,
      year,
      value,
      unit: at(f, 'unit') || (o.units.get(indicator) ?? 'unspecified'),
      status: STATUS.has(status) ? (status as ObservationRow['status']) : 'A',
      source: at(f, 'source') || o.source,
      ...(note ? { note } : {}),
    });
  }
  return out;
}
