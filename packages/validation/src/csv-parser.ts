import type { ByteLength } from './byte-length.js';
import { CsvPositions } from './csv-positions.js';
import type { ParserDialect, ParserIssue, RawRecord } from './csv-types.js';

export type { ParserDialect, ParserIssue, RawRecord } from './csv-types.js';

export type ParserOptions = {
  readonly dialect: ParserDialect;
  readonly byteLength: ByteLength;
  /** The text was decoded from UTF-8: lets `push` tell ASCII text from its byte count without scanning it. */
  readonly utf8?: boolean;
  /** First byte offset of the text (after a BOM). */
  readonly startByte: number;
  /** Physical line of the first character (2 after an Excel `sep=` line). */
  readonly startLine?: number;
  readonly maxFieldChars: number;
  readonly maxRecordChars: number;
  readonly onRecord: (rec: RawRecord, parser: CsvParser) => void;
  readonly onIssue: (issue: ParserIssue, parser: CsvParser) => void;
};

// eslint-disable-next-line no-control-regex -- the ASCII range starts at U+0000
const NON_ASCII = /[^\u0000-\u007f]/;
const NONE = Number.MAX_SAFE_INTEGER;

type TermKind = 'LF' | 'CRLF' | 'CR' | 'EOF';

/**
 * A streaming RFC 4180 parser with Table Dialect options. Records without quotes take a fast path
 * (`indexOf` for terminators and delimiters); quoted records a field-by-field path. Every record keeps its
 * physical line and the line breaks inside it, so findings can be located by physical line, column
 * (code points) and byte offset.
 */
export class CsvParser extends CsvPositions {
  private final = false;
  private nlAt = -1;
  private crAt = -1;
  private quoteAt = -1;
  private prevTextEnd: number;
  private firstEnding: string | undefined;
  private mixedReported = false;
  stopped = false;
  /** The current buffer has only ASCII characters (character checks can be skipped). */
  ascii = true;
  readonly endings = { LF: 0, CRLF: 0, CR: 0 };
  /** Records emitted so far (header included). */
  records = 0;
  private readonly delim: string;
  private readonly quote: string;
  private readonly quoteCode: number;
  private readonly opts: ParserOptions;
  private readonly fastFields: string[] = [];
  private readonly fastStarts: number[] = [];
  private readonly noBreaks: number[] = [];
  private readonly qFields: string[] = [];
  private readonly qStarts: number[] = [];
  private readonly qBreaks: number[] = [];
  private readonly qIssues: ParserIssue[] = [];

  constructor(opts: ParserOptions) {
    super(opts.byteLength, opts.startByte, opts.startLine ?? 1);
    this.opts = opts;
    this.delim = opts.dialect.delimiter;
    this.quote = opts.dialect.quoteChar;
    this.quoteCode = this.quote ? this.quote.charCodeAt(0) : -1;
    this.prevTextEnd = opts.startByte;
  }

  /**
   * Adds decoded text whose last character ends at absolute byte offset `textEnd`. `replacements` lists
   * U+FFFD characters the decoder inserted for invalid bytes (position in `text`, bytes replaced).
   */
  push(text: string, textEnd: number, replacements: readonly { at: number; bytes: number }[] = []): void {
    if (this.stopped) return;
    // A record left over from the previous text is joined with this text up to its first line break only: joining
    // it with the whole text would copy every character once more. Taken for ASCII text from UTF-8 (a character
    // is a byte, so the byte offset of the break is its index) when no quote comes before that break (the record
    // then ends there).
    if (this.pos < this.buf.length && replacements.length === 0 && this.opts.utf8 === true && text.length === textEnd - this.prevTextEnd) {
      const k = text.indexOf('\n');
      const q = this.quote;
      if (k !== -1 && k + 1 < text.length && (!q || (this.buf.indexOf(q, this.pos) === -1 && text.lastIndexOf(q, k) === -1))) {
        this.add(text.slice(0, k + 1), this.prevTextEnd + k + 1, replacements);
        this.add(text.slice(k + 1), textEnd, replacements);
        return;
      }
    }
    this.add(text, textEnd, replacements);
  }

  private add(text: string, textEnd: number, replacements: readonly { at: number; bytes: number }[]): void {
    if (this.stopped) return;
    {
      const restStartByte = this.prevTextEnd - this.blen(this.pos, this.buf.length);
      const rest = this.buf.slice(this.pos);
      const absText = this.absStart + this.buf.length;
      this.absStart += this.pos;
      if (this.repl.length) this.repl = this.repl.filter((r) => r.abs >= this.absStart);
      for (const r of replacements) if (r.bytes !== 3) this.repl.push({ abs: absText + r.at, delta: r.bytes - 3 });
      this.buf = rest + text;
      // In UTF-8, text of n bytes is ASCII exactly when it has n UTF-16 units (any other character takes more
      // bytes than units), which saves a scan of every chunk; the rest of an ASCII buffer is ASCII.
      const textAscii =
        this.opts.utf8 === true && replacements.length === 0 && text.length === textEnd - this.prevTextEnd ? true : !NON_ASCII.test(text);
      this.ascii = textAscii && (this.ascii || !NON_ASCII.test(rest));
      this.ckChar = 0;
      this.ckByte = restStartByte;
      this.shiftCaches(this.pos);
      this.pos = 0;
    }
    this.prevTextEnd = textEnd;
    this.run();
  }

