import type { Observation } from '@dsc/domain';

/** Availability of one series for one area. */
export type CoverageCell = {
  readonly iso3: string;
  readonly indicator: string;
  readonly first: number;
  readonly last: number;
  readonly count: number;
  /** Years between `first` and `last` without a figure. Survey series (e.g. the UN e-gov survey) list off-years here too. */
  readonly gaps: readonly number[];
};

/** Year range, count and gaps per area × indicator, sorted by area then indicator. */
export function coverage(obs: readonly Observation[]): CoverageCell[] {
  const years = new Map<string, Set<number>>();
  for (const o of obs) {
    const key = `${o.iso3}\u0000${o.indicator}`;
    let s = years.get(key);
    if (!s) years.set(key, (s = new Set()));
    s.add(o.year);
  }
  const cells: CoverageCell[] = [];
  for (const [key, set] of years) {
    const [iso3 = '', indicator = ''] = key.split('\u0000');
    const sorted = [...set].sort((a, b) => a - b);
    const first = sorted[0] ?? 0;
    const last = sorted[sorted.length - 1] ?? 0;
    const gaps: number[] = [];
    for (let y = first; y <= last; y++) if (!set.has(y)) gaps.push(y);
    cells.push({ iso3, indicator, first, last, count: sorted.length, gaps });
  }
  return cells.sort((a, b) => (a.iso3 < b.iso3 ? -1 : a.iso3 > b.iso3 ? 1 : a.indicator < b.indicator ? -1 : 1));
}

const ranges = (ys: readonly number[]): string => {
  const out: string[] = [];
  for (let i = 0; i < ys.length; ) {
    let j = i;
    while (j + 1 < ys.length && (ys[j + 1] ?? 0) === (ys[j] ?? 0) + 1) j++;
    out.push(i === j ? String(ys[i]) : `${ys[i]}–${ys[j]}`);
    i = j + 1;
  }
  return out.join(', ');
};

/**
 * A Markdown coverage report: a matrix indicator × area (first–last year, `*` when there are gaps) and the list
 * of gaps. `surveyIndicators` are left out of the gap list (their off-years are not gaps).
 */
export function coverageMarkdown(
  cells: readonly CoverageCell[],
  areas: readonly string[],
  indicators: readonly string[],
  surveyIndicators: ReadonlySet<string> = new Set(),
): string {
  const at = new Map(cells.map((c) => [`${c.iso3} ${c.indicator}`, c]));
  const head = `| indicator | ${areas.join(' | ')} |\n|---|${areas.map(() => '---').join('|')}|`;
  const rows = indicators.map((code) => {
    const cols = areas.map((a) => {
      const c = at.get(`${a} ${code}`);
      if (!c) return '—';
      const span = c.first === c.last ? String(c.first) : `${c.first}–${c.last}`;
      return !surveyIndicators.has(code) && c.gaps.length > 0 ? `${span}*` : span;
    });
    return `| ${code} | ${cols.join(' | ')} |`;
  });
  const gapLines = cells
    .filter((c) => areas.includes(c.iso3) && indicators.includes(c.indicator) && !surveyIndicators.has(c.indicator) && c.gaps.length > 0)
    .map((c) => `- ${c.iso3} ${c.indicator}: ${ranges(c.gaps)}`);
  return [head, ...rows].join('\n') + '\n\n' + (gapLines.length > 0 ? `Gaps (*):\n\n${gapLines.join('\n')}\n` : 'No gaps.\n');
}
