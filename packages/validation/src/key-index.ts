/**
 * Compact key index for primary/unique keys and duplicate observations: a 64-bit fingerprint of the
 * unambiguously encoded key (every component is length-prefixed, so `a|b` + `c` never collides with
 * `a` + `b|c`), the line of the first occurrence and a 32-bit hash of the remaining values — 16 bytes
 * per slot instead of a `Set` of strings. Two different keys share a 64-bit fingerprint with a
 * probability of about n²/2⁶⁵ (≈ 3·10⁻⁸ at one million keys); such a collision would be reported as a
 * duplicate pointing at the other line.
 */

/** Streaming two-lane hash of a composite key. */
export class KeyHasher {
  h1 = 0x811c9dc5;
  h2 = 0x9747b28c;
  reset(): void {
    this.h1 = 0x811c9dc5;
    this.h2 = 0x9747b28c;
  }
  /** Adds one key component (length-prefixed). */
  add(s: string): void {
    let h1 = this.h1;
    let h2 = this.h2;
    const n = s.length;
    h1 = Math.imul(h1 ^ n, 0x01000193);
    h2 = Math.imul(h2 ^ n, 0x5bd1e995);
    h2 ^= h2 >>> 15;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
      h2 ^= h2 >>> 13;
    }
    this.h1 = h1;
    this.h2 = h2;
  }
}

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);

/** Adds a number component (its IEEE-754 bits) without allocating. */
export function addNumber(h: KeyHasher, n: number): void {
  F64[0] = n === 0 ? 0 : n; // -0 and 0 are the same key
  let h1 = Math.imul(h.h1 ^ 0xfffe, 0x01000193);
  let h2 = Math.imul(h.h2 ^ 0xfffe, 0x5bd1e995);
  h1 = Math.imul(h1 ^ U32[0]!, 0x01000193);
  h1 = Math.imul(h1 ^ U32[1]!, 0x01000193);
  h2 = Math.imul(h2 ^ U32[0]!, 0x5bd1e995);
  h2 ^= h2 >>> 13;
  h2 = Math.imul(h2 ^ U32[1]!, 0x5bd1e995);
  h2 ^= h2 >>> 15;
  h.h1 = h1;
  h.h2 = h2;
}

/** 32-bit hash of a number's bits (for comparing values of duplicates). */
export function numberHash(n: number): number {
  F64[0] = n;
  return (U32[0]! ^ Math.imul(U32[1]!, 0x9e3779b1)) >>> 0;
}

/** 32-bit hash of a string (for comparing non-key values of duplicates). */
export function hash32(s: string, seed = 0x811c9dc5): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export type FirstSeen = { record: number | null; line: number; valueHash: number };

/**
 * Open addressing with the entries inline in the table (one cache miss per probe): 4 words per slot —
 * h1, h2, line of the first occurrence (0 = empty slot), value hash — 16 bytes per slot at a load factor
 * ≤ 0.5. The record number of the first occurrence is not kept (the line locates it).
 */
export class KeyIndex {
  private t: Uint32Array;
  private mask: number;
  size = 0;

  constructor(initial = 1024) {
    const cap = 1 << Math.ceil(Math.log2(Math.max(16, initial * 2)));
    this.t = new Uint32Array(cap * 4);
    this.mask = cap - 1;
  }

  /** Bytes used by the index (for the benchmark and the report). */
  get bytes(): number {
    return this.t.byteLength;
  }

  /**
   * Inserts a key; when it already exists returns where it was first seen (the index keeps the first).
   * `line` must be ≥ 1.
   */
  add(k1: number, k2: number, record: number, line: number, valueHash: number): FirstSeen | undefined {
    void record;
    const a = k1 >>> 0;
    const b = k2 >>> 0;
    const t = this.t;
    let i = (a ^ Math.imul(b, 0x9e3779b1)) & this.mask;
    for (;;) {
      const j = i << 2;
      const l = t[j + 2]!;
      if (l === 0) {
        t[j] = a;
        t[j + 1] = b;
        t[j + 2] = line;
        t[j + 3] = valueHash;
        if (++this.size * 2 > this.mask + 1) this.rehash();
        return undefined;
      }
      if (t[j] === a && t[j + 1] === b) return { record: null, line: l, valueHash: t[j + 3]! };
      i = (i + 1) & this.mask;
    }
  }

  private rehash(): void {
    const old = this.t;
    const cap = (this.mask + 1) * 2;
    const t = new Uint32Array(cap * 4);
    const mask = cap - 1;
    for (let j = 0; j < old.length; j += 4) {
      if (old[j + 2] === 0) continue;
      let i = (old[j]! ^ Math.imul(old[j + 1]!, 0x9e3779b1)) & mask;
      while (t[(i << 2) + 2] !== 0) i = (i + 1) & mask;
      const k = i << 2;
      t[k] = old[j]!;
      t[k + 1] = old[j + 1]!;
      t[k + 2] = old[j + 2]!;
      t[k + 3] = old[j + 3]!;
    }
    this.t = t;
    this.mask = mask;
  }
}
