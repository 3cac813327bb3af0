/** Legacy Cyrillic code pages: which one a non-UTF-8 sample most plausibly is. */
import type { SupportedEncoding } from './encodings.js';

export type Candidate = { encoding: SupportedEncoding; score: number; preview: string };

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
