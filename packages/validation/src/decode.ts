/**
 * Streaming decoding: BOM sniffing, strict UTF-8 over the whole stream, legacy Cyrillic candidates with
 * evidence, UTF-16/32, explicit `--encoding`. Works on `Uint8Array` chunks only (no Node APIs). Encoding
 * names and BOM/NUL sniffing are in encodings.ts, UTF-8 validation in utf8.ts, the legacy code pages in
 * legacy-encodings.ts and byte lengths per encoding in byte-length.ts.
 */

import type { DecodeStart } from './encodings.js';
import { byteLengthFor } from './byte-length.js';
import type { ByteLength } from './byte-length.js';
import { findInvalidUtf8, incompleteTail } from './utf8.js';

export { encodingNames, resolveEncoding, sniffStart } from './encodings.js';
export type { EncodingLookup, SupportedEncoding } from './encodings.js';
export { findInvalidUtf8 } from './utf8.js';
export { rankLegacyEncodings } from './legacy-encodings.js';
export type { Candidate } from './legacy-encodings.js';

/** A decoding problem located by absolute byte offset (line/column are resolved by the caller). */
export type DecodeIssue = {
  kind: 'invalid-utf8' | 'nul';
  byteOffset: number;
  /** Line feeds between the end of the previously returned text and the issue. */
  newlines: number;
  /** Code points between the last line feed (or the previous text end) and the issue. */
  codePoints: number;
  hex: string;
  length: number;
  located?: boolean;
};

/** Hex context around `at`: four bytes before, the bad bytes in brackets, four after. */
const hex = (bytes: Uint8Array, at: number, len: number): string => {
  const h = (from: number, to: number): string[] =>
    Array.from(bytes.subarray(Math.max(0, from), Math.min(bytes.length, to)), (b) => b.toString(16).padStart(2, '0'));
  return [...h(at - 4, at), `[${h(at, at + len).join(' ')}]`, ...h(at + len, at + len + 4)].join(' ');
};

type Decoder = InstanceType<typeof TextDecoder>;

/** UTF-32 is not supported by TextDecoder: a small streaming decoder. */
class Utf32Decoder {
  private carry = new Uint8Array(0);
  constructor(private readonly be: boolean) {}
  decode(chunk: Uint8Array, stream: boolean): string {
    let bytes = chunk;
    if (this.carry.length) {
      bytes = new Uint8Array(this.carry.length + chunk.length);
      bytes.set(this.carry);
      bytes.set(chunk, this.carry.length);
    }
    const whole = bytes.length - (bytes.length % 4);
    let out = '';
    const parts: string[] = [];
    for (let i = 0; i < whole; i += 4) {
      const cp = this.be
        ? ((bytes[i]! << 24) | (bytes[i + 1]! << 16) | (bytes[i + 2]! << 8) | bytes[i + 3]!) >>> 0
        : ((bytes[i + 3]! << 24) | (bytes[i + 2]! << 16) | (bytes[i + 1]! << 8) | bytes[i]!) >>> 0;
      out += cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff) ? String.fromCodePoint(cp) : '\uFFFD';
      if (out.length > 8192) {
        parts.push(out);
        out = '';
      }
    }
    parts.push(out);
    this.carry = stream ? bytes.slice(whole) : new Uint8Array(0);
    if (!stream && whole < bytes.length) parts.push('\uFFFD');
    return parts.join('');
  }
}

/**
 * Decodes a byte stream chunk by chunk. Strict UTF-8: every chunk is decoded with a fatal decoder; on
 * failure the invalid sequences are located exactly and the chunk is decoded with replacement
 * characters so that the other rules keep running.
 */
export class StreamDecoder {
  readonly start: DecodeStart;
  private readonly fatal: Decoder | undefined;
  private readonly lenient: Decoder | Utf32Decoder;
  private carry: Uint8Array = new Uint8Array(0);
  /** Absolute byte offset of the next byte to decode. */
  private offset: number;
  /** Absolute byte offset of the end of the text returned so far. */
  textEnd: number;
  readonly issues: DecodeIssue[] = [];
  invalidCount = 0;
  nulCount = 0;
  /** First chunk that had invalid UTF-8 (a sample for ranking legacy encodings). */
  firstInvalid: { sample: Uint8Array; line: Uint8Array } | undefined;
  readonly byteLength: ByteLength;
  private readonly issueLimit: number;

