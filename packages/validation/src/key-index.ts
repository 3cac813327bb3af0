/**
 * Compact key index for primary/unique keys and duplicate observations: a 64-bit fingerprint of the
 * unambiguously encoded key (every component is length-prefixed, so `a|b` + `c` never collides with
 * `a` + `b|c`), the record and line of the first occurrence and a 32-bit hash of the remaining values —
 * 20 bytes per distinct key plus a 4-byte open-addressing slot table, instead of a `Set` of strings.
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

export type FirstSeen = { record: number; line: number; valueHash: number };

export class KeyIndex {
  private slots: Uint32Array;
  private mask: number;
  private h1: Uint32Array;
  private h2: Uint32Array;
  private rec: Uint32Array;
  private line: Uint32Array;
  private vh: Uint32Array;
  size = 0;

  constructor(initial = 1024) {
    const cap = 1 << Math.ceil(Math.log2(Math.max(16, initial * 2)));
    this.slots = new Uint32Array(cap);
    this.mask = cap - 1;
    this.h1 = new Uint32Array(initial);
    this.h2 = new Uint32Array(initial);
    this.rec = new Uint32Array(initial);
    this.line = new Uint32Array(initial);
    this.vh = new Uint32Array(initial);
  }

  /** Bytes used by the index (for the benchmark and the report). */
  get bytes(): number {
    return this.slots.byteLength + 5 * this.h1.byteLength;
  }

  /**
   * Inserts a key; when it already exists returns where it was first seen (the index keeps the first).
   */
  add(k1: number, k2: number, record: number, line: number, valueHash: number): FirstSeen | undefined {
    const a = k1 >>> 0;
    const b = k2 >>> 0;
    let i = (a ^ Math.imul(b, 0x9e3779b1)) & this.mask;
    for (;;) {
      const e = this.slots[i]!;
      if (e === 0) break;
      const j = e - 1;
      if (this.h1[j] === a && this.h2[j] === b) return { record: this.rec[j]!, line: this.line[j]!, valueHash: this.vh[j]! };
      i = (i + 1) & this.mask;
    }
    if (this.size === this.h1.length) this.growEntries();
    const j = this.size++;
    this.h1[j] = a;
    this.h2[j] = b;
    this.rec[j] = record;
    this.line[j] = line;
    this.vh[j] = valueHash;
    this.slots[i] = j + 1;
    if (this.size * 2 > this.slots.length) this.rehash();
    return undefined;
  }

  private growEntries(): void {
    const n = this.h1.length * 2;
    const grow = (a: Uint32Array): Uint32Array => {
      const b = new Uint32Array(n);
      b.set(a);
      return b;
    };
    this.h1 = grow(this.h1);
    this.h2 = grow(this.h2);
    this.rec = grow(this.rec);
    this.line = grow(this.line);
    this.vh = grow(this.vh);
  }

  private rehash(): void {
    const cap = this.slots.length * 2;
    this.slots = new Uint32Array(cap);
    this.mask = cap - 1;
    for (let j = 0; j < this.size; j++) {
      let i = (this.h1[j]! ^ Math.imul(this.h2[j]!, 0x9e3779b1)) & this.mask;
      while (this.slots[i] !== 0) i = (i + 1) & this.mask;
      this.slots[i] = j + 1;
    }
  }
}
