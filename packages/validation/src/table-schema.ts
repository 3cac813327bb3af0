import type { SchemaField, TableSchema } from './descriptors.js';
import type { FindingHint } from './finding.js';
import { fixedHint } from './finding.js';

const hexNumberHint = fixedHint('hex_number');
const binaryNumberHint = fixedHint('binary_number');
const digitSeparatorHint = fixedHint('digit_separator');
const nonAsciiDigitsHint = fixedHint('non_ascii_digits');
const spaceGroupsHint = fixedHint('space_groups');
const commaDecimalHint = fixedHint('comma_decimal');
const commaGroupsHint = fixedHint('comma_groups');
const pointDecimalHint = fixedHint('point_decimal');
const numberSymbolsHint = fixedHint('number_symbols');
const numberSpacesHint = fixedHint('number_spaces');
const overflowHint = fixedHint('overflow');
const finiteHint = fixedHint('finite');
const yearDecimalHint = fixedHint('year_decimal');
const yearRangeHint = fixedHint('year_range');
const yearSignHint = fixedHint('year_sign');
const yearHint = fixedHint('year');
const isoDateHint = fixedHint('iso_date');
const yearMonthHint = fixedHint('year_month');
const durationHint = fixedHint('duration');
const jsonArrayHint = fixedHint('json_array');
const jsonObjectHint = fixedHint('json_object');
const geojsonHint = fixedHint('geojson');
const geopointHint = fixedHint('geopoint');

/**
 * Frictionless Table Schema (v2, v1 accepted): exact lexical casting. The descriptor model is in descriptors.ts.
 * Casting is allocation-free on the hot path: results go into a reused {@link CastOut}.
 */

export { FIELD_TYPES } from './vocabulary.js';
export type { FieldType } from './vocabulary.js';

/** Result of casting one cell. */
export const Cast = { ok: 0, missing: 1, typeError: 2, nonFinite: 3 } as const;
export type Cast = (typeof Cast)[keyof typeof Cast];

export type CastOut = {
  value: unknown;
  /** Number for numeric/temporal types (used by range constraints and indicator rules). */
  num: number;
  /** Why the cell failed, built only when its finding is kept (the texts are recorded for translation then). */
  hint: Hint | undefined;
  /** The missing-value marker that matched, when the cell is missing. */
  marker: string | undefined;
  whitespace: boolean;
  leadingZero: boolean;
};

export const newCastOut = (): CastOut => ({ value: undefined, num: NaN, hint: undefined, marker: undefined, whitespace: false, leadingZero: false });

const NUMBER_RE = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Fast path of the number grammar for the common plain form `-?digits(.digits)?`. */
function isDecimal(s: string): boolean {
  const n = s.length;
  let i = s.charCodeAt(0) === 45 ? 1 : 0;
  let digits = 0;
  let dot = false;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c === 46 && !dot) dot = true;
    else return false;
  }
  return digits > 0;
}
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * The value of a plain decimal such as "-12.5" with at most 15 digits, else NaN. With ≤ 15 digits the digits
 * are an exact integer m and the value is m / 10^k, which IEEE division rounds correctly: the same number as
 * `+s`, without parsing the text twice.
 */
export function fastDecimal(s: string): number {
  const n = s.length;
  let i = 0;
  let neg = false;
  if (n > 0 && s.charCodeAt(0) === 45) {
    neg = true;
    i = 1;
  }
  let m = 0;
  let digits = 0;
  let dot = -1;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      m = m * 10 + (c - 48);
      digits++;
    } else if (c === 46 && dot < 0) dot = i;
    else return NaN;
  }
  if (digits === 0 || digits > 15) return NaN;
  const v = dot < 0 ? m : m / POW10[n - 1 - dot]!;
  return neg ? -v : v;
}

const INTEGER_RE = /^[+-]?\d+$/;
const NON_FINITE = new Set(['NaN', 'INF', '-INF', '+INF', 'Infinity', '-Infinity', '+Infinity', 'inf', '-inf', 'nan', 'Inf', '-Inf']);
const MISSING_LOOKALIKES = new Set(['NA', 'N/A', 'n/a', 'na', ':', '…', '...', '..', '-', '--', '—', 'null', 'NULL', 'None', 'none', 'nil', 'x', 'X', '#N/A', '?']);

/** A fix hint, built on demand (only for the findings that are kept); undefined when there is none. */
export type Hint = () => FindingHint | undefined;