  constructor(start: DecodeStart, issueLimit = 10_000) {
    this.start = start;
    this.offset = start.bomLength;
    this.textEnd = start.bomLength;
    this.issueLimit = issueLimit;
    this.byteLength = byteLengthFor(start.encoding);
    const enc = start.encoding;
    if (enc === 'utf-32le' || enc === 'utf-32be') this.lenient = new Utf32Decoder(enc === 'utf-32be');
    else this.lenient = new TextDecoder(enc, { ignoreBOM: true });
    this.fatal = enc === 'utf-8' ? new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }) : undefined;
  }

  /** Decodes one chunk (the first chunk must still include the BOM: it is skipped here). */
  push(input: Uint8Array, first = false): string {
    this.replacements = [];
    let chunk = first && this.start.bomLength ? input.subarray(this.start.bomLength) : input;
    if (this.carry.length) {
      const joined = new Uint8Array(this.carry.length + chunk.length);
      joined.set(this.carry);
      joined.set(chunk, this.carry.length);
      chunk = joined;
      this.carry = new Uint8Array(0);
    }
    const base = this.offset;
    this.offset += chunk.length;
    this.scanNul(chunk, base);
    if (!this.fatal) {
      const text = this.lenient instanceof Utf32Decoder ? this.lenient.decode(chunk, true) : this.lenient.decode(chunk, { stream: true });
      this.textEnd = this.offset;
      return text;
    }
    const tail = incompleteTail(chunk);
    const body = tail ? chunk.subarray(0, chunk.length - tail) : chunk;
    if (tail) this.carry = chunk.slice(chunk.length - tail);
    this.textEnd = base + body.length;
    return this.decodeUtf8(body, base);
  }

  /** Flushes the decoder at the end of the stream. */
  end(): string {
    this.replacements = [];
    if (!this.carry.length) {
      if (this.lenient instanceof Utf32Decoder) return this.lenient.decode(new Uint8Array(0), false);
      return this.fatal ? '' : this.lenient.decode();
    }
    const rest = this.carry;
    this.carry = new Uint8Array(0);
    const base = this.offset - rest.length;
    this.textEnd = this.offset;
    if (this.fatal) return this.decodeUtf8(rest, base, true);
    return this.lenient instanceof Utf32Decoder ? this.lenient.decode(rest, false) : this.lenient.decode(rest);
  }

  /**
   * Replacement characters inserted by the last push, relative to the returned text, with the number of
   * bytes each replaces (the UTF-8 of U+FFFD is 3 bytes; the bytes it stands for are 1–3).
   */
  replacements: { at: number; bytes: number }[] = [];

  private decodeUtf8(body: Uint8Array, base: number, final = false): string {
    this.replacements = [];
    try {
      return this.fatal!.decode(body);
    } catch {
      const bad = final ? [{ offset: 0, length: body.length }] : findInvalidUtf8(body);
      for (const b of bad) {
        this.invalidCount++;
        if (this.issues.length < this.issueLimit)
          this.issues.push({
            kind: 'invalid-utf8',
            byteOffset: base + b.offset,
            newlines: 0,
            codePoints: b.offset,
            length: b.length,
            hex: hex(body, b.offset, b.length),
          });
        this.locate(body);
      }
      if (!this.firstInvalid && bad[0]) {
        const at = bad[0].offset;
        let ls = at;
        while (ls > 0 && body[ls - 1] !== 10) ls--;
        let le = at;
        while (le < body.length && body[le] !== 10 && le - ls < 400) le++;
        this.firstInvalid = { sample: body.slice(0, Math.min(body.length, 65536)), line: body.slice(ls, le) };
      }
      // valid runs decoded exactly, one U+FFFD per invalid sequence (as the WHATWG decoder does)
      const parts: string[] = [];
      let len = 0;
      let prev = 0;
      for (const b of bad) {
        const run = this.fatal!.decode(body.subarray(prev, b.offset));
        parts.push(run, '\uFFFD');
        len += run.length;
        this.replacements.push({ at: len, bytes: b.length });
        len += 1;
        prev = b.offset + b.length;
      }
      parts.push(this.fatal!.decode(body.subarray(prev)));
      return parts.join('');
    }
  }

  private scanNul(chunk: Uint8Array, base: number): void {
    if (this.start.encoding !== 'utf-8' && this.fatal === undefined && this.start.encoding.startsWith('utf-')) return;
    let i = chunk.indexOf(0);
    while (i !== -1) {
      this.nulCount++;
      if (this.issues.length < this.issueLimit)
        this.issues.push({ kind: 'nul', byteOffset: base + i, newlines: 0, codePoints: i, length: 1, hex: hex(chunk, i, 1) });
      i = chunk.indexOf(0, i + 1);
    }
    this.locate(chunk);
  }

  /** Issues of the current chunk carry their chunk offset in `codePoints`: turn it into newlines + code points. */
  private locate(chunk: Uint8Array): void {
    let nl = 0;
    let cp = 0;
    let pos = 0;
    for (const issue of this.issues) {
      if (issue.located) continue;
      const target = issue.codePoints;
      if (target < pos) {
        nl = 0;
        cp = 0;
        pos = 0;
      }
      for (; pos < target; pos++) {
        const b = chunk[pos]!;
        if (b === 10) {
          nl++;
          cp = 0;
        } else if ((b & 0xc0) !== 0x80) cp++;
      }
      issue.newlines = nl;
      issue.codePoints = cp;
      issue.located = true;
    }
  }

  /** Takes the issues found so far (the caller resolves their line and column). */
  drain(): DecodeIssue[] {
    const out = this.issues.splice(0, this.issues.length);
    return out;
  }
}
