import { AreaChecker } from './area-codes.js';
import type { Finding, FindingBody } from './collector.js';
import { Collector } from './collector.js';
import type { ParserIssue, RawRecord } from './csv-parser.js';
import { CsvParser } from './csv-parser.js';
import type { DecodeIssue, SupportedEncoding } from './decode.js';
import { StreamDecoder, rankLegacyEncodings, resolveEncoding, sniffStart } from './decode.js';
import type { SniffedDialect } from './dialect.js';
import { sniffDialect } from './dialect.js';
import { KeyHasher, KeyIndex, addNumber, hash32, numberHash } from './key-index.js';
import type { ColumnPlan, Layout, LayoutPlan, Role } from './layouts.js';
import { isWdiHeader, isWdiPreamble, planLayout } from './layouts.js';
import type { FindingHint, FindingMessage, LayoutCode } from './finding.js';
import type { SeverityOverride } from './rules.js';
import type { SchemaField, TableSchema } from './descriptors.js';
import type { CastOut, Caster, Hint } from './table-schema.js';
import { Cast, anyString, casterFor, keyFields, missingValuesFor, newCastOut, xsdPattern } from './table-schema.js';
import { escapeValue, findInvisible, formulaTrigger, homoglyphs, own } from './text-checks.js';
import { SeriesStore } from './series.js';

/** Indicator catalogue the rule pack checks codes (and default units) against. */
export type IndicatorCatalogue = {
  readonly codes: ReadonlySet<string>;
  /** Unit per indicator code, used when the file has no unit column. */
  readonly units?: ReadonlyMap<string, string>;
};

/** A code list a foreign key can point to (Table Schema `foreignKeys` with `reference.resource`). */
export type CodeLists = Readonly<Record<string, ReadonlySet<string>>>;

export type ValidateOptions = {
  /** Name used in findings (a path for files). */
  readonly file?: string;
  /** IANA encoding name; missing → detect (UTF-8 strict, BOMs). */
  readonly encoding?: string | undefined;
  readonly delimiter?: string | undefined;
  readonly quoteChar?: string | undefined;
  readonly doubleQuote?: boolean | undefined;
  readonly escapeChar?: string | undefined;
  /** false: the file has no header row (columns are named field1…fieldN). */
  readonly header?: boolean | undefined;
  /** Table Dialect `headerRows` (1-based physical records forming the header, joined with `headerJoin`). */
  readonly headerRows?: readonly number[] | undefined;
  readonly headerJoin?: string | undefined;
  /** Records whose first field starts with this character are comments (skipped). */
  readonly commentChar?: string | undefined;
  /** Table Dialect `commentRows`: 1-based physical record numbers to skip. */
  readonly commentRows?: readonly number[] | undefined;
  /** Drop spaces right after a delimiter. */
  readonly skipInitialSpace?: boolean | undefined;
  /** A value meaning null in every field (added to the missing values). */
  readonly nullSequence?: string | undefined;
  readonly decimalChar?: string | undefined;
  readonly groupChar?: string | undefined;
  /** Schema-level missing values (default `[""]`). */
  readonly missingValues?: readonly string[] | undefined;
  /** A Table Schema; its fields override the layout defaults by name. */
  readonly schema?: TableSchema | undefined;
  readonly layout?: Layout | undefined;
  /** Years after it are errors unless flagged F (default: the current UTC year). */
  readonly referenceYear?: number | undefined;
  readonly catalogue?: IndicatorCatalogue | undefined;
  /** Extra allowed aggregate area codes. */
  readonly aggregates?: readonly string[] | undefined;
  readonly codeLists?: CodeLists | undefined;
  readonly severities?: Readonly<Record<string, SeverityOverride>> | undefined;
  /** Samples kept per rule (default 100); counts are always complete. */
  readonly maxSamples?: number | undefined;
  readonly maxFieldBytes?: number | undefined;
  readonly maxLineBytes?: number | undefined;
  /** Minimum data rows (default 1): fewer → `csv/no-data-rows`. */
  readonly minRows?: number | undefined;
  /** Robust z-score above which a year-on-year change is reported (default 6). */
  readonly jumpThreshold?: number | undefined;
  /** Only structure and encoding (parse, column counts, UTF-8): no cell, key or domain checks. */
  readonly structureOnly?: boolean | undefined;
  /** Series checks (jumps, coverage, percent-as-fraction). Default true. */
  readonly seriesChecks?: boolean | undefined;
  /** Called for every kept finding as soon as it is found (data: render it with `renderFinding`). */
  readonly onFinding?: ((f: Finding) => void) | undefined;
  /** Called for every record with whether it is free of errors (for --write-valid / --write-invalid). */
  readonly onRow?: ((raw: string, valid: boolean, header: boolean) => void) | undefined;
};

export type UnreadableCode = 'unsupported_format' | 'corrupt_container' | 'unsupported_encoding' | 'io_error';

export type FileResult = {
  file: string;
  rows: number;
  rowsChecked: number;
  observations: number;
  bytes: number;
  encoding: string | null;
  layout: Layout | null;
  dialect: Record<string, unknown> | null;
  /** False when scanning stopped before the end (binary file, size guard, unreadable). */
  complete: boolean;
  unreadable?: { code: UnreadableCode; message: string; hint: string };
  findings: Finding[];
  counts: Record<string, number>;
  errors: number;
  warnings: number;
  infos: number;
  /** Declared missing-value markers met, with counts. */
  missing: Record<string, number>;
  coverage: CoverageRow[];
};

export type CoverageRow = { indicator: string; areas: number; firstYear: number; lastYear: number; values: number; gaps: number };

const OBS_STATUS = new Set(['A', 'B', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'L', 'M', 'N', 'O', 'P', 'Q', 'S', 'U', 'V']);
const SDG_NATURE = new Set(['C', 'CA', 'E', 'G', 'M', 'N']);
const SDMX_ACTIONS = new Set(['I', 'A', 'R', 'D']);

/** Known container magic numbers. */
export function sniffContainer(head: Uint8Array): 'zip' | 'gzip' | 'pdf' | 'ole' | undefined {
  const [a, b, c, d] = [head[0], head[1], head[2], head[3]];
  if (a === 0x50 && b === 0x4b && (c === 3 || c === 5 || c === 7) && (d === 4 || d === 6 || d === 8)) return 'zip';
  if (a === 0x1f && b === 0x8b) return 'gzip';
  if (a === 0x25 && b === 0x50 && c === 0x44 && d === 0x46) return 'pdf';
  if (a === 0xd0 && b === 0xcf && c === 0x11 && d === 0xe0) return 'ole';
  return undefined;
}

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