  end(): void {
    if (this.stopped) return;
    this.final = true;
    this.run();
  }

  private shiftCaches(by: number): void {
    this.nlAt = this.nlAt >= by ? this.nlAt - by : -1;
    this.crAt = this.crAt >= by ? this.crAt - by : -1;
    this.quoteAt = this.quoteAt >= by ? this.quoteAt - by : -1;
    // NONE sentinels stay NONE-ish; recomputed when reached.
    if (this.nlAt > this.buf.length) this.nlAt = -1;
    if (this.crAt > this.buf.length) this.crAt = -1;
    if (this.quoteAt > this.buf.length) this.quoteAt = -1;
  }

  private nextNl(from: number): number {
    if (this.nlAt < from) {
      const i = this.buf.indexOf('\n', from);
      this.nlAt = i === -1 ? NONE : i;
    }
    return this.nlAt;
  }

  private nextCr(from: number): number {
    if (this.crAt < from) {
      const i = this.buf.indexOf('\r', from);
      this.crAt = i === -1 ? NONE : i;
    }
    return this.crAt;
  }

  private nextQuote(from: number): number {
    if (!this.quote) return NONE;
    if (this.quoteAt < from) {
      const i = this.buf.indexOf(this.quote, from);
      this.quoteAt = i === -1 ? NONE : i;
    }
    return this.quoteAt;
  }

  // The terminator found by `term` (fields, not an object per record: no garbage on the hot path).
  private tEnd = 0;
  private tNext = 0;
  private tKind: TermKind = 'EOF';

  /** Finds the record terminator at or after `from` (into tEnd, tNext, tKind); false when more data is needed. */
  private term(from: number): boolean {
    const n = this.buf.length;
    const nl = this.nextNl(from);
    const cr = this.nextCr(from);
    if (cr !== NONE && cr + 1 !== nl && cr < nl) {
      if (cr === n - 1 && !this.final) return false;
      return this.setTerm(cr, cr + 1, 'CR');
    }
    if (nl !== NONE) return cr === nl - 1 ? this.setTerm(nl - 1, nl + 1, 'CRLF') : this.setTerm(nl, nl + 1, 'LF');
    if (!this.final) return false;
    return this.setTerm(n, n, 'EOF');
  }

  private setTerm(end: number, next: number, kind: TermKind): true {
    this.tEnd = end;
    this.tNext = next;
    this.tKind = kind;
    return true;
  }

  private noteEnding(kind: TermKind, at: number): void {
    if (kind === 'EOF') return;
    this.endings[kind]++;
    if (this.firstEnding === undefined) this.firstEnding = kind;
    else if (kind !== this.firstEnding && !this.mixedReported) {
      this.mixedReported = true;
      this.opts.onIssue({ rule: 'csv/mixed-line-endings', at, found: kind, first: this.firstEnding }, this);
    }
  }

  private run(): void {
    const buf = this.buf;
    const n = buf.length;
    const delim = this.delim;
    const dl = delim.length;
    const maxField = this.opts.maxFieldChars;
    let p = this.pos;
    while (p < n) {
      if (!this.term(p)) break;
      const tEnd = this.tEnd;
      const tNext = this.tNext;
      const tKind = this.tKind;
      if (this.nextQuote(p) < tEnd) {
        const next = this.quotedRecord(p);
        if (next < 0) break;
        p = next;
        if (this.stopped) return;
        continue;
      }
      const rec = this.rec;
      rec.line = this.line;
      rec.start = p;
      rec.end = tEnd;
      rec.breaks = this.noBreaks;
      // The record's arrays are reused: consumers copy what they keep.
      const fields = this.fastFields;
      const starts = this.fastStarts;
      let nf = 0;
      let s = p;
      for (;;) {
        let d = buf.indexOf(delim, s);
        if (d === -1 || d > tEnd) d = tEnd;
        fields[nf] = buf.slice(s, d);
        starts[nf++] = s;
        if (d - s > maxField) this.opts.onIssue({ rule: 'csv/field-too-large', at: s, fieldIndex: nf - 1, size: d - s }, this);
        if (d >= tEnd) break;
        s = d + dl;
      }
      if (fields.length !== nf) {
        fields.length = nf;
        starts.length = nf;
      }
      rec.fields = fields;
      rec.starts = starts;
      rec.unclosed = false;
      this.records++;
      this.noteEnding(tKind, tEnd);
      this.opts.onRecord(rec, this);
      this.line++;
      p = tNext;
      if (tKind === 'EOF') break;
    }
    this.pos = p;
    if (!this.final && n - p > this.opts.maxRecordChars) this.tooLarge(p);
  }

