/** Strict UTF-8: sequence lengths, incomplete tails of a chunk, invalid sequences, byte lengths. */

/** Length of a UTF-8 sequence announced by a lead byte, 0 for an invalid lead. */
const seqLen = (b: number): number => (b < 0x80 ? 1 : b < 0xc2 ? 0 : b < 0xe0 ? 2 : b < 0xf0 ? 3 : b < 0xf5 ? 4 : 0);

/** Number of trailing bytes of `bytes` that form an incomplete (but so far valid) UTF-8 sequence. */
export function incompleteTail(bytes: Uint8Array): number {
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
