/** Dialect sniffing on the first decoded text: delimiter, Excel `sep=` line, decimal comma and group separators. */

export type SniffedDialect = {
  delimiter: string;
  /** Characters of an Excel `sep=X` first line to skip (0 when absent). */
  sepLineLength: number;
  /** How the delimiter was chosen. */
  delimiterSource: 'sep-line' | 'sniffed' | 'default' | 'given';
  /** A decimal comma seen in numeric-looking cells (with `;` or tab delimiters). */
  decimalComma: boolean;
  /** A group separator seen in numeric-looking cells, if any. */
  groupChar: string | undefined;
  /** A sample cell that shows the number style (for the hint). */
  numberSample: string | undefined;
};

const CANDIDATES = [',', ';', '\t', '|'] as const;

/** Splits the sample into its first lines, ignoring quoted parts when counting delimiters. */
function countOutsideQuotes(line: string, ch: string): number {
  let n = 0;
  let inQ = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') inQ = !inQ;
    else if (!inQ && c === ch) n++;
  }
  return n;
}

/**
 * Sniffs the delimiter from up to 50 lines: the candidate with the most consistent non-zero count per
 * line wins (ties → the larger count, then the order , ; tab |).
 */
export function sniffDialect(sample: string, given?: string): SniffedDialect {
  let sepLineLength = 0;
  let delimiter: string | undefined = given;
  let delimiterSource: SniffedDialect['delimiterSource'] = given ? 'given' : 'default';
  const sep = /^sep=(.)(\r\n|\n|\r|$)/.exec(sample);
  if (sep) {
    sepLineLength = sep[0].length;
    if (!given) {
      delimiter = sep[1]!;
      delimiterSource = 'sep-line';
    }
  }
  const lines = sample
    .slice(sepLineLength)
    .split(/\r\n|\n|\r/)
    .slice(0, 51);
  if (lines.length > 1 && !sample.endsWith('\n')) lines.pop(); // last line may be cut
  const body = lines.filter((l) => l.length > 0);
  if (!delimiter) {
    let best: { ch: string; score: number } | undefined;
    for (const ch of CANDIDATES) {
      const counts = body.map((l) => countOutsideQuotes(l, ch));
      const freq = new Map<number, number>();
      for (const c of counts) if (c > 0) freq.set(c, (freq.get(c) ?? 0) + 1);
      let modeCount = 0;
      let mode = 0;
      for (const [c, f] of freq) if (f > modeCount || (f === modeCount && c > mode)) [mode, modeCount] = [c, f];
      if (mode === 0) continue;
      const score = (modeCount / Math.max(1, body.length)) * 1000 + Math.min(mode, 50);
      if (!best || score > best.score) best = { ch, score };
    }
    if (best) {
      delimiter = best.ch;
      delimiterSource = 'sniffed';
    } else delimiter = ',';
  }
  // Number style: decimal comma only makes sense when the delimiter is not a comma.
  let decimalComma = false;
  let groupChar: string | undefined;
  let numberSample: string | undefined;
  if (delimiter !== ',') {
    let commaNums = 0;
    let dotNums = 0;
    for (const l of body.slice(1)) {
      for (const raw of l.split(delimiter)) {
        const cell = raw.replace(/^"|"$/g, '').trim();
        if (/^[+-]?\d{1,3}([ \u00a0\u202f.]\d{3})+,\d+$/.test(cell)) {
          commaNums++;
          groupChar ??= /[ \u00a0\u202f.]/.exec(cell)![0];
          numberSample ??= cell;
        } else if (/^[+-]?\d+,\d+$/.test(cell)) {
          commaNums++;
          numberSample ??= cell;
        } else if (/^[+-]?\d+\.\d+$/.test(cell) && !/^\d{1,3}\.\d{3}$/.test(cell)) dotNums++;
      }
    }
    decimalComma = commaNums > 0 && commaNums >= dotNums * 4;
    if (!decimalComma) groupChar = undefined;
  }
  return { delimiter: delimiter, sepLineLength, delimiterSource, decimalComma, groupChar, numberSample };
}
