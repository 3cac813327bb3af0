/**
 * Order statistics on scratch buffers (no allocation): the median of the jump check.
 */

/** k-th smallest of `a[0..n)` (Hoare quickselect, reorders `a`). */
function select(a: Float64Array, n: number, k: number): number {
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i++] = a[j]!;
        a[j--] = t;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k]!;
  }
  return a[k]!;
}

/** Median of `a[0..n)` (reorders `a`). */
export function median(a: Float64Array, n: number): number {
  const m = n >> 1;
  const hi = select(a, n, m);
  if (n % 2) return hi;
  let lo = -Infinity;
  for (let i = 0; i < m; i++) if (a[i]! > lo) lo = a[i]!;
  return (lo + hi) / 2;
}

/**
 * One series at a time, in year order: years, values and store indexes, plus the buffers of the jump check.
 * Grown for the longest series, reused for every series.
 */
export class SeriesScratch {
  years = new Int32Array(128);
  values = new Float64Array(128);
  index = new Int32Array(128);
  rates = new Float64Array(128);
  tmp = new Float64Array(128);

  /** Makes room for `n` observations. */
  fit(n: number): void {
    if (this.years.length >= n) return;
    const cap = 2 * n;
    this.years = new Int32Array(cap);
    this.values = new Float64Array(cap);
    this.index = new Int32Array(cap);
    this.rates = new Float64Array(cap);
    this.tmp = new Float64Array(cap);
  }
}