/** Why a numeric string failed, as a fix hint. */
export function numberHint(raw: string, decimalChar: string, groupChar: string | undefined): Hint | undefined {
  const s = raw.trim();
  if (MISSING_LOOKALIKES.has(s)) return () => ({ code: 'missing_marker', params: { value: s } });
  if (/^[+-]?0[xX][0-9a-fA-F]+$/.test(s)) return hexNumberHint;
  if (/^[+-]?0[bB][01]+$/.test(s)) return binaryNumberHint;
  if (/^[+-]?\d+(_\d+)+([.,]\d+)?$/.test(s)) return digitSeparatorHint;
  if (/[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\uff10-\uff19]/.test(s)) return nonAsciiDigitsHint;
  if (/^[+-]?\d{1,3}([ \u00a0\u202f]\d{3})+([.,]\d+)?$/.test(s)) return spaceGroupsHint;
  if (decimalChar === '.' && /^[+-]?\d+,\d+$/.test(s)) return commaDecimalHint;
  if (decimalChar === '.' && !groupChar && /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) return commaGroupsHint;
  if (decimalChar === ',' && /^[+-]?\d+\.\d+$/.test(s)) return pointDecimalHint;
  if (/^[+-]?[\d.]+\s*%$/.test(s) || /^[^\d\s+-]+\s*\d/.test(s)) return numberSymbolsHint;
  if (/\s/.test(s)) return numberSpacesHint;
  return undefined;
}

const daysIn = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

function isoDate(s: string): number {
  const m = /^(-?\d{4,})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return NaN;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo)) return NaN;
  return Date.UTC(y, mo - 1, d);
}

function isoTime(s: string): number {
  const m = /^(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/.exec(s);
  if (!m) return NaN;
  const h = Number(m[1]);
  const mi = Number(m[2]);
  const se = Number(m[3]);
  if (h > 24 || mi > 59 || se > 60 || (h === 24 && (mi > 0 || se > 0))) return NaN;
  return h * 3600 + mi * 60 + se + (m[4] ? Number(m[4]) : 0);
}

function isoDatetime(s: string): number {
  const m = /^(-?\d{4,}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2}(?:\.\d+)?)(Z|[+-]\d{2}:\d{2})?$/.exec(s);
  if (!m) return NaN;
  const d = isoDate(m[1]!);
  const t = isoTime(m[2]!);
  if (Number.isNaN(d) || Number.isNaN(t)) return NaN;
  let off = 0;
  if (m[3] && m[3] !== 'Z') off = (m[3].startsWith('-') ? -1 : 1) * (Number(m[3].slice(1, 3)) * 60 + Number(m[3].slice(4, 6))) * 60;
  return d + (t - off) * 1000;
}

/** strptime subset: %Y %m %d %H %M %S %y %b %B %j is not supported. */
function strptime(pattern: string): ((s: string) => number) | undefined {
  const parts: string[] = [];
  const order: string[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '%' && i + 1 < pattern.length) {
      const d = pattern[++i]!;
      const re = { Y: '(\\d{4})', m: '(\\d{1,2})', d: '(\\d{1,2})', H: '(\\d{1,2})', M: '(\\d{2})', S: '(\\d{2})', y: '(\\d{2})', '%': '%' }[d];
      if (re === undefined) return undefined;
      if (d !== '%') order.push(d);
      parts.push(re);
    } else parts.push(c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  }
  const re = new RegExp(`^${parts.join('')}$`);
  return (s) => {
    const m = re.exec(s);
    if (!m) return NaN;
    const v: Record<string, number> = { Y: 1970, m: 1, d: 1, H: 0, M: 0, S: 0 };
    order.forEach((k, i) => {
      const n = Number(m[i + 1]);
      if (k === 'y') v['Y'] = n < 69 ? 2000 + n : 1900 + n;
      else v[k] = n;
    });
    const { Y = 1970, m: mo = 1, d = 1, H = 0, M = 0, S = 0 } = v;
    if (mo < 1 || mo > 12 || d < 1 || d > daysIn(Y, mo) || H > 23 || M > 59 || S > 60) return NaN;
    return Date.UTC(Y, mo - 1, d, H, M, S);
  };
}

