import { unzipSync } from 'fflate';
import { Collector } from './collector.js';
import type { ValidateOptions } from './options.js';
import type { FileResult } from './result.js';
import { emptyFileResult } from './result.js';
import { validateText } from './validate.js';
import type { Unreadable } from './unreadable.js';
import { renderUnreadable } from './unreadable.js';
import type { XlsxLimitExceeded, XlsxLimits } from './xlsx-limits.js';
import { boundedFilter, checkCell, limitsOf, sheetTooLarge, unzipBounded } from './xlsx-limits.js';

/**
 * XLSX reader: unzips the workbook, scans the sheet XML with a forward-only tokenizer (no DOM), reads
 * cached values, reports formulas without a cached value, percent-formatted cells, numbers stored as
 * text and date serials, then validates the rows with the same rules as delimited text. Findings are
 * located by sheet row (line) and column number.
 */

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (s: string): string =>
  s.indexOf('&') === -1
    ? s
    : s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
        e.startsWith('#x') ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : (ENTITY[e] ?? ''),
      );

const attr = (attrs: string, name: string): string | undefined => {
  const m = new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attrs);
  return m ? unescapeXml(m[1]!) : undefined;
};

const texts = (xml: string): string => {
  let out = '';
  const re = /<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) out += unescapeXml(m[1]!);
  return out;
};

const BUILTIN_DATE = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]);

function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[dmyhs]/i.test(bare) && !/^[#0.,%\s]*$/.test(bare) && !/general/i.test(bare);
}

type Style = { percent: boolean; date: boolean };

