/**
 * Streaming decoding: BOM sniffing, strict UTF-8 over the whole stream, legacy Cyrillic candidates with
 * evidence, UTF-16/32, explicit `--encoding`. Works on `Uint8Array` chunks only (no Node APIs).
 */

export type SupportedEncoding =
  | 'utf-8'
  | 'utf-16le'
  | 'utf-16be'
  | 'utf-32le'
  | 'utf-32be'
  | 'windows-1251'
  | 'koi8-r'
  | 'ibm866'
  | 'iso-8859-5';

const ALIASES: Record<string, SupportedEncoding> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  'utf-16': 'utf-16le',
  'utf-32le': 'utf-32le',
  'utf-32be': 'utf-32be',
  'windows-1251': 'windows-1251',
  cp1251: 'windows-1251',
  'cp-1251': 'windows-1251',
  'koi8-r': 'koi8-r',
  koi8r: 'koi8-r',
  ibm866: 'ibm866',
  cp866: 'ibm866',
  'cp-866': 'ibm866',
  'iso-8859-5': 'iso-8859-5',
};

/** Encoding names accepted by `--encoding` (IANA names and common aliases). */
export const encodingNames = Object.keys(ALIASES);

export type EncodingLookup =
  | { ok: true; encoding: SupportedEncoding }
  | {
      ok: false;
      code: 'unsupported_encoding';
      name: string;
      hint: string;
      /** The name is KZ-1048 (STRK 1048-2002), which needs converting to UTF-8 first. */
      kz1048: boolean;
      /** The encodings that are supported, by canonical name. */
      supported: readonly string[];
    };

/** Resolves a user-given encoding name. KZ-1048 is not supported by `TextDecoder` and has no table here yet. */
export function resolveEncoding(name: string): EncodingLookup {
  const key = name.trim().toLowerCase();
  const enc = ALIASES[key];
  if (enc) return { ok: true, encoding: enc };
  const kz = key.replace(/[^a-z0-9]/g, '') === 'kz1048' || key === 'strk1048-2002';
  const supported = [...new Set(Object.values(ALIASES))];
  return {
    ok: false,
    code: 'unsupported_encoding',
    name,
    hint: kz
      ? 'KZ-1048 is not supported: convert the file to UTF-8 (e.g. iconv -f KZ-1048 -t UTF-8) first.'
      : `Use one of: ${supported.join(', ')}.`,
    kz1048: kz,
    supported,
  };
}

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

export type Candidate = { encoding: SupportedEncoding; score: number; preview: string };

export type DecodeStart = {
  encoding: SupportedEncoding;
  bomLength: number;
  /** True when the encoding came from a BOM or NUL pattern (UTF-16/32). */
  detected: 'bom' | 'nul-pattern' | 'default' | 'given';
};

/** UTF-16/32 detection by BOM, then by NUL pattern (Excel "Unicode text" without BOM). */
export function sniffStart(head: Uint8Array, given?: SupportedEncoding): DecodeStart {
  const b0 = head[0] ?? -1;
  const b1 = head[1] ?? -1;
  const b2 = head[2] ?? -1;
  const b3 = head[3] ?? -1;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: 'utf-8', bomLength: 3, detected: 'bom' };
  if (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) return { encoding: 'utf-32le', bomLength: 4, detected: 'bom' };
  if (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff) return { encoding: 'utf-32be', bomLength: 4, detected: 'bom' };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le', bomLength: 2, detected: 'bom' };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', bomLength: 2, detected: 'bom' };
  if (given) return { encoding: given, bomLength: 0, detected: 'given' };
  // NUL pattern on the first 512 bytes: ASCII text in UTF-16 has a NUL in every other byte.
  const n = Math.min(head.length, 512) & ~3;
  if (n >= 8) {
    let evenNul = 0;
    let oddNul = 0;
    let quadNul = 0;
    for (let i = 0; i < n; i++) {
      if (head[i] !== 0) continue;
      if (i % 2 === 0) evenNul++;
      else oddNul++;
      if (i % 4 !== 0) quadNul++;
    }
    const half = n / 2;
    if (quadNul >= (n * 3) / 4 * 0.9 && oddNul > half * 0.9) return { encoding: 'utf-32le', bomLength: 0, detected: 'nul-pattern' };
    if (oddNul > half * 0.9 && evenNul < half * 0.1) return { encoding: 'utf-16le', bomLength: 0, detected: 'nul-pattern' };
    if (evenNul > half * 0.9 && oddNul < half * 0.1) return { encoding: 'utf-16be', bomLength: 0, detected: 'nul-pattern' };
  }
  return { encoding: 'utf-8', bomLength: 0, detected: 'default' };
}

/** Length of a UTF-8 sequence announced by a lead byte, 0 for an invalid lead. */
const seqLen = (b: number): number => (b < 0x80 ? 1 : b < 0xc2 ? 0 : b < 0xe0 ? 2 : b < 0xf0 ? 3 : b < 0xf5 ? 4 : 0);