type Col = {
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

const STATE_OK = 0;
const STATE_MISSING = 1;
const STATE_BAD = 2;

/**
 * Validates one delimited text file pushed as byte chunks. The core has no Node APIs: the CLI and the web
 * app feed it chunks from a file stream or a `File`.
 *
 * @example
 * const v = createValidator({ file: 'data.csv' });
 * v.push(new TextEncoder().encode('iso3,indicator,year,value\nKAZ,EGDI,2024,0.86\n'));
 * const result = v.end();
 */
export function createValidator(options: ValidateOptions = {}): StreamValidator {
  return new StreamValidator(options);
}

export class StreamValidator {
  private readonly o: ValidateOptions;
  private readonly c: Collector;
  private readonly file: string;
  private head: Uint8Array[] = [];
  private headLen = 0;
  private started = false;
  private stopped = false;
  private unreadable: FileResult['unreadable'];
  private bytes = 0;
  private decoder: StreamDecoder | undefined;
  private parser: CsvParser | undefined;
  private dialect: SniffedDialect | undefined;
  private legacyHint: FindingHint | undefined;
  // header and columns
  private headerDone = false;
  private preamble = false;
  private preambleRecords = 0;
  private plan: LayoutPlan | undefined;
  private cols: Col[] = [];
  private ncols = 0;
  private trailingEmptyColumn = false;
  // row state
  private rows = 0;
  private rowsChecked = 0;
  private observations = 0;
  private readonly out: CastOut = newCastOut();
  private state: Uint8Array = new Uint8Array(0);
  private nums: Float64Array = new Float64Array(0);
  private strs: string[] = [];
  private readonly missingCounts = new Map<string, number>();
  // roles
  private areaCol = -1;
  private indCol = -1;
  private timeCol = -1;
  private valueCol = -1;
  private unitCol = -1;
  private statusCol = -1;
  private natureCol = -1;
  private actionCol = -1;
  private dimCols: number[] = [];
  private wideCols: number[] = [];
  private areas: AreaChecker;
  private readonly unitCache = new Map<string, UnitClass>();
  private readonly codeCache = new Map<string, UnitClass>();
  private readonly indicatorSeen = new Map<string, boolean>();
  private readonly refYear: number;
  // keys
  private readonly hasher = new KeyHasher();
  private obsIndex: KeyIndex | undefined;
  /** Whether observations are stored (series checks, duplicate observations). */
  private keepObservations = true;
  private pk: { cols: number[]; index: KeyIndex; names: string } | undefined;
  private uks: { cols: number[]; index: KeyIndex; names: string }[] = [];
  private lastArea = '\u0000';
  private lastVerdict: ReturnType<AreaChecker['check']> = { kind: 'ok' };
  private lastUnit = '\u0000';
  private lastUnitClass: UnitClass = 'unknown';
  private labelsBoth = false;
  private sdg = false;
  private readonly series = new SeriesStore();
  private rec: RawRecord | undefined;

  constructor(options: ValidateOptions) {
    this.o = options;
    this.file = options.file ?? '<input>';
    this.c = new Collector({ file: this.file, severities: options.severities, maxSamples: options.maxSamples, onFinding: options.onFinding });
    this.refYear = options.referenceYear ?? new Date().getUTCFullYear();
    this.areas = new AreaChecker(options.aggregates ?? []);
  }

  /** Adds the next chunk of bytes. */
  push(chunk: Uint8Array): void {
    if (this.stopped) return;
    this.bytes += chunk.length;
    if (!this.started) {
      this.head.push(chunk);
      this.headLen += chunk.length;
      if (this.headLen < 65536) return;
      this.begin();
      return;
    }
    this.feed(this.decoder!.push(chunk), this.decoder!.drain());
  }

  /** Ends the stream and returns the result of the file. */
  end(): FileResult {
    if (!this.started && !this.stopped) {
      if (this.headLen === 0) {
        this.c.add('csv/empty-file', () => this.at0({ code: 'empty_file', params: {} }, { code: 'empty_file', params: {} }));
        this.stopped = true;
      } else this.begin();
    }
    if (!this.stopped && this.decoder && this.parser) {
      this.feed(this.decoder.end(), this.decoder.drain());
      this.parser.end();
      this.finish();
    }
    return this.result();
  }

  private at0(message: FindingMessage, hint: FindingHint | null, line = 1, column = 1, byteOffset = 0): FindingBody {
    return { line, column, byteOffset, record: null, field: null, value: null, message, hint };
  }

  private begin(): void {
    this.started = true;
    const first = this.head.length === 1 ? this.head[0]! : concat(this.head, this.headLen);
    this.head = [];
    const container = sniffContainer(first);
    if (container) {
      this.c.add('csv/container', () => this.at0({ code: 'container', params: { kind: container } }, { code: 'container', params: {} }));
      this.stop('unsupported_format', `${this.file}: the file is a ${container} container, not delimited text`, 'Rename it to its real extension, or unpack it.');
      return;
    }
    let given: SupportedEncoding | undefined;
    if (this.o.encoding) {
      const r = resolveEncoding(this.o.encoding);
      if (!r.ok) {
        this.stop('unsupported_encoding', `unsupported encoding "${this.o.encoding}"`, r.hint);
        return;
      }
      given = r.encoding;
    }
    const start = sniffStart(first, given);
    if (start.detected === 'bom' && start.encoding === 'utf-8') this.c.add('enc/utf8-bom', () => this.at0({ code: 'utf8_bom', params: {} }, null));
    else if (start.detected === 'bom' || start.detected === 'nul-pattern')
      this.c.add('enc/unicode-bom', () => this.at0({ code: 'unicode_bom', params: { encoding: start.encoding.toUpperCase(), bom: start.detected === 'bom' } }, { code: 'unicode_bom', params: {} }));
    else if (given && given !== 'utf-8') this.c.add('enc/legacy-encoding', () => this.at0({ code: 'legacy_encoding', params: { encoding: given } }, { code: 'legacy_encoding', params: {} }));
    if (start.encoding === 'utf-8' || start.detected === 'given') {
      const sample = first.subarray(0, 8192);
      let nul = 0;
      for (let i = sample.indexOf(0); i !== -1; i = sample.indexOf(0, i + 1)) nul++;
      if (nul > 16 && nul > sample.length / 20) {
        this.c.add('enc/binary-file', () => this.at0({ code: 'binary_file', params: { count: nul } }, { code: 'binary', params: {} }));
        this.stop(undefined);
        return;
      }
    }
    this.decoder = new StreamDecoder(start);
    const text = this.decoder.push(first, true);
    const issues = this.decoder.drain();
    const d = sniffDialect(text, this.o.delimiter);
    this.dialect = d;
    const maxField = this.o.maxFieldBytes ?? 1 << 20;
    this.parser = new CsvParser({
      dialect: { delimiter: d.delimiter, quoteChar: this.o.quoteChar ?? '"', doubleQuote: this.o.doubleQuote ?? true, escapeChar: this.o.escapeChar },
      byteLength: this.decoder.byteLength,
      utf8: start.encoding === 'utf-8',
      startByte: start.bomLength + d.sepLineLength,
      startLine: d.sepLineLength ? 2 : 1,
      maxFieldChars: maxField,
      maxRecordChars: this.o.maxLineBytes ?? Math.max(maxField * 4, 16 << 20),
      onRecord: (rec, p) => this.onRecord(rec, p),
      onIssue: (issue, p) => this.onParserIssue(issue, p),
    });
    this.reportDecodeIssues(issues, { line: 1, column: 1 });
    this.parser.push(
      d.sepLineLength ? text.slice(d.sepLineLength) : text,
      this.decoder.textEnd,
      this.decoder.replacements.map((r) => ({ at: r.at - d.sepLineLength, bytes: r.bytes })),
    );
  }

  private stop(code: UnreadableCode | undefined, message = '', hint = ''): void {
    this.stopped = true;
    if (code) this.unreadable = { code, message, hint };
  }

  private feed(text: string, issues: DecodeIssue[]): void {
    const p = this.parser!;
    if (issues.length) this.reportDecodeIssues(issues, p.tailPosition());
    if (text) p.push(text, this.decoder!.textEnd, this.decoder!.replacements);
  }

  private lastInvalidLine = 0;

  private reportDecodeIssues(issues: DecodeIssue[], base: { line: number; column: number }): void {
    for (let k = 0; k < issues.length; k++) {
      const is = issues[k]!;
      const line = base.line + is.newlines;
      const column = is.newlines === 0 ? base.column + is.codePoints : is.codePoints + 1;
      if (is.kind === 'nul') {
        this.c.add('enc/binary-byte', () => ({ line, column, byteOffset: is.byteOffset, record: null, field: null, value: is.hex, message: { code: 'nul_byte', params: {} }, hint: { code: 'binary', params: {} } }));
        continue;
      }
      // One finding per line: the first invalid sequence, with the count of the others on that line.
      if (line === this.lastInvalidLine) continue;
      this.lastInvalidLine = line;
      let more = 0;
      for (let j = k + 1; j < issues.length && issues[j]!.kind === 'invalid-utf8' && base.line + issues[j]!.newlines === line; j++) more++;
      this.c.add('enc/invalid-utf8', () => ({
        line,
        column,
        byteOffset: is.byteOffset,
        record: null,
        field: null,
        value: is.hex,
        expected: 'UTF-8',
        message: { code: 'invalid_utf8', params: { hex: is.hex, offset: is.byteOffset, more } },
        hint: this.legacy(),
      }));
    }
  }

  /** The hint of enc/invalid-utf8: the legacy encodings the bytes look like, ranked (worked out once). */
  private legacy(): FindingHint {
    if (this.legacyHint === undefined) {
      const fi = this.decoder?.firstInvalid;
      const ranked = fi ? rankLegacyEncodings(fi.sample, fi.line) : [];
      const best = ranked[0];
      this.legacyHint =
        best && best.score > 0
          ? { code: 'invalid_utf8', params: { best: best.encoding, preview: best.preview, candidates: ranked.map((r) => `${r.encoding} (score ${r.score})`).join(', ') } }
          : { code: 'invalid_utf8', params: { best: null, preview: null, candidates: null } };
    }
    return this.legacyHint;
  }

  private onParserIssue(issue: ParserIssue, p: CsvParser): void {
    const pos = p.locate(issue.at);
    const base = { ...pos, record: this.headerDone ? this.rows + 1 : null, field: null, value: null };
    switch (issue.rule) {
      case 'csv/stray-quote':
        this.c.add(issue.rule, () => ({ ...base, message: { code: 'stray_quote', params: {} }, hint: { code: 'stray_quote', params: {} } }));
        break;
      case 'csv/unclosed-quote':
        this.c.add(issue.rule, () => ({ ...base, message: { code: 'unclosed_quote', params: { reason: issue.reason } }, hint: { code: 'unclosed_quote', params: {} } }));
        break;
      case 'csv/mixed-line-endings':
        this.c.add(issue.rule, () => ({ ...base, message: { code: 'mixed_endings', params: { found: issue.found, first: issue.first } }, hint: { code: 'mixed_endings', params: {} } }));
        break;
      case 'csv/field-too-large':
        this.c.add(issue.rule, () => ({ ...base, message: { code: 'field_too_large', params: { size: issue.size, max: this.o.maxFieldBytes ?? 1 << 20 } }, hint: { code: 'size', params: {} } }));
        break;
      case 'csv/line-too-long':
        this.c.add(issue.rule, () => ({ ...base, message: { code: 'line_too_long', params: { size: issue.size, max: this.o.maxLineBytes ?? 0 } }, hint: { code: 'size', params: {} } }));
        break;
    }
    if (issue.rule === 'csv/unclosed-quote' || issue.rule === 'csv/line-too-long') {
      if (issue.rule === 'csv/line-too-long' || issue.reason === 'too-large') this.incomplete = true;
    }
  }

  private incomplete = false;

  // ---------------------------------------------------------------- header
  private recordNo = 0;
  private headerParts: string[][] = [];

  private onRecord(rec: RawRecord, p: CsvParser): void {
    this.rec = rec;
    this.recordNo++;
    const o = this.o;
    if ((o.commentChar && rec.fields[0]?.startsWith(o.commentChar)) || o.commentRows?.includes(this.recordNo)) return;
    if (o.skipInitialSpace) for (let i = 0; i < rec.fields.length; i++) if (rec.fields[i]!.charCodeAt(0) === 32) rec.fields[i] = rec.fields[i]!.replace(/^ +/, '');
    if (!this.headerDone && o.headerRows && o.headerRows.length > 1) {
      // multi-row header: collect the listed records, then join them column by column
      const last = Math.max(...o.headerRows);
      if (o.headerRows.includes(this.recordNo)) this.headerParts.push([...rec.fields]);
      if (this.recordNo < last) return;
      const width = Math.max(...this.headerParts.map((r) => r.length));
      const joined = Array.from({ length: width }, (_, i) =>
        this.headerParts
          .map((r) => r[i] ?? '')
          .filter((x) => x !== '')
          .join(o.headerJoin ?? ' '),
      );
      rec.fields = joined;
      rec.starts = joined.map((_, i) => rec.starts[i] ?? rec.start);
    } else if (!this.headerDone && o.headerRows?.length === 1 && this.recordNo < o.headerRows[0]!) return;
    if (!this.headerDone) {
      this.onHeaderCandidate(rec, p);
      return;
    }
    this.onRow(rec, p);
  }

  private onHeaderCandidate(rec: RawRecord, p: CsvParser): void {
    const f = rec.fields;
    const blank = f.every((x) => x.trim() === '');
    if (this.preamble) {
      this.preambleRecords++;
      if (!isWdiHeader(f) && this.preambleRecords < 20) {
        this.o.onRow?.(p.rawRecord(), true, true);
        return;
      }
    } else if (isWdiPreamble(f) && this.o.layout !== 'table') {
      this.preamble = true;
      this.o.onRow?.(p.rawRecord(), true, true);
      return;
    } else if (blank) {
      this.c.add('csv/blank-row', () => ({ ...p.locate(rec.start), record: null, field: null, value: null, message: { code: 'blank_row', params: {} }, hint: { code: 'blank_row', params: {} } }));
      return;
    }
    this.headerDone = true;
    let names = f.map(own);
    if (this.o.header === false) {
      names = f.map((_, i) => `field${i + 1}`);
    }
    // WDI: every line ends with a delimiter → an unnamed empty last column.
    if (this.preamble || isWdiHeader(names)) {
      if (names.length > 4 && names[names.length - 1] === '') this.trailingEmptyColumn = true;
    }
    this.setupColumns(names, rec, p);
    if (this.o.header === false) this.onRow(rec, p);
    else this.o.onRow?.(p.rawRecord(), true, true);
  }

  private setupColumns(names: string[], rec: RawRecord, p: CsvParser): void {
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
      if (this.trailingEmptyColumn && i === names.length - 1) return;
      const name = raw.trim();
      if (name === '') {
        this.c.add('csv/blank-header', () => hdr(i, { code: 'blank_header', params: { column: i + 1 } }, { code: 'blank_header', params: {} }));
        return;
      }
      if (name !== raw) this.c.add('csv/padded-header', () => hdr(i, { code: 'padded_header', params: { name: raw } }, { code: 'padded_header', params: {} }));
      const inv = findInvisible(raw);
      if (inv !== -1) this.c.add('enc/invisible-char', () => hdr(i, { code: 'invisible', params: { char: escapeValue(raw.charAt(inv)) } }, { code: 'invisible', params: {} }));
      const prev = seen.get(name);
      if (prev !== undefined) this.c.add('csv/duplicate-header', () => hdr(i, { code: 'duplicate_header', params: { name, firstColumn: prev + 1 } }, { code: 'duplicate_header', params: {} }));
      else seen.set(name, i);
    });
    const trimmed = names.map((n) => n.trim());
    const plan = planLayout(trimmed, this.o.layout);
    this.plan = plan;
    const d = this.dialect!;
    const decimalChar = this.o.decimalChar ?? (d.decimalComma ? ',' : undefined);
    const groupChar = this.o.groupChar ?? (d.decimalComma ? d.groupChar : undefined);
    const dialect: FindingMessage = {
      code: 'dialect',
      params: {
        delimiter: JSON.stringify(d.delimiter),
        source: d.delimiterSource === 'sep-line' ? 'sep_line' : d.delimiterSource,
        quote: JSON.stringify(this.o.quoteChar ?? '"'),
        decimal: JSON.stringify(decimalChar ?? '.'),
        group: groupChar ? JSON.stringify(groupChar) : null,
        encoding: this.decoder!.start.encoding,
      },
    };
    const layout: FindingMessage = {
      code: 'layout',
      params: { layout: plan.layout.replace(/-/g, '_') as LayoutCode, years: plan.columns.filter((c) => c.wideYear !== undefined).length, labelsBoth: plan.labelsBoth },
    };
    const pos = p.locate(rec.start);
    this.c.add('csv/dialect', () => ({ ...pos, record: null, field: null, value: null, message: dialect, hint: null }));
    this.c.add('csv/layout', () => ({ ...pos, record: null, field: null, value: null, message: layout, hint: null }));
    if (d.decimalComma && !this.o.decimalChar && d.numberSample)
      this.c.add('csv/decimal-comma', () => ({ ...pos, record: null, field: null, value: d.numberSample ?? null, message: { code: 'decimal_comma', params: { sample: d.numberSample ?? '' } }, hint: { code: 'decimal_comma', params: {} } }));

    // user schema: fields by name override the layout defaults
    const schema = this.o.schema;
    const byName = new Map(schema?.fields.map((f) => [f.name, f]) ?? []);
    if (schema) {
      const match = schema.fieldsMatch ?? 'exact';
      const headerSet = new Set(trimmed);
      if (match === 'exact' || match === 'equal' || match === 'superset') {
        for (const f of schema.fields)
          if (!headerSet.has(f.name)) this.c.add('schema/missing-field', () => ({ ...pos, record: null, field: f.name, value: null, message: { code: 'missing_field', params: { name: f.name } }, hint: { code: 'missing_field', params: {} } }));
      }
      if (match === 'exact' || match === 'equal' || match === 'subset') {
        trimmed.forEach((n, i) => {
          if (n && !byName.has(n) && !(this.trailingEmptyColumn && i === trimmed.length - 1))
            this.c.add('schema/extra-field', () => hdr(i, { code: 'extra_field', params: { name: n } }, { code: 'extra_field', params: {} }));
        });
      }
      if (match === 'exact') {
        let k = 0;
        trimmed.forEach((n, i) => {
          if (byName.has(n)) {
            if (schema.fields[k]?.name !== n && schema.fields.some((f) => f.name === n))
              this.c.add('schema/extra-field', () => hdr(i, { code: 'field_order', params: { name: n } }, { code: 'field_order', params: {} }));
            k++;
          }
        });
      }
    }
    const pkNames = schema?.primaryKey ? keyFields(schema.primaryKey) : [];
    this.cols = plan.columns.map((cp) => {
      const user = byName.get(cp.name);
      let field: SchemaField = user ? { ...cp.field, ...user } : cp.field;
      if ((field.type === 'number' || field.type === 'integer') && (decimalChar || groupChar)) {
        field = { ...field, ...(decimalChar && !field.decimalChar ? { decimalChar } : {}), ...(groupChar && !field.groupChar ? { groupChar } : {}) };
      }
      const missing = new Set(field.missingValues ? missingValuesFor(field, undefined) : missingValuesFor(field, schema?.missingValues ?? this.o.missingValues?.map((v) => v)));
      if (this.o.nullSequence !== undefined) missing.add(this.o.nullSequence);
      const type = field.type ?? 'string';
      const required = field.constraints?.required === true || pkNames.includes(cp.name);
      const fk = schema?.foreignKeys?.find((k) => keyFields(k.fields).length === 1 && keyFields(k.fields)[0] === cp.name && k.reference.resource && this.o.codeLists?.[k.reference.resource]);
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
        foreign: fk ? { set: this.o.codeLists![fk.reference.resource!]!, name: fk.reference.resource! } : undefined,
      };
    });
    this.labelsBoth = plan.labelsBoth;
    this.sdg = plan.layout === 'sdg-long';
    this.ncols = names.length;
    this.state = new Uint8Array(this.ncols);
    this.nums = new Float64Array(this.ncols);
    this.strs = new Array<string>(this.ncols).fill('');
    const idx = (role: Role): number => this.cols.findIndex((c) => c.role === role);
    this.areaCol = idx('area');
    this.indCol = idx('indicator');
    this.timeCol = idx('time');
    this.valueCol = plan.layout === 'wdi-wide' ? -1 : idx('value');
    this.unitCol = idx('unit');
    this.statusCol = idx('status');
    this.natureCol = idx('nature');
    this.actionCol = idx('action');
    this.dimCols = this.cols.filter((c) => c.role === 'dimension').map((c) => c.plan.index);
    this.wideCols = this.cols.filter((c) => c.plan.wideYear !== undefined).map((c) => c.plan.index);
    if (plan.m49) this.areas = new AreaChecker(this.o.aggregates ?? [], true);
    const isObs = plan.layout !== 'table';
    if (isObs) {
      const missingRoles = (['area', 'indicator', 'time', 'value'] as const).filter((r) => plan.layout === 'wdi-wide' ? (r === 'value' ? this.wideCols.length === 0 : r === 'time' ? false : idx(r) === -1) : idx(r) === -1);
      if (missingRoles.length) {
        this.c.add('csv/unknown-layout', () => ({ ...pos, record: null, field: null, value: null, message: { code: 'unknown_layout', params: { missing: missingRoles.map((r) => (r === 'area' ? 'country' : r === 'time' ? 'year' : r)).join(', '), count: missingRoles.length } }, hint: { code: 'unknown_layout', params: {} } }));
      }
      const tcol = this.cols[this.timeCol];
      if (!pkNames.length && plan.layout !== 'wdi-wide' && tcol && tcol.type !== 'year' && tcol.type !== 'integer') this.obsIndex = new KeyIndex(4096);
      // With the series checks and both duplicate rules off, nothing needs the observations: memory stays
      // constant in the number of rows.
      this.keepObservations =
        this.o.seriesChecks !== false || this.c.severity('ind/duplicate-row') !== 'off' || this.c.severity('ind/duplicate-conflict') !== 'off';
    }
    if (pkNames.length) {
      const cols = pkNames.map((n) => trimmed.indexOf(n));
      if (cols.every((i) => i >= 0)) this.pk = { cols, index: new KeyIndex(4096), names: pkNames.join(', ') };
    }
    for (const uk of schema?.uniqueKeys ?? []) {
      const cols = uk.map((n) => trimmed.indexOf(n));
      if (cols.every((i) => i >= 0)) this.uks.push({ cols, index: new KeyIndex(), names: uk.join(', ') });
    }
  }

  // ---------------------------------------------------------------- rows
  private cellFinding(c: number, message: FindingMessage, hint: FindingHint | null | undefined, extra?: Partial<FindingBody>, offset = 0): FindingBody {
    const p = this.parser!;
    const rec = this.rec!;
    const raw = rec.fields[c] ?? '';
    const pos = p.locate((rec.starts[c] ?? rec.start) + offset);
    return {
      ...pos,
      ...(offset === 0 && !raw.includes('\n') ? { endLine: pos.line, endColumn: pos.column + [...raw].length } : {}),
      record: this.rows,
      field: this.cols[c]?.name ?? null,
      fieldIndex: c,
      value: escapeValue(raw),
      message,
      hint: hint ?? null,
      ...extra,
    };
  }

  private onRow(rec: RawRecord, p: CsvParser): void {
    this.rows++;
    const c = this.c;
    c.rowError = false;
    const fields = rec.fields;
    const n = fields.length;
    if (n === 1 ? fields[0] === '' : fields[0] === '' && fields.every((x) => x === '')) {
      c.add('csv/blank-row', () => ({ ...p.locate(rec.start), record: this.rows, field: null, value: null, message: { code: 'blank_row', params: {} }, hint: { code: 'blank_row', params: {} } }));
      return;
    }
    if (rec.unclosed) {
      this.o.onRow?.(p.rawRecord(), false, false);
      return;
    }
    if (n !== this.ncols) {
      const at = n > this.ncols ? (rec.starts[this.ncols] ?? rec.end) : rec.end;
      c.add('csv/ragged-row', () => ({
        ...p.locate(at),
        record: this.rows,
        field: null,
        value: escapeValue(p.rawRecord()),
        expected: `${this.ncols} fields`,
        actual: `${n} fields`,
        message: { code: 'ragged_row', params: { expected: this.ncols, fields: n } },
        hint: { code: 'ragged', params: { short: n < this.ncols } },
      }));
      this.o.onRow?.(p.rawRecord(), false, false);
      return;
    }
    this.rowsChecked++;
    if (this.o.structureOnly) {
      this.o.onRow?.(p.rawRecord(), true, false);
      return;
    }
    const cols = this.cols;
    const out = this.out;
    const state = this.state;
    const nums = this.nums;
    const strs = this.strs;
    const lastCol = this.trailingEmptyColumn ? n - 1 : n;
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
          c.add('schema/whitespace', () => this.cellFinding(ii, { code: 'whitespace', params: {} }, { code: 'whitespace', params: {} }));
          raw = t;
          if (col.missing.has(raw)) {
            this.missingCell(i, col, raw);
            continue;
          }
        }
      }
      if (this.labelsBoth && col.role !== 'value' && col.role !== 'time') {
        const k = raw.indexOf(': ');
        if (k > 0) raw = raw.slice(0, k);
      }
      out.hint = undefined;
      const st: number = col.anyText ? Cast.ok : this.sdg && col.role === 'value' ? this.sdgValue(i, raw) : col.cast(raw, out);
      if (st === Cast.ok) {
        state[i] = STATE_OK;
        nums[i] = out.num;
        strs[i] = raw;
        if (col.constraints) this.checkConstraints(i, col, raw);
        if (col.checkLeadingZero && out.leadingZero) {
          const ii = i;
          c.add('schema/leading-zero', () => this.cellFinding(ii, { code: 'leading_zero', params: { value: raw } }, { code: 'leading_zero', params: {} }));
        }
        if (col.isText) this.textChecks(i, col, raw);
        if (col.unique) this.checkUnique(i, col, raw);
        if (col.foreign && !col.foreign.set.has(raw)) {
          const ii = i;
          const fk = col.foreign;
          c.add('schema/foreign-key', () => this.cellFinding(ii, { code: 'foreign_key', params: { value: raw, list: fk.name } }, { code: 'foreign_key', params: { list: fk.name } }));
        }
      } else if (st === STATE_MISSING) {
        state[i] = STATE_MISSING;
      } else {
        state[i] = STATE_BAD;
        const ii = i;
        // the caster set the hint (control flow cannot see that through the call); it is built with the finding
        const hint = out.hint as Hint | undefined;
        if (st === Cast.nonFinite) c.add('schema/non-finite', () => this.cellFinding(ii, { code: 'non_finite', params: { value: raw } }, hint?.(), { expected: 'a finite number' }));
        else c.add('schema/type-error', () => this.cellFinding(ii, { code: 'type_error', params: { type: col.type, value: raw } }, hint?.(), { expected: col.type }));
      }
    }
    if (this.pk) this.checkKey(this.pk, 'schema/primary-key');
    for (const uk of this.uks) this.checkKey(uk, 'schema/unique-key');
    if (this.plan!.layout !== 'table') this.observe(rec);
    if (this.o.onRow) {
      if (!c.rowError && this.decoder!.invalidCount > 0 && p.rawRecord().includes('\uFFFD')) c.rowError = true;
      this.o.onRow(p.rawRecord(), !c.rowError, false);
    }
  }

  private missingCell(i: number, col: Col, raw: string): void {
    this.state[i] = STATE_MISSING;
    const prev = this.missingCounts.get(raw);
    this.missingCounts.set(prev === undefined ? own(raw) : raw, (prev ?? 0) + 1);
    if (col.required) this.c.add('schema/required', () => this.cellFinding(i, { code: 'required', params: { field: col.name } }, { code: 'required', params: {} }));
  }

  private readonly sdgNumber = casterFor({ name: 'Value', type: 'number' });

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
    if (st === Cast.ok && m) this.c.add('ind/censored-value', () => this.cellFinding(i, { code: 'censored', params: { value: raw } }, null));
    return st;
  }

  private checkConstraints(i: number, col: Col, raw: string): void {
    const k = col.constraints!;
    const c = this.c;
    const v = k.numeric ? this.out.num : raw.length;
    if (k.minLength !== undefined && raw.length < k.minLength) c.add('schema/min-length', () => this.cellFinding(i, { code: 'min_length', params: { limit: k.minLength! } }, null, { expected: `minLength ${k.minLength}` }));
    if (k.maxLength !== undefined && raw.length > k.maxLength) c.add('schema/max-length', () => this.cellFinding(i, { code: 'max_length', params: { limit: k.maxLength! } }, null, { expected: `maxLength ${k.maxLength}` }));
    if (k.numeric) {
      if ((k.min !== undefined && v < k.min) || (k.exMin !== undefined && v <= k.exMin))
        c.add('schema/minimum', () => this.cellFinding(i, { code: 'minimum', params: { limit: col.field.constraints?.minimum ?? col.field.constraints?.exclusiveMinimum ?? '' } }, null, { expected: `≥ ${col.field.constraints?.minimum ?? `> ${col.field.constraints?.exclusiveMinimum}`}` }));
      if ((k.max !== undefined && v > k.max) || (k.exMax !== undefined && v >= k.exMax))
        c.add('schema/maximum', () => this.cellFinding(i, { code: 'maximum', params: { limit: col.field.constraints?.maximum ?? col.field.constraints?.exclusiveMaximum ?? '' } }, null, { expected: `≤ ${col.field.constraints?.maximum ?? `< ${col.field.constraints?.exclusiveMaximum}`}` }));
    }
    if (k.pattern && !k.pattern.test(raw)) c.add('schema/pattern', () => this.cellFinding(i, { code: 'pattern', params: { pattern: col.field.constraints?.pattern ?? '' } }, null, { expected: col.field.constraints?.pattern ?? '' }));
    if (k.enumSet && !k.enumSet.has(k.numeric ? this.out.num : raw))
      c.add('schema/enum', () => this.cellFinding(i, { code: 'enum', params: { values: [...k.enumSet!].slice(0, 10).join(', ') } }, null, { expected: [...k.enumSet!].join(', ') }));
  }

  private textChecks(i: number, col: Col, raw: string): void {
    if (raw.length === 0) return;
    const c0 = raw.charCodeAt(0);
    if ((c0 === 61 || c0 === 43 || c0 === 45 || c0 === 64 || c0 === 9 || c0 === 13 || c0 === 0xff1d) && formulaTrigger(raw) && !col.isCode)
      this.c.add('schema/formula-injection', () => this.cellFinding(i, { code: 'formula', params: { value: raw } }, { code: 'formula', params: {} }));
    if (this.parser!.ascii) return; // no invisible characters or homoglyphs in ASCII text
    const inv = col.role === 'area' ? -1 : findInvisible(raw);
    if (inv !== -1) {
      this.c.add('enc/invisible-char', () => this.cellFinding(i, { code: 'invisible', params: { char: escapeValue(raw.charAt(inv)) } }, { code: 'invisible', params: {} }, undefined, inv));
      return;
    }
    if (col.isCode && col.role !== 'area') {
      const h = homoglyphs(raw);
      if (h) this.c.add('enc/mixed-script', () => this.cellFinding(i, { code: 'mixed_script', params: { latin: h.latin } }, { code: 'mixed_script', params: { latin: h.latin } }, undefined, h.at));
    }
  }

  private checkUnique(i: number, col: Col, raw: string): void {
    const h = this.hasher;
    h.reset();
    h.add(raw);
    const first = col.unique!.add(h.h1, h.h2, this.rows, this.rec!.line, 0);
    if (first) this.c.add('schema/unique', () => this.cellFinding(i, { code: 'unique', params: { field: col.name, line: first.line } }, { code: 'unique', params: {} }, { related: [{ file: this.file, line: first.line, column: null, record: first.record }] }));
  }

  private checkKey(key: { cols: number[]; index: KeyIndex; names: string }, rule: 'schema/primary-key' | 'schema/unique-key'): void {
    const h = this.hasher;
    h.reset();
    for (const k of key.cols) {
      const st = this.state[k];
      if (st === STATE_BAD) return; // uncastable key: excluded (no spurious duplicates)
      if (st === STATE_MISSING) {
        if (rule === 'schema/unique-key') return; // SQL-style: nulls excluded
        return; // reported as schema/required
      }
      this.addKeyPart(k);
    }
    const vh = this.rowValueHash(key.cols);
    const first = key.index.add(h.h1, h.h2, this.rows, this.rec!.line, vh);
    if (first) {
      const col = key.cols[0]!;
      this.c.add(rule, () =>
        this.cellFinding(
          col,
          rule === 'schema/primary-key' ? { code: 'primary_key', params: { fields: key.names, line: first.line, differs: first.valueHash !== vh } } : { code: 'unique_key', params: { fields: key.names, line: first.line } },
          { code: 'duplicate', params: {} },
          { related: [{ file: this.file, line: first.line, column: null, record: first.record }] },
        ),
      );
    }
  }

  private addKeyPart(k: number): void {
    const col = this.cols[k]!;
    if (col.type === 'number' || col.type === 'integer' || col.type === 'year') addNumber(this.hasher, this.nums[k]!);
    else this.hasher.add(this.strs[k]!);
  }

  private rowValueHash(keyCols: number[]): number {
    let h = 0x811c9dc5;
    for (let i = 0; i < this.strs.length; i++) {
      if (keyCols.includes(i)) continue;
      h = hash32(this.state[i] === STATE_OK ? this.strs[i]! : '\u0000', h ^ i);
    }
    return h;
  }

  // ---------------------------------------------------------------- indicator rule pack
  private observe(rec: RawRecord): void {
    const c = this.c;
    const st = this.state;
    const ac = this.areaCol;
    if (ac >= 0 && st[ac] === STATE_OK) {
      const code = this.strs[ac]!;
      // rows of one country usually come together: skip the cache lookup for a repeated code
      let v = this.lastVerdict;
      if (code !== this.lastArea) {
        v = this.areas.check(code);
        this.lastArea = own(code);
        this.lastVerdict = v;
      }
      if (v.kind !== 'ok' && v.kind !== 'aggregate') this.areaFinding(ac, code, v);
    }
    const ic = this.indCol;
    let indicator = '';
    if (ic >= 0 && st[ic] === STATE_OK) {
      indicator = this.strs[ic]!;
      const cat = this.o.catalogue;
      if (cat) {
        let known = this.indicatorSeen.get(indicator);
        if (known === undefined) {
          known = cat.codes.has(indicator);
          this.indicatorSeen.set(own(indicator), known);
        }
        if (!known) c.add('ind/unknown-indicator', () => this.cellFinding(ic, { code: 'unknown_indicator', params: { code: indicator } }, { code: 'unknown_indicator', params: {} }));
      }
    }
    let status = '';
    const sc = this.statusCol;
    if (sc >= 0 && st[sc] === STATE_OK) {
      status = this.strs[sc]!;
      if (status !== '' && !OBS_STATUS.has(status)) c.add('ind/obs-status', () => this.cellFinding(sc, { code: 'obs_status', params: { code: status } }, { code: 'obs_status', params: {} }));
    }
    const nc = this.natureCol;
    if (nc >= 0 && st[nc] === STATE_OK) {
      const nat = this.strs[nc]!;
      if (nat !== '' && !SDG_NATURE.has(nat)) c.add('sdg/nature', () => this.cellFinding(nc, { code: 'nature', params: { code: nat } }, { code: 'nature', params: {} }));
    }
    let deleted = false;
    const xc = this.actionCol;
    if (xc >= 0 && st[xc] === STATE_OK) {
      const a = this.strs[xc]!;
      if (a !== '' && !SDMX_ACTIONS.has(a)) c.add('sdmx/action', () => this.cellFinding(xc, { code: 'action', params: { code: a } }, { code: 'action', params: {} }));
      deleted = a === 'D';
    }
    if (deleted) return;
    // unit class: unit column, else catalogue unit, else code convention
    let unitClass: UnitClass = 'unknown';
    let unit = '';
    const uc = this.unitCol;
    if (uc >= 0 && st[uc] === STATE_OK) {
      unit = this.strs[uc]!;
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
    const areaKey = ac >= 0 ? this.strs[ac]! : '';
    let dims = '';
    for (const d of this.dimCols) dims += this.strs[d] + '\u0001';
    if (this.plan!.layout === 'wdi-wide') {
      for (const wc of this.wideCols) {
        if (st[wc] !== STATE_OK) continue;
        this.observation(areaKey, indicator, dims, this.cols[wc]!.plan.wideYear!, '', -1, wc, this.nums[wc]!, unitClass, unit, status, rec);
      }
      return;
    }
    const tc = this.timeCol;
    let year = NaN;
    if (tc >= 0 && st[tc] === STATE_OK) {
      const t = this.strs[tc]!;
      if (this.cols[tc]!.type === 'year' || this.cols[tc]!.type === 'integer') year = this.nums[tc]!;
      else {
        const m = /^(\d{4})(?:$|[-/ ])/.exec(t);
        if (m) year = Number(m[1]);
        else c.add('schema/type-error', () => this.cellFinding(tc, { code: 'type_error', params: { type: 'time period', value: t } }, { code: 'time_period', params: {} }, { expected: 'time period' }));
      }
    }
    const vc = this.valueCol;
    if (vc < 0 || st[vc] !== STATE_OK || Number.isNaN(year)) return;
    this.observation(areaKey, indicator, dims, year, this.strs[tc]!, tc, vc, this.nums[vc]!, unitClass, unit, status, rec);
  }

  private areaFinding(ac: number, code: string, v: Exclude<ReturnType<AreaChecker['check']>, { kind: 'ok' } | { kind: 'aggregate' }>): void {
    switch (v.kind) {
      case 'invisible':
        this.c.add('enc/invisible-char', () => this.cellFinding(ac, { code: 'invisible', params: { char: escapeValue(code.charAt(v.at)) } }, { code: 'invisible', params: {} }, undefined, v.at));
        return;
      case 'mixed-script':
        this.c.add('enc/mixed-script', () => this.cellFinding(ac, { code: 'mixed_script', params: { latin: v.latin } }, { code: 'mixed_script', params: { latin: v.latin } }, undefined, v.at));
        return;
      case 'wb-code':
        this.c.add('ind/wb-code', () => this.cellFinding(ac, { code: 'wb_code', params: { code, name: v.name } }, { code: 'wb_code', params: {} }));
        return;
      case 'bad':
        this.c.add(v.rule, () => this.cellFinding(ac, v.rule === 'sdg/m49-code' ? { code: 'm49_code', params: { code } } : { code: 'country_code', params: { code } }, v.hint(), { expected: v.expected }));
        return;
    }
  }

  private observation(area: string, indicator: string, dims: string, year: number, timeText: string, tc: number, vc: number, value: number, unitClass: UnitClass, unit: string, status: string, rec: RawRecord): void {
    this.observations++;
    const c = this.c;
    if (year > this.refYear && status !== 'F') {
      const col = tc >= 0 ? tc : vc;
      c.add('ind/future-year', () => this.cellFinding(col, { code: 'future_year', params: { year, reference: this.refYear } }, { code: 'future_year', params: {} }, { expected: `≤ ${this.refYear}` }));
    }
    switch (unitClass) {
      case 'percent':
        if (value < 0 || value > 100) c.add('ind/percent-range', () => this.cellFinding(vc, { code: 'percent_range', params: { value } }, { code: 'range', params: {} }, { expected: '0–100' }));
        break;
      case 'per100':
        if (value < 0 || value > 250) c.add('ind/per100-range', () => this.cellFinding(vc, { code: 'per100_range', params: { value } }, { code: 'range', params: {} }, { expected: '0–250' }));
        else if (value > 180) c.add('ind/per100-high', () => this.cellFinding(vc, { code: 'per100_high', params: { value } }, { code: 'range', params: {} }, { expected: '≤ 180' }));
        break;
      case 'index01':
        if (value < 0 || value > 1) c.add('ind/index-range', () => this.cellFinding(vc, { code: 'index_range', params: { value } }, { code: 'range', params: {} }, { expected: '0–1' }));
        break;
      case 'nonneg':
        if (value < 0) c.add('ind/negative-value', () => this.cellFinding(vc, { code: 'negative', params: { value, unit } }, { code: 'range', params: {} }, { expected: '≥ 0' }));
        break;
      case 'signed':
      case 'unknown':
        break;
    }
    if (!this.keepObservations) return;
    if (this.obsIndex) {
      // time periods that are not plain years (SDMX 2021-Q1…): a fingerprint index on the full key
      const h = this.hasher;
      h.reset();
      h.add(area);
      h.add(indicator);
      h.add(dims);
      h.add(timeText);
      const vh = numberHash(value);
      const first = this.obsIndex.add(h.h1, h.h2, this.rows, rec.line, vh);
      if (first) {
        this.duplicate(vc, first.line, first.record, first.valueHash === vh);
        return;
      }
    }
    const col = (rec.starts[vc] ?? rec.start) - rec.start + 1;
    const seen = this.series.add(area, indicator, dims, year, value, rec.line, col, this.rows, status === 'B', unitClass === 'percent', !this.obsIndex);
    if (seen >= 0) this.duplicate(vc, this.series.lineAt(seen), this.series.recordAt(seen), this.series.valueAt(seen) === value);
  }

  private duplicate(vc: number, line: number, record: number | null, same: boolean): void {
    const related = [{ file: this.file, line, column: null, record, message: 'first occurrence' }];
    if (same) this.c.add('ind/duplicate-row', () => this.cellFinding(vc, { code: 'duplicate_row', params: { line } }, { code: 'duplicate', params: {} }, { related }));
    else this.c.add('ind/duplicate-conflict', () => this.cellFinding(vc, { code: 'duplicate_conflict', params: { line } }, { code: 'duplicate', params: {} }, { related }));
  }

  // ---------------------------------------------------------------- end of file
  private finish(): void {
    if (!this.headerDone) {
      if (this.bytes > 0) this.c.add('csv/no-data-rows', () => this.at0({ code: 'no_data_rows', params: { rows: 0, min: this.o.minRows ?? 1 } }, { code: 'no_header', params: {} }));
      return;
    }
    const min = this.o.minRows ?? 1;
    if (this.rows < min) this.c.add('csv/no-data-rows', () => this.at0({ code: 'no_data_rows', params: { rows: this.rows, min } }, { code: 'no_data_rows', params: {} }, 2, 1, this.bytes));
    if (this.o.seriesChecks !== false && this.plan && this.plan.layout !== 'table') {
      this.coverage = this.series.analyse(this.c, this.o.jumpThreshold ?? 6);
    }
  }

  private coverage: CoverageRow[] = [];

  private result(): FileResult {
    const d = this.dialect;
    const r: FileResult = {
      file: this.file,
      rows: this.rows,
      rowsChecked: this.rowsChecked,
      observations: this.observations,
      bytes: this.bytes,
      encoding: this.decoder?.start.encoding ?? null,
      layout: this.plan?.layout ?? null,
      dialect: d
        ? {
            delimiter: d.delimiter,
            delimiterSource: d.delimiterSource,
            quoteChar: this.o.quoteChar ?? '"',
            decimalChar: this.o.decimalChar ?? (d.decimalComma ? ',' : '.'),
            groupChar: this.o.groupChar ?? (d.decimalComma ? (d.groupChar ?? null) : null),
            sepLine: d.sepLineLength > 0,
            lineEndings: this.parser ? { ...this.parser.endings } : null,
          }
        : null,
      complete: !this.stopped && !this.incomplete && !(this.parser?.stopped ?? false),
      findings: this.c.findings,
      counts: Object.fromEntries(this.c.counts),
      errors: this.c.errors,
      warnings: this.c.warnings,
      infos: this.c.infos,
      missing: Object.fromEntries(this.missingCounts),
      coverage: this.coverage,
    };
    if (this.unreadable) r.unreadable = this.unreadable;
    return r;
  }
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

function concat(parts: Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** Validates a whole byte array of delimited text. */
export function validateText(bytes: Uint8Array, options: ValidateOptions = {}): FileResult {
  const v = new StreamValidator(options);
  const step = 1 << 20;
  for (let i = 0; i < bytes.length; i += step) v.push(bytes.subarray(i, Math.min(bytes.length, i + step)));
  return v.end();
}

/** Validates a stream of byte chunks (a Node file stream, a web `ReadableStream` via an async iterator…). */
export async function validateStream(chunks: AsyncIterable<Uint8Array>, options: ValidateOptions = {}): Promise<FileResult> {
  const v = new StreamValidator(options);
  for await (const chunk of chunks) v.push(chunk);
  return v.end();
}