const DURATION_RE = /^P(?!$)(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?!$)(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;
const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const URI_RE = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$/;
const UUID_RE = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const BASE64_RE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** XML Schema regex → an anchored JS regex (the differences that matter: implicit anchoring, \i \c classes). */
export function xsdPattern(pattern: string): RegExp {
  const js = pattern.replace(/\\i/g, '[A-Za-z_:]').replace(/\\c/g, '[-A-Za-z0-9._:]');
  return new RegExp(`^(?:${js})$`, 'u');
}

export type Caster = (s: string, out: CastOut) => Cast;

/** The caster of a string without format: every text is valid (callers may skip calling it). */
export const anyString: Caster = (s, out) => {
  out.value = s;
  return Cast.ok;
};

/** Builds the lexical caster for a field (after missing-value handling and trimming). */
export function casterFor(field: SchemaField, strictWhitespace = false): Caster {
  const type = field.type ?? 'string';
  const decimalChar = field.decimalChar ?? '.';
  const groupChar = field.groupChar;
  const bare = field.bareNumber ?? true;
  void strictWhitespace;
  switch (type) {
    case 'string': {
      const f = field.format ?? 'default';
      const re = f === 'email' ? EMAIL_RE : f === 'uri' ? URI_RE : f === 'uuid' ? UUID_RE : f === 'binary' ? BASE64_RE : undefined;
      if (re)
        return (s, out) => {
          out.value = s;
          if (re.test(s)) return Cast.ok;
          out.hint = () => ({ code: 'string_format', params: { format: f } });
          return Cast.typeError;
        };
      return anyString;
    }
    case 'number': {
      const plain = decimalChar === '.' && !groupChar && bare;
      return (s, out) => {
        let t = s;
        if (!plain) {
          if (!bare) t = t.replace(/^[^\d+\-.,]+/, '').replace(/[^\d]+$/, '');
          if (groupChar) t = t.split(groupChar).join('');
          if (decimalChar !== '.') {
            if (t.includes('.')) {
              out.hint = () => numberHint(s, decimalChar, groupChar)?.();
              return Cast.typeError;
            }
            t = t.replace(decimalChar, '.');
          }
        }
        const fast = fastDecimal(t);
        if (fast === fast) {
          out.num = fast;
          out.value = fast;
          return Cast.ok;
        }
        if (isDecimal(t) || NUMBER_RE.test(t)) {
          const n = +t;
          out.num = n;
          out.value = n;
          if (!Number.isFinite(n)) {
            out.hint = overflowHint;
            return Cast.nonFinite;
          }
          return Cast.ok;
        }
        if (NON_FINITE.has(t)) {
          out.hint = finiteHint;
          out.num = NaN;
          return Cast.nonFinite;
        }
        out.hint = () => numberHint(s, decimalChar, groupChar)?.();
        return Cast.typeError;
      };
    }
    case 'integer':
      return (s, out) => {
        let t = s;
        if (!bare) t = t.replace(/^[^\d+-]+/, '').replace(/[^\d]+$/, '');
        if (groupChar) t = t.split(groupChar).join('');
        if (INTEGER_RE.test(t)) {
          const n = +t;
          out.num = n;
          out.value = n;
          const c = t.charCodeAt(0);
          const i0 = c === 43 || c === 45 ? 1 : 0;
          out.leadingZero = t.length > i0 + 1 && t.charCodeAt(i0) === 48;
          return Cast.ok;
        }
        out.hint = () => (/^[+-]?\d+\.0*$/.test(t) ? { code: 'integer_decimal', params: {} } : numberHint(s, '.', groupChar)?.());
        return Cast.typeError;
      };
    case 'year':
      return (s, out) => {
        const n = s.length;
        if (n === 4) {
          const a = s.charCodeAt(0) - 48;
          const b = s.charCodeAt(1) - 48;
          const c = s.charCodeAt(2) - 48;
          const d = s.charCodeAt(3) - 48;
          if (a >= 0 && a <= 9 && b >= 0 && b <= 9 && c >= 0 && c <= 9 && d >= 0 && d <= 9) {
            out.num = a * 1000 + b * 100 + c * 10 + d;
            out.value = out.num;
            return Cast.ok;
          }
        }
        if (/^-?(?:[1-9]\d{4,}|\d{4})$/.test(s)) {
          out.num = Number(s);
          out.value = out.num;
          return Cast.ok;
        }
        out.hint = /^\d{4}\.0+$/.test(s)
          ? yearDecimalHint
          : /^\d{4}\s*[-–/]\s*\d{2,4}$/.test(s)
            ? yearRangeHint
            : s.startsWith('+')
              ? yearSignHint
              : yearHint;
        return Cast.typeError;
      };
    case 'boolean': {
      const t = new Set(field.trueValues ?? ['true', 'True', 'TRUE', '1']);
      const f = new Set(field.falseValues ?? ['false', 'False', 'FALSE', '0']);
      return (s, out) => {
        if (t.has(s)) {
          out.value = true;
          return Cast.ok;
        }
        if (f.has(s)) {
          out.value = false;
          return Cast.ok;
        }
        out.hint = () => ({ code: 'boolean', params: { values: [...t, ...f].join(', ') } });
        return Cast.typeError;
      };
    }
    case 'date':
    case 'datetime':
    case 'time': {
      const fmt = field.format ?? 'default';
      const base = type === 'date' ? isoDate : type === 'time' ? isoTime : isoDatetime;
      const parse =
        fmt === 'default'
          ? base
          : fmt === 'any'
            ? (s: string) => (type === 'time' ? isoTime(s) : Date.parse(s))
            : (strptime(fmt.replace(/^fmt:/, '')) ?? (() => NaN));
      return (s, out) => {
        const n = parse(s);
        if (Number.isNaN(n)) {
          out.hint =
            fmt === 'default'
              ? type === 'date'
                ? isoDateHint
                : () => ({ code: 'iso_temporal', params: { type } })
              : type === 'date'
                ? () => ({ code: 'format_date', params: { format: fmt } })
                : () => ({ code: 'format_temporal', params: { type, format: fmt } });
          return Cast.typeError;
        }
        out.num = n;
        out.value = s;
        return Cast.ok;
      };
    }
    case 'yearmonth':
      return (s, out) => {
        const m = /^(\d{4})-(\d{2})$/.exec(s);
        if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) {
          out.hint = yearMonthHint;
          return Cast.typeError;
        }
        out.num = Number(m[1]) * 12 + Number(m[2]) - 1;
        out.value = s;
        return Cast.ok;
      };
    case 'duration':
      return (s, out) => {
        const m = DURATION_RE.exec(s);
        if (!m) {
          out.hint = durationHint;
          return Cast.typeError;
        }
        const [y, mo, w, d, h, mi, se] = m.slice(1).map((x) => Number(x ?? 0)) as [number, number, number, number, number, number, number];
        out.num = (((y * 365.25 + mo * 30.4375 + w * 7 + d) * 24 + h) * 60 + mi) * 60 + se;
        out.value = s;
        return Cast.ok;
      };
    case 'object':
    case 'array':
    case 'geojson':
      return (s, out) => {
        let v: unknown;
        try {
          v = JSON.parse(s);
        } catch {
          out.hint = type === 'array' ? jsonArrayHint : jsonObjectHint;
          return Cast.typeError;
        }
        const okType = type === 'array' ? Array.isArray(v) : typeof v === 'object' && v !== null && !Array.isArray(v);
        if (!okType || (type === 'geojson' && typeof (v as { type?: unknown }).type !== 'string')) {
          out.hint = type === 'array' ? jsonArrayHint : type === 'geojson' ? geojsonHint : jsonObjectHint;
          return Cast.typeError;
        }
        out.value = v;
        return Cast.ok;
      };
    case 'list': {
      const delim = field.delimiter ?? ',';
      const item = casterFor({ name: field.name, type: field.itemType ?? 'string' });
      const tmp = newCastOut();
      return (s, out) => {
        const items = s === '' ? [] : s.split(delim);
        const values: unknown[] = [];
        for (const it of items) {
          if (item(it, tmp) !== Cast.ok) {
            out.hint = () => ({ code: 'list_item', params: { item: it, type: field.itemType ?? 'string' } });
            return Cast.typeError;
          }
          values.push(tmp.value);
        }
        out.value = values;
        out.num = values.length;
        return Cast.ok;
      };
    }
    case 'geopoint':
      return (s, out) => {
        let lon = NaN;
        let lat = NaN;
        const fmt = field.format ?? 'default';
        try {
          if (fmt === 'array') [lon, lat] = JSON.parse(s) as [number, number];
          else if (fmt === 'object') ({ lon, lat } = JSON.parse(s) as { lon: number; lat: number });
          else {
            const m = /^\s*([+-]?\d+(?:\.\d+)?)\s*,\s*([+-]?\d+(?:\.\d+)?)\s*$/.exec(s);
            if (m) [lon, lat] = [Number(m[1]), Number(m[2])];
          }
        } catch {
          /* fall through to the range check */
        }
        if (typeof lon !== 'number' || typeof lat !== 'number' || !(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
          out.hint = geopointHint;
          return Cast.typeError;
        }
        out.value = [lon, lat];
        return Cast.ok;
      };
    case 'any':
      return (s, out) => {
        out.value = s;
        return Cast.ok;
      };
  }
}

/** Missing-value markers: a field-level list replaces the schema-level one (Table Schema v2). */
export function missingValuesFor(field: SchemaField, schemaLevel: TableSchema['missingValues']): string[] {
  const list = field.missingValues ?? schemaLevel ?? [''];
  return list.map((m) => (typeof m === 'string' ? m : m.value));
}

/** Field names of a key given as a string or an array. */
export const keyFields = (k: string | readonly string[]): string[] => (typeof k === 'string' ? [k] : [...k]);
