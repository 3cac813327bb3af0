import type { FindingBody } from '../collector.js';
import { Collector } from '../collector.js';
import type { ParserIssue, RawRecord } from '../csv-parser.js';
import { CsvParser } from '../csv-parser.js';
import type { DecodeIssue, SupportedEncoding } from '../decode.js';
import { StreamDecoder, rankLegacyEncodings, resolveEncoding, sniffStart } from '../decode.js';
import type { SniffedDialect } from '../dialect.js';
import { sniffDialect } from '../dialect.js';
import type { FindingHint, FindingMessage } from '../finding.js';
import { isWdiHeader, isWdiPreamble } from '../layouts.js';
import type { ValidateOptions } from '../options.js';
import type { CoverageRow, FileResult } from '../result.js';
import type { Unreadable } from '../unreadable.js';
import { emptyFileResult } from '../result.js';
import { escapeValue, own } from '../text-checks.js';
import { CellChecks } from './cells.js';
import type { Columns } from './columns.js';
import { planColumns } from './columns.js';
import { ObservationRules } from './observations.js';

/** Known container magic numbers. */
export function sniffContainer(head: Uint8Array): 'zip' | 'gzip' | 'pdf' | 'ole' | undefined {
  const [a, b, c, d] = [head[0], head[1], head[2], head[3]];
  if (a === 0x50 && b === 0x4b && (c === 3 || c === 5 || c === 7) && (d === 4 || d === 6 || d === 8)) return 'zip';
  if (a === 0x1f && b === 0x8b) return 'gzip';
  if (a === 0x25 && b === 0x50 && c === 0x44 && d === 0x46) return 'pdf';
  if (a === 0xd0 && b === 0xcf && c === 0x11 && d === 0xe0) return 'ole';
  return undefined;
}

/**
 * Validates one delimited text file pushed as byte chunks: decoding, dialect and CSV structure here; the header
 * and columns in `columns.ts`, the cells of each row in `cells.ts`, the indicator rules in `observations.ts`.
 * The core has no Node APIs: the CLI and the web app feed it chunks from a file stream or a `File`.
 */
export class StreamValidator {
  private readonly o: ValidateOptions;
  private readonly c: Collector;
  private readonly file: string;
  private head: Uint8Array[] = [];
  private headLen = 0;
  private started = false;
  private stopped = false;
  private incomplete = false;
  private unreadable: FileResult['unreadable'];
  private bytes = 0;
  private decoder: StreamDecoder | undefined;
  private parser: CsvParser | undefined;
  private dialect: SniffedDialect | undefined;
  private legacyHint: FindingHint | undefined;
  private lastInvalidLine = 0;
  // records and the header
  private recordNo = 0;
  private headerParts: string[][] = [];
  private headerDone = false;
  private preamble = false;
  private preambleRecords = 0;
  private rows = 0;
  private rowsChecked = 0;
  // set once the header is read
  private columns: Columns | undefined;
  private cells: CellChecks | undefined;
  private rules: ObservationRules | undefined;
  private coverage: CoverageRow[] = [];

  constructor(options: ValidateOptions) {
    this.o = options;
    this.file = options.file ?? '<input>';
    this.c = new Collector({ file: this.file, severities: options.severities, maxSamples: options.maxSamples, onFinding: options.onFinding });
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
      this.stop({ code: 'unsupported_format', params: { format: container, expected: 'text' } });
      return;
    }
    let given: SupportedEncoding | undefined;
    if (this.o.encoding) {
      const r = resolveEncoding(this.o.encoding);
      if (!r.ok) {
        this.stop({ code: 'unsupported_encoding', params: { encoding: r.name, kz1048: r.kz1048, supported: r.supported.join(', ') } });
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

  private stop(why: Unreadable | undefined): void {
    this.stopped = true;
    if (why) this.unreadable = why;
  }

  private feed(text: string, issues: DecodeIssue[]): void {
    const p = this.parser!;
    if (issues.length) this.reportDecodeIssues(issues, p.tailPosition());
    if (text) p.push(text, this.decoder!.textEnd, this.decoder!.replacements);
  }

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
          ? { code: 'invalid_utf8', params: { best: best.encoding, preview: best.preview, candidates: ranked.map((r) => `${r.encoding} (${r.score})`).join(', ') } }
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

  private onRecord(rec: RawRecord, p: CsvParser): void {
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
    const trailingEmptyColumn = (this.preamble || isWdiHeader(names)) && names.length > 4 && names[names.length - 1] === '';
    const columns = planColumns({ names, rec, parser: p, dialect: this.dialect!, encoding: this.decoder!.start.encoding, trailingEmptyColumn, o: this.o, c: this.c });
    this.columns = columns;
    this.cells = new CellChecks(columns, p, this.c, this.file);
    if (columns.plan.layout !== 'table') this.rules = new ObservationRules(columns, this.cells.row, this.o, this.c, this.file);
    if (this.o.header === false) this.onRow(rec, p);
    else this.o.onRow?.(p.rawRecord(), true, true);
  }

  /** The structure of a data record (blank, unclosed, ragged); then its cells and observations. */
  private onRow(rec: RawRecord, p: CsvParser): void {
    this.rows++;
    const ncols = this.columns!.ncols;
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
    if (n !== ncols) {
      const at = n > ncols ? (rec.starts[ncols] ?? rec.end) : rec.end;
      c.add('csv/ragged-row', () => ({
        ...p.locate(at),
        record: this.rows,
        field: null,
        value: escapeValue(p.rawRecord()),
        expected: `${ncols} fields`,
        actual: `${n} fields`,
        message: { code: 'ragged_row', params: { expected: ncols, fields: n } },
        hint: { code: 'ragged', params: { short: n < ncols } },
      }));
      this.o.onRow?.(p.rawRecord(), false, false);
      return;
    }
    this.rowsChecked++;
    if (this.o.structureOnly) {
      this.o.onRow?.(p.rawRecord(), true, false);
      return;
    }
    const cells = this.cells!;
    cells.row.rec = rec;
    cells.row.record = this.rows;
    cells.check();
    this.rules?.observe();
    if (this.o.onRow) {
      if (!c.rowError && this.decoder!.invalidCount > 0 && p.rawRecord().includes('\uFFFD')) c.rowError = true;
      this.o.onRow(p.rawRecord(), !c.rowError, false);
    }
  }

  private finish(): void {
    if (!this.headerDone) {
      if (this.bytes > 0) this.c.add('csv/no-data-rows', () => this.at0({ code: 'no_data_rows', params: { rows: 0, min: this.o.minRows ?? 1 } }, { code: 'no_header', params: {} }));
      return;
    }
    const min = this.o.minRows ?? 1;
    if (this.rows < min) this.c.add('csv/no-data-rows', () => this.at0({ code: 'no_data_rows', params: { rows: this.rows, min } }, { code: 'no_data_rows', params: {} }, 2, 1, this.bytes));
    if (this.o.seriesChecks !== false && this.rules) this.coverage = this.rules.finish();
  }

  private result(): FileResult {
    const d = this.dialect;
    return emptyFileResult(this.file, this.c, {
      rows: this.rows,
      rowsChecked: this.rowsChecked,
      observations: this.rules?.observations ?? 0,
      bytes: this.bytes,
      encoding: this.decoder?.start.encoding ?? null,
      layout: this.columns?.plan.layout ?? null,
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
      missing: this.cells ? Object.fromEntries(this.cells.missingCounts) : {},
      coverage: this.coverage,
      ...(this.unreadable ? { unreadable: this.unreadable } : {}),
    });
  }
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
