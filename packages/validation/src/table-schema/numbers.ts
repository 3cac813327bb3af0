import { fixedHint } from '../finding.js';
import type { Hint } from './cast.js';

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

export const NUMBER_RE = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Fast path of the number grammar for the common plain form `-?digits(.digits)?`. */
export function isDecimal(s: string): boolean {
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

export const INTEGER_RE = /^[+-]?\d+$/;
export const NON_FINITE = new Set([
  'NaN',
  'INF',
  '-INF',
  '+INF',
  'Infinity',
  '-Infinity',
  '+Infinity',
  'inf',
  '-inf',
  'nan',
  'Inf',
  '-Inf',
]);
const MISSING_LOOKALIKES = new Set([
  'NA',
  'N/A',
  'n/a',
  'na',
  ':',
  '…',
  '...',
  '..',
  '-',
  '--',
  '—',
  'null',
  'NULL',
  'None',
  'none',
  'nil',
  'x',
  'X',
  '#N/A',
  '?',
]);

/** Why a numeric string failed, as a fix hint. */
export function numberHint(
  raw: string,
  decimalChar: string,
  groupChar: string | undefined,
): Hint | undefined {
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