function readStyles(xml: string | undefined): Style[] {
  if (!xml) return [];
  const custom = new Map<number, string>();
  const nf = /<numFmt\b([^>]*)\/?>/g;
  for (let m = nf.exec(xml); m; m = nf.exec(xml)) custom.set(Number(attr(m[1]!, 'numFmtId')), attr(m[1]!, 'formatCode') ?? '');
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? '';
  const out: Style[] = [];
  const xf = /<xf\b([^>]*?)(?:\/>|>)/g;
  for (let m = xf.exec(xfs); m; m = xf.exec(xfs)) {
    const id = Number(attr(m[1]!, 'numFmtId') ?? 0);
    const code = custom.get(id);
    out.push({
      percent: id === 9 || id === 10 || (code !== undefined && /%/.test(code.replace(/"[^"]*"/g, ''))),
      date: BUILTIN_DATE.has(id) || (code !== undefined && isDateFormat(code)),
    });
  }
  return out;
}

const colNumber = (ref: string): number => {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n;
};

const NUMERIC = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

const csvCell = (s: string): string => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export type XlsxOptions = ValidateOptions & {
  readonly sheetName?: string | undefined;
  readonly sheetNumber?: number | undefined;
  /** Bounds on what the workbook may claim (defaults: `XLSX_LIMITS`). */
  readonly xlsxLimits?: XlsxLimits | undefined;
};

type SheetChoice = { readonly sheetName?: string | undefined; readonly sheetNumber?: number | undefined; readonly xlsxLimits?: XlsxLimits | undefined };
type SheetText = { readonly text: string; readonly sheet: string; readonly noValue: ReadonlySet<string> };

/**
 * Reads one sheet of a workbook as CSV text with one line per sheet row (line numbers are row numbers), adding
 * the cell-level findings (formulas without a cached value, percent and date formats, numbers stored as text)
 * to `c`. Returns why the workbook cannot be read instead when it cannot.
 */
function readSheet(bytes: Uint8Array, options: SheetChoice, c: Collector): SheetText | { readonly unreadable: Unreadable } | { readonly limit: XlsxLimitExceeded } {
  const dec = new TextDecoder();
  const limits = limitsOf(options.xlsxLimits);
  let parts: Record<string, Uint8Array>;
  try {
    const wanted = (name: string): boolean => (name.startsWith('xl/') && name.endsWith('.xml')) || name.endsWith('.rels');
    const r = unzipBounded(() => unzipSync(bytes, { filter: boundedFilter(limits, wanted) }));
    if (!r.ok) return { limit: r.error };
    parts = r.value;
  } catch (e) {
    return { unreadable: notRead('corrupt', e instanceof Error ? e.message : String(e)) };
  }
  const wb = parts['xl/workbook.xml'];
  if (!wb) return { unreadable: notRead('not_workbook') };
  const wbXml = dec.decode(wb);
  const rels = dec.decode(parts['xl/_rels/workbook.xml.rels'] ?? new Uint8Array(0));
  const sheets: { name: string; target: string }[] = [];
  const sre = /<sheet\b([^>]*)\/?>/g;
  for (let m = sre.exec(wbXml); m; m = sre.exec(wbXml)) {
    const rid = attr(m[1]!, 'r:id') ?? '';
    const rel = new RegExp(`<Relationship\\b[^>]*Id="${rid}"[^>]*>`).exec(rels)?.[0] ?? '';
    const target = attr(rel, 'Target') ?? '';
    sheets.push({ name: attr(m[1]!, 'name') ?? '', target: target.startsWith('/') ? target.slice(1) : `xl/${target}` });
  }
  const chosen = options.sheetName !== undefined ? sheets.find((s) => s.name === options.sheetName) : sheets[(options.sheetNumber ?? 1) - 1];
  if (!chosen || !parts[chosen.target])
    return { unreadable: notRead('no_sheet', '', String(options.sheetName ?? options.sheetNumber ?? 1), sheets.map((s) => s.name).join(', ')) };
  const shared: string[] = [];
  const ss = parts['xl/sharedStrings.xml'];
  if (ss) {
    const xml = dec.decode(ss);
    const re = /<si>([\s\S]*?)<\/si>/g;
    for (let m = re.exec(xml); m; m = re.exec(xml)) shared.push(texts(m[1]!));
  }
  const styles = readStyles(parts['xl/styles.xml'] ? dec.decode(parts['xl/styles.xml']) : undefined);
  const sheet = dec.decode(parts[chosen.target]);

  const rows: { n: number; cells: string[] }[] = [];
  const noValue = new Set<string>();
  let maxCol = 0;
  const rowRe = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;
  const cellRe = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
  let lastRow = 0;
  for (let m = rowRe.exec(sheet); m; m = rowRe.exec(sheet)) {
    const rn = Number(attr(m[1]!, 'r') ?? lastRow + 1);
    const badRow = checkCell(limits, chosen.name, rn, 1);
    if (badRow) return { limit: badRow };
    lastRow = rn;
    const cells: string[] = [];
    const inner = m[2] ?? '';
    cellRe.lastIndex = 0;
    let lastCol = 0;
    for (let cm = cellRe.exec(inner); cm; cm = cellRe.exec(inner)) {
      const a = cm[1]!;
      const body = cm[2] ?? '';
      const ref = attr(a, 'r');
      const col = ref ? colNumber(ref) : lastCol + 1;
      const badCell = checkCell(limits, chosen.name, rn, col);
      if (badCell) return { limit: badCell };
      lastCol = col;
      const t = attr(a, 't') ?? 'n';
      const s = styles[Number(attr(a, 's') ?? 0)];
      const f = /<f\b[^>]*?(?:\/>|>([\s\S]*?)<\/f>)/.exec(body);
      const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      let value = '';
      const loc = { line: rn, column: col, byteOffset: null, record: null, field: null };
      if (f && v === undefined) {
        const formula = unescapeXml(f[1] ?? '(shared formula)');
        noValue.add(`${rn}:${col}`);
        c.add('xlsx/formula-without-value', () => ({ ...loc, value: `=${formula}`, message: { code: 'formula_without_value', params: { formula } }, hint: { code: 'formula_without_value', params: {} } }));
      } else if (t === 's') value = shared[Number(v)] ?? '';
      else if (t === 'inlineStr') value = texts(body);
      else if (t === 'str' || t === 'e') value = unescapeXml(v ?? '');
      else if (t === 'b') value = v === '1' ? 'true' : 'false';
      else if (v !== undefined) {
        value = v;
        const num = Number(v);
        if (s?.percent) c.add('xlsx/percent-format', () => ({ ...loc, value: v, message: { code: 'percent_format', params: { value: num } }, hint: { code: 'percent_format', params: {} } }));
        else if (s?.date) c.add('xlsx/date-serial', () => ({ ...loc, value: v, message: { code: 'date_serial', params: { value: num } }, hint: { code: 'date_serial', params: {} } }));
      }
      if ((t === 's' || t === 'inlineStr') && rn > 1 && NUMERIC.test(value.trim()))
        c.add('xlsx/number-as-text', () => ({ ...loc, value, message: { code: 'number_as_text', params: { value } }, hint: { code: 'number_as_text', params: {} } }));
      while (cells.length < col - 1) cells.push('');
      cells[col - 1] = value;
    }
    maxCol = Math.max(maxCol, cells.length);
    rows.push({ n: rn, cells });
  }
  // Build CSV with one line per sheet row so that line numbers are row numbers.
  const header = rows[0];
  const width = header ? Math.max(header.cells.length, 1) : maxCol;
  let text = '';
  let line = 1;
  for (const r of rows) {
    while (line < r.n) {
      text += '\n';
      line++;
    }
    const cells = r.cells.length < width ? [...r.cells, ...new Array<string>(width - r.cells.length).fill('')] : r.cells;
    text += cells.map(csvCell).join(',') + '\n';
    line++;
    if (text.length > limits.maxSheetChars) return { limit: sheetTooLarge(limits, chosen.name, text.length, r.n) };
  }
  return { text, sheet: chosen.name, noValue };
}

/** Validates an XLSX workbook (one sheet: `sheetName`, `sheetNumber` (1-based) or the first). */
export function validateXlsx(bytes: Uint8Array, options: XlsxOptions = {}): FileResult {
  const file = options.file ?? '<input>';
  const c = new Collector({ file, severities: options.severities, maxSamples: options.maxSamples, onFinding: options.onFinding });
  const read = readSheet(bytes, options, c);
  if ('limit' in read) return overLimit(file, c, bytes.length, read.limit);
  if ('unreadable' in read) return unreadable(file, c, bytes.length, read.unreadable);
  const { text, noValue } = read;
  const inner = validateText(new TextEncoder().encode(text), { ...options, delimiter: ',', decimalChar: options.decimalChar ?? '.', encoding: 'utf-8', onFinding: undefined });
  // Map text positions back to cells; drop cascades at formula cells without a value.
  let dropped = 0;
  const drop = new Map<string, number>();
  const findings = inner.findings.filter((f) => {
    if (f.fieldIndex !== undefined) {
      f.column = f.fieldIndex + 1;
      if (noValue.has(`${f.line ?? 0}:${f.column}`) && (f.ruleId === 'schema/required' || f.ruleId === 'schema/type-error')) {
        dropped++;
        drop.set(f.ruleId, (drop.get(f.ruleId) ?? 0) + 1);
        return false;
      }
    }
    f.byteOffset = null;
    return !(f.ruleId === 'csv/dialect');
  });
  if (options.onFinding) for (const f of findings) options.onFinding(f);
  const counts = { ...inner.counts };
  for (const [k, n] of drop) counts[k] = (counts[k] ?? 0) - n;
  delete counts['csv/dialect'];
  for (const [k, n] of c.counts) counts[k] = (counts[k] ?? 0) + n;
  return {
    ...inner,
    file,
    bytes: bytes.length,
    encoding: 'xlsx',
    dialect: { sheet: read.sheet },
    findings: [...c.findings, ...findings],
    counts: Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0)),
    errors: inner.errors - dropped + c.errors,
    warnings: inner.warnings + c.warnings,
    infos: inner.infos - (inner.counts['csv/dialect'] ?? 0) + c.infos,
  };
}

