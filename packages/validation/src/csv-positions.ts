import type { ByteLength } from './byte-length.js';
import type { Position, RawRecord } from './csv-types.js';

const LF = 10;
const CR = 13;

/**
 * The parser's text buffer and where a char index of it is: physical line, column (code points) and byte
 * offset. CsvParser (csv-parser.ts) extends it with the record state machine.
 */
export abstract class CsvPositions {
  protected buf = '';
  protected pos = 0;
  protected line = 1;
  /** Byte offset of `buf[0]`, and a monotonic checkpoint (char → byte) for lazy byte offsets. */
  protected ckChar = 0;
  protected ckByte: number;
  protected rec: RawRecord = { fields: [], starts: [], line: 1, start: 0, end: 0, breaks: [] };
  private readonly byteLength: ByteLength;

  constructor(byteLength: ByteLength, startByte: number, startLine: number) {
    this.byteLength = byteLength;
    this.ckByte = startByte;
    this.line = startLine;
  }

  /** Absolute char index of `buf[0]`, and replacement characters standing for 1–2 invalid bytes (not 3). */
  protected absStart = 0;
  protected repl: { abs: number; delta: number }[] = [];

  /** Byte length of `buf[from, to)`, corrected for replacement characters of invalid input. */
  protected blen(from: number, to: number): number {
    let n = this.byteLength(this.buf, from, to);
    if (this.repl.length) {
      const a = this.absStart + from;
      const b = this.absStart + to;
      for (const r of this.repl) if (r.abs >= a && r.abs < b) n += r.delta;
    }
    return n;
  }

  /** Physical line and code-point column of the end of all text seen so far (for decoder issues). */
  tailPosition(): { line: number; column: number } {
    let line = this.line;
    let ls = this.pos;
    for (let i = this.pos; i < this.buf.length; i++) {
      const c = this.buf.charCodeAt(i);
      if (c === LF || (c === CR && this.buf.charCodeAt(i + 1) !== LF)) {
        line++;
        ls = i + 1;
      }
    }
    return { line, column: this.codePoints(ls, this.buf.length) + 1 };
  }

  /** Locates a char index of the current record. */
  locate(at: number): Position {
    const rec = this.rec;
    let line = rec.line;
    let ls = rec.start;
    for (const b of rec.breaks) {
      if (b >= at) break;
      line++;
      ls = b + 1;
    }
    return { line, column: this.codePoints(ls, at) + 1, byteOffset: this.byteAt(rec.start) + this.blen(rec.start, at) };
  }

  /** The raw text of the current record (for --write-valid / --write-invalid). */
  rawRecord(): string {
    return this.buf.slice(this.rec.start, this.rec.end);
  }

  protected codePoints(from: number, to: number): number {
    let n = to - from;
    for (let i = from; i < to; i++) {
      const c = this.buf.charCodeAt(i);
      if (c >= 0xdc00 && c <= 0xdfff) n--;
    }
    return n;
  }

  protected byteAt(charIdx: number): number {
    if (charIdx < this.ckChar) return this.ckByte - this.blen(charIdx, this.ckChar);
    this.ckByte += this.blen(this.ckChar, charIdx);
    this.ckChar = charIdx;
    return this.ckByte;
  }
}