/** Number of trailing bytes of `bytes` that form an incomplete (but so far valid) UTF-8 sequence. */
function incompleteTail(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let k = 1; k <= 3 && k <= n; k++) {
    const b = bytes[n - k]!;
    if ((b & 0xc0) === 0x80) continue; // continuation: keep looking for the lead
    const need = seqLen(b);
    return need > k ? k : 0;
  }
  return 0;
}

/**
 * Finds invalid UTF-8 sequences (WHATWG "maximal subpart" semantics: one issue per replacement char).
 * `limit` bounds the work when a whole legacy file is scanned.
 */
export function findInvalidUtf8(bytes: Uint8Array, limit = Infinity): { offset: number; length: number }[] {
  const out: { offset: number; length: number }[] = [];
  const n = bytes.length;
  let i = 0;
  while (i < n && out.length < limit) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = seqLen(b);
    if (need === 0) {
      out.push({ offset: i, length: 1 });
      i++;
      continue;
    }
    let lo = 0x80;
    let hi = 0xbf;
    if (b === 0xe0) lo = 0xa0;
    else if (b === 0xed) hi = 0x9f;
    else if (b === 0xf0) lo = 0x90;
    else if (b === 0xf4) hi = 0x8f;
    let j = 1;
    for (; j < need; j++) {
      const c = bytes[i + j];
      if (c === undefined || c < lo || c > hi) break;
      lo = 0x80;
      hi = 0xbf;
    }
    if (j === need) i += need;
    else {
      out.push({ offset: i, length: j });
      i += j;
    }
  }
  return out;
}

/** Hex context around `at`: four bytes before, the bad bytes in brackets, four after. */
const hex = (bytes: Uint8Array, at: number, len: number): string => {
  const h = (from: number, to: number): string[] =>
    Array.from(bytes.subarray(Math.max(0, from), Math.min(bytes.length, to)), (b) => b.toString(16).padStart(2, '0'));
  return [...h(at - 4, at), `[${h(at, at + len).join(' ')}]`, ...h(at + len, at + len + 4)].join(' ');
};

const CYR_UPPER = (c: number): boolean => (c >= 0x410 && c <= 0x42f) || c === 0x401;
const CYR_LOWER = (c: number): boolean => (c >= 0x430 && c <= 0x44f) || c === 0x451;

/**
 * Scores how plausible a decoding is as Cyrillic text: letters count, lower→upper switches inside a
 * word and box-drawing/odd symbols count against it.
 */
function scoreCyrillic(text: string): number {
  let score = 0;
  let prevLower = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      prevLower = (c >= 0x61 && c <= 0x7a);
      continue;
    }
    if (CYR_LOWER(c)) {
      score += 2;
      prevLower = true;
    } else if (CYR_UPPER(c)) {
      score += prevLower ? -3 : 1;
      prevLower = false;
    } else {
      score -= 3;
      prevLower = false;
    }
  }
  return score;
}

const LEGACY: readonly SupportedEncoding[] = ['windows-1251', 'koi8-r', 'ibm866'];

/** Ranks legacy Cyrillic encodings for bytes that are not UTF-8, with a decoded preview of `line`. */
export function rankLegacyEncodings(sample: Uint8Array, line: Uint8Array): Candidate[] {
  return LEGACY.map((encoding) => {
    const d = new TextDecoder(encoding);
    const preview = d.decode(line).replace(/[\r\n]+$/, '');
    return { encoding, score: scoreCyrillic(d.decode(sample)), preview: preview.length > 80 ? preview.slice(0, 79) + '…' : preview };
  })
    .sort((a, b) => b.score - a.score);
}

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

/** UTF-8 length of a JS string (code units → bytes). */
export function utf8Length(s: string, from = 0, to = s.length): number {
  let n = to - from;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) n += 1;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 2; // surrogate pair: 2 units → 4 bytes
      i++;
    } else n += 2;
  }
  return n;
}

export type ByteLength = (s: string, from?: number, to?: number) => number;

/** Byte length function matching an encoding (for byte offsets of decoded text). */
export function byteLengthFor(enc: SupportedEncoding): ByteLength {
  switch (enc) {
    case 'utf-8':
      return utf8Length;
    case 'utf-16le':
    case 'utf-16be':
      return (s, from = 0, to = s.length) => 2 * (to - from);
    case 'utf-32le':
    case 'utf-32be':
      return (s, from = 0, to = s.length) => 4 * (to - from) - 4 * countPairs(s, from, to);
    case 'windows-1251':
    case 'koi8-r':
    case 'ibm866':
    case 'iso-8859-5':
      return (s, from = 0, to = s.length) => to - from;
  }
}

function countPairs(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) n++;
  }
  return n;
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
