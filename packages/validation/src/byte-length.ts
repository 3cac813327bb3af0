/** Byte lengths of decoded text, per encoding (for the byte offsets of findings). */
import type { SupportedEncoding } from './encodings.js';
import { utf8Length } from './utf8.js';

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