/**
 * One sheet of an XLSX workbook as CSV text (RFC 4180, one line per sheet row, cached values of formulas), for
 * readers of tables that are not indicator data, such as a plan's activities. Works in Node and the browser.
 */
export function xlsxSheetToCsv(
  bytes: Uint8Array,
  options: SheetChoice = {},
):
  | { readonly ok: true; readonly sheet: string; readonly csv: string }
  | { readonly ok: false; readonly message: string; readonly unreadable?: Unreadable; readonly limit?: XlsxLimitExceeded } {
  const read = readSheet(bytes, options, new Collector({ file: '<input>' }));
  if ('limit' in read) {
    const l = read.limit;
    return { ok: false, message: `the workbook exceeds the ${l.limit} limit (${l.value} > ${l.max})${l.part ? ` in ${l.part}` : ''}`, limit: l };
  }
  return 'unreadable' in read ? { ok: false, message: renderUnreadable(read.unreadable).message, unreadable: read.unreadable } : { ok: true, sheet: read.sheet, csv: read.text };
}

/** A workbook over a limit: one located error finding, nothing validated. */
function overLimit(file: string, c: Collector, bytes: number, l: XlsxLimitExceeded): FileResult {
  c.add('xlsx/limit-exceeded', () => ({
    line: l.row,
    column: l.column,
    byteOffset: null,
    record: null,
    field: l.part || null,
    value: null,
    message: { code: 'xlsx_limit', params: { limit: l.limit, value: l.value, max: l.max, part: l.part } },
    hint: { code: 'xlsx_limit', params: {} },
  }));
  return emptyFileResult(file, c, { bytes, complete: false });
}

const notRead = (reason: 'corrupt' | 'not_workbook' | 'no_sheet', detail = '', sheet = '', sheets = ''): Unreadable => ({
  code: 'corrupt_container',
  params: { container: 'xlsx', reason, sheet, sheets, detail },
});

function unreadable(file: string, c: Collector, bytes: number, why: Unreadable): FileResult {
  return emptyFileResult(file, c, { bytes, unreadable: why });
}
