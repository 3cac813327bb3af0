import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/** A seeded source of uniform numbers in [0, 1) (xoroshiro128+ from pure-rand, 53-bit floats). */
export type Rng = { readonly next: () => number; readonly seed: number };

export function createRng(seed: number): Rng {
  const g = xoroshiro128plus(seed | 0);
  return { next: () => uniformFloat64(g), seed };
}

/**
 * Joe & Kuo (2008) direction numbers, file `new-joe-kuo-6.21201`, dimensions 2–40 as `s a m_1 … m_s`.
 * Dimension 1 is the van der Corput sequence.
 */
const JOE_KUO =
  '1 0 1|2 1 1 3|3 1 1 3 1|3 2 1 1 1|4 1 1 1 3 3|4 4 1 3 5 13|5 2 1 1 5 5 17|5 4 1 1 5 5 5|5 7 1 1 7 11 19|5 11 1 1 5 1 1|5 13 1 1 1 3 11|5 14 1 3 5 5 31|6 1 1 3 3 9 7 49|6 13 1 1 1 15 21 21|6 16 1 3 1 13 27 49|6 19 1 1 1 15 7 5|6 22 1 3 1 15 13 25|6 25 1 1 5 5 19 61|7 1 1 3 7 11 23 15 103|7 4 1 3 7 13 13 15 69|7 7 1 1 3 13 7 35 63|7 8 1 3 5 9 1 25 53|7 14 1 3 1 13 9 35 107|7 19 1 3 1 5 27 61 31|7 21 1 1 5 11 19 41 61|7 28 1 3 5 3 3 13 69|7 31 1 1 7 13 1 19 1|7 32 1 3 7 5 13 19 59|7 37 1 1 3 9 25 29 41|7 41 1 3 5 13 23 1 55|7 42 1 3 7 3 13 59 17|7 50 1 3 1 3 5 53 69|7 55 1 1 5 5 23 33 13|7 56 1 1 7 7 1 61 123|7 59 1 1 7 9 13 61 49|7 62 1 3 3 5 3 55 33|8 14 1 3 1 15 31 13 49 245|8 21 1 3 5 15 31 59 63 97|8 22 1 3 1 11 11 11 77 249';

export const SOBOL_MAX_DIM = JOE_KUO.split('|').length + 1;
const BITS = 32;

function directionNumbers(d: number): Uint32Array[] {
  const rows = JOE_KUO.split('|').map((r) => r.split(' ').map(Number));
  const out: Uint32Array[] = [];
  for (let j = 0; j < d; j++) {
    const v = new Uint32Array(BITS);
    if (j === 0) {
      for (let i = 0; i < BITS; i++) v[i] = 2 ** (BITS - 1 - i);
    } else {
      const [s, a, ...m] = rows[j - 1]!;
      const deg = s!;
      for (let i = 0; i < Math.min(deg, BITS); i++) v[i] = (m[i]! * 2 ** (BITS - 1 - i)) >>> 0;
      for (let i = deg; i < BITS; i++) {
        let x = (v[i - deg]! ^ (v[i - deg]! >>> deg)) >>> 0;
        for (let k = 1; k < deg; k++) if (((a! >>> (deg - 1 - k)) & 1) === 1) x = (x ^ v[i - k]!) >>> 0;
        v[i] = x;
      }
    }
    out.push(v);
  }
  return out;
}

/**
 * The first `n` points of the d-dimensional Sobol' sequence (Joe–Kuo direction numbers, Gray-code order, starting
 * at the origin), optionally randomised by a seeded digital shift (XOR with one random 32-bit word per dimension).
 * Row-major: point i, dimension j at `[i * d + j]`.
 */
export function sobolPoints(n: number, d: number, seed?: number): Float64Array {
  if (d > SOBOL_MAX_DIM) throw new RangeError(`Sobol' sequence supports up to ${SOBOL_MAX_DIM} dimensions`);
  const v = directionNumbers(d);
  const shift = new Uint32Array(d);
  if (seed !== undefined) {
    const rng = createRng(seed);
    for (let j = 0; j < d; j++) shift[j] = Math.floor(rng.next() * 2 ** 32) >>> 0;
  }
  const x = new Uint32Array(d);
  const out = new Float64Array(n * d);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < d; j++) out[i * d + j] = ((x[j]! ^ shift[j]!) >>> 0) / 2 ** 32;
    // Gray code: flip the direction number of the lowest zero bit of i
    let c = 0;
    let k = i;
    while ((k & 1) === 1) {
      k >>>= 1;
      c++;
    }
    for (let j = 0; j < d; j++) x[j] = (x[j]! ^ v[j]![c]!) >>> 0;
  }
  return out;
}

/** Latin hypercube sample: n points in d dimensions, one per stratum and dimension, seeded. */
export function latinHypercube(n: number, d: number, seed: number): Float64Array {
  const rng = createRng(seed);
  const out = new Float64Array(n * d);
  for (let j = 0; j < d; j++) {
    const perm = Array.from({ length: n }, (_, i) => i);
    for (let i = n - 1; i > 0; i--) {
      const k = Math.floor(rng.next() * (i + 1));
      [perm[i], perm[k]] = [perm[k]!, perm[i]!];
    }
    for (let i = 0; i < n; i++) out[i * d + j] = (perm[i]! + rng.next()) / n;
  }
  return out;
}
