/**
 * Encoding names (`--encoding` and its aliases) and the start of a stream: a BOM, or the NUL pattern of
 * UTF-16/32 text without one.
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
