import type { SchemaField } from '../descriptors.js';
import { fixedHint } from '../finding.js';
import type { Caster } from './cast.js';
import { Cast, anyString, newCastOut } from './cast.js';
import { INTEGER_RE, NON_FINITE, NUMBER_RE, fastDecimal, isDecimal, numberHint } from './numbers.js';
import { isoDate, isoDatetime, isoTime, strptime } from './temporal.js';

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

const DURATION_RE =
  /^P(?!$)(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?!$)(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;
const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const URI_RE = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$/;
const UUID_RE = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const BASE64_RE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

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
      const re =
        f === 'email'
          ? EMAIL_RE
          : f === 'uri'
            ? URI_RE
            : f === 'uuid'
              ? UUID_RE
              : f === 'binary'
                ? BASE64_RE
                : undefined;
      if (re)
        return (s, out) => {
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
          return Cast.ok;
        }
        if (isDecimal(t) || NUMBER_RE.test(t)) {
          const n = +t;
          out.num = n;
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
          const c = t.charCodeAt(0);
          const i0 = c === 43 || c === 45 ? 1 : 0;
          out.leadingZero = t.length > i0 + 1 && t.charCodeAt(i0) === 48;
          return Cast.ok;
        }
        out.hint = () =>
          /^[+-]?\d+\.0*$/.test(t)
            ? { code: 'integer_decimal', params: {} }
            : numberHint(s, '.', groupChar)?.();
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
            return Cast.ok;
          }
        }
        if (/^-?(?:[1-9]\d{4,}|\d{4})$/.test(s)) {
          out.num = Number(s);
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
          return Cast.ok;
        }
        if (f.has(s)) {
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
        return Cast.ok;
      };
    case 'duration':
      return (s, out) => {
        const m = DURATION_RE.exec(s);
        if (!m) {
          out.hint = durationHint;
          return Cast.typeError;
        }
        const [y, mo, w, d, h, mi, se] = m.slice(1).map((x) => Number(x ?? 0)) as [
          number,
          number,
          number,
          number,
          number,
          number,
          number,
        ];
        out.num = (((y * 365.25 + mo * 30.4375 + w * 7 + d) * 24 + h) * 60 + mi) * 60 + se;
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
        const okType =
          type === 'array' ? Array.isArray(v) : typeof v === 'object' && v !== null && !Array.isArray(v);
        if (!okType || (type === 'geojson' && typeof (v as { type?: unknown }).type !== 'string')) {
          out.hint = type === 'array' ? jsonArrayHint : type === 'geojson' ? geojsonHint : jsonObjectHint;
          return Cast.typeError;
        }
        return Cast.ok;
      };
    case 'list': {
      const delim = field.delimiter ?? ',';
      const item = casterFor({ name: field.name, type: field.itemType ?? 'string' });
      const tmp = newCastOut();
      return (s, out) => {
        const items = s === '' ? [] : s.split(delim);
        for (const it of items) {
          if (item(it, tmp) !== Cast.ok) {
            out.hint = () => ({ code: 'list_item', params: { item: it, type: field.itemType ?? 'string' } });
            return Cast.typeError;
          }
        }
        out.num = items.length;
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
        if (
          typeof lon !== 'number' ||
          typeof lat !== 'number' ||
          !(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)
        ) {
          out.hint = geopointHint;
          return Cast.typeError;
        }
        return Cast.ok;
      };
    case 'any':
      return anyString;
  }
}