  private tooLarge(p: number): void {
    const rec = this.rec;
    rec.line = this.line;
    rec.start = p;
    rec.end = this.buf.length;
    rec.breaks = [];
    const q = this.nextQuote(p);
    if (q < this.buf.length) this.opts.onIssue({ rule: 'csv/unclosed-quote', at: q, reason: 'too-large' }, this);
    else this.opts.onIssue({ rule: 'csv/line-too-long', at: p, size: this.buf.length - p }, this);
    this.stopped = true;
    this.buf = '';
    this.pos = 0;
  }

  /** Parses a record containing a quote char. Returns the next position, or -1 when more data is needed. */
  private quotedRecord(p: number): number {
    const buf = this.buf;
    const n = buf.length;
    const delim = this.delim;
    const dl = delim.length;
    const q = this.quote;
    const esc = this.opts.dialect.escapeChar;
    const fields = this.qFields;
    const starts = this.qStarts;
    const breaks = this.qBreaks;
    let nf = 0;
    if (breaks.length) breaks.length = 0;
    const issues: ParserIssue[] = this.qIssues;
    if (issues.length) issues.length = 0;
    let s = p;
    let kind: TermKind;
    let end: number;
    let next: number;
    for (;;) {
      if (buf.charCodeAt(s) === this.quoteCode) {
        // quoted field
        let parts = '';
        let j = s + 1;
        let closed = -1;
        for (;;) {
          const k = buf.indexOf(q, j);
          if (esc) {
            const e = buf.indexOf(esc, j);
            if (e !== -1 && (k === -1 || e < k)) {
              parts += buf.slice(j, e) + buf.charAt(e + 1);
              j = e + 2;
              continue;
            }
          }
          if (k === -1) break;
          if (this.opts.dialect.doubleQuote && buf.charCodeAt(k + 1) === this.quoteCode) {
            parts += buf.slice(j, k + 1);
            j = k + 2;
            continue;
          }
          if (k + 1 >= n && !this.final) break;
          parts += buf.slice(j, k);
          closed = k;
          break;
        }
        if (closed === -1) {
          if (!this.final) return -1;
          // Unclosed quote: the rest of the file is this field.
          issues.push({ rule: 'csv/unclosed-quote', at: s, reason: 'eof' });
          parts += buf.slice(j);
          for (let b = buf.indexOf('\n', s); b !== -1; b = buf.indexOf('\n', b + 1)) breaks.push(b);
          fields[nf] = parts;
          starts[nf++] = s;
          end = n;
          next = n;
          kind = 'EOF';
          break;
        }
        for (let b = this.nextNl(s); b < closed; b = buf.indexOf('\n', b + 1)) {
          if (b === -1) break;
          breaks.push(b);
        }
        const after = closed + 1;
        // characters after the closing quote, before the delimiter: keep them, warn
        if (!this.term(after)) return -1;
        const t0End = this.tEnd;
        let d = buf.indexOf(delim, after);
        if (d === -1 || d > t0End) d = t0End;
        if (d > after) {
          issues.push({ rule: 'csv/stray-quote', at: closed });
          parts += buf.slice(after, d);
        }
        fields[nf] = parts;
        starts[nf++] = s;
        if (d < t0End) {
          s = d + dl;
          continue;
        }
        end = t0End;
        next = this.tNext;
        kind = this.tKind;
        break;
      }
      if (!this.term(s)) return -1;
      const tEnd = this.tEnd;
      let d = buf.indexOf(delim, s);
      if (d === -1 || d > tEnd) d = tEnd;
      const qa = this.nextQuote(s);
      if (qa < d) issues.push({ rule: 'csv/stray-quote', at: qa });
      fields[nf] = buf.slice(s, d);
      starts[nf++] = s;
      if (d < tEnd) {
        s = d + dl;
        continue;
      }
      end = tEnd;
      next = this.tNext;
      kind = this.tKind;
      break;
    }
    if (fields.length !== nf) {
      fields.length = nf;
      starts.length = nf;
    }
    const rec = this.rec;
    rec.line = this.line;
    rec.start = p;
    rec.end = end;
    rec.fields = fields;
    rec.starts = starts;
    rec.breaks = breaks;
    let unclosed = false;
    for (let k = 0; k < issues.length; k++) if (issues[k]!.rule === 'csv/unclosed-quote') unclosed = true;
    rec.unclosed = unclosed;
    this.records++;
    for (let i = 0; i < fields.length; i++)
      if (fields[i]!.length > this.opts.maxFieldChars)
        issues.push({ rule: 'csv/field-too-large', at: starts[i]!, fieldIndex: i, size: fields[i]!.length });
    if (issues.length) for (const issue of [...issues]) this.opts.onIssue(issue, this);
    this.noteEnding(kind, end);
    this.opts.onRecord(rec, this);
    this.line += 1 + breaks.length;
    return kind === 'EOF' ? n : next;
  }
}
