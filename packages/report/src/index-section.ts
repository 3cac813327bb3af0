import type { BarChart, Block, Text } from './model.js';
import type { IndexFigures } from './data.js';
import type { Writer } from './text.js';

const nodeName = (w: Writer, index: IndexFigures, id: string): string => {
  const node = index.spec.nodes.find((n) => n.id === id);
  return node?.name ? w.text(node.name).text : id;
};

/** The index's name in the report's language. */
export const indexName = (w: Writer, index: IndexFigures): string =>
  index.spec.name ? w.text(index.spec.name).text : index.spec.id;

/** The sentence on a country's rank over the alternative calculations, in plain words; none without intervals. */
export function rankSentence(w: Writer, index: IndexFigures, iso3: string): Text | null {
  const r = index.intervals?.units[iso3];
  if (!index.intervals || !r) return null;
  const runs = w.num(index.intervals.runs, 0);
  const country = w.country(iso3);
  return w.line(
    r.lo === r.hi
      ? w.t('report.rank.stable', { runs, country, rank: r.lo })
      : w.t('report.rank.range', { runs, country, lo: r.lo, hi: r.hi, median: w.num(r.median, 1) }),
  );
}

/** The rank interval of a unit as a table cell ("5 in every variant", "1 to 3"). */
export function rankCell(w: Writer, index: IndexFigures, iso3: string): string {
  const r = index.intervals?.units[iso3];
  if (!r) return w.t('report.missing');
  return r.lo === r.hi
    ? w.t('report.rank.cellStable', { rank: r.lo })
    : w.t('report.rank.cellRange', { lo: r.lo, hi: r.hi });
}

const score = (index: IndexFigures, node: string, unit: string): number | null =>
  index.scores[node]?.[unit] ?? null;
const scoreText = (w: Writer, v: number | null): string => (v === null ? w.t('report.missing') : w.num(v, 1));

/** The bar chart of the index scores of every ranked country, the highlighted one first among equals. */
export function indexChart(w: Writer, index: IndexFigures, highlight?: string): BarChart {
  const bars = index.units
    .flatMap((u) => {
      const v = score(index, index.root, u);
      return v === null
        ? []
        : [
            {
              label: w.country(u),
              value: v,
              valueText: w.num(v, 1),
              ...(u === highlight ? { highlight: true } : {}),
            },
          ];
    })
    .sort((a, b) => b.value - a.value);
  return {
    title: w.t('report.chart.index', { index: indexName(w, index), year: index.year }),
    max: 100,
    bars,
  };
}

/** Mean of the other units' scores on a node; null when none has one. */
export function peersMean(
  index: IndexFigures,
  node: string,
  iso3: string,
  table: 'scores' | 'values' = 'scores',
): number | null {
  const values = index.units
    .filter((u) => u !== iso3)
    .map((u) => index[table][node]?.[u] ?? null)
    .filter((v): v is number => v !== null);
  return values.length === 0 ? null : values.reduce((s, v) => s + v, 0) / values.length;
}

/** The summary sentence on a country's index score and rank. */
export function indexSummary(w: Writer, index: IndexFigures, iso3: string): Text {
  const country = w.country(iso3);
  const s = score(index, index.root, iso3);
  const rank = index.ranks[index.root]?.[iso3] ?? null;
  const of = index.units.filter((u) => score(index, index.root, u) !== null).length;
  const name = indexName(w, index);
  return w.line(
    s === null || rank === null
      ? w.t('report.summary.notRanked', { country, index: name, year: index.year })
      : w.t('report.summary.ranked', {
          country,
          rank,
          of,
          index: name,
          year: index.year,
          score: w.num(s, 1),
        }),
  );
}

/** The country edition's index section: the chart, the pillar table, the pillar chart against the peers. */
export function countryIndexBlocks(w: Writer, index: IndexFigures, iso3: string): Block[] {
  const rows: Text[][] = [...index.pillars, index.root].map((node) => [
    [w.run(nodeName(w, index, node), node === index.root)],
    w.line(scoreText(w, score(index, node, iso3))),
    w.line(String(index.ranks[node]?.[iso3] ?? w.t('report.missing'))),
    w.line(node === index.root ? rankCell(w, index, iso3) : ''),
  ]);
  const pillarBars = index.pillars.flatMap((p) => {
    const v = score(index, p, iso3);
    const peers = peersMean(index, p, iso3);
    return v === null
      ? []
      : [
          {
            label: nodeName(w, index, p),
            value: v,
            valueText: w.num(v, 1),
            ...(peers === null ? {} : { compare: { value: peers, valueText: w.num(peers, 1) } }),
          },
        ];
  });
  const country = w.country(iso3);
  const blocks: Block[] = [
    { kind: 'chart', chart: indexChart(w, index, iso3) },
    {
      kind: 'table',
      head: [
        w.t('report.table.pillar'),
        w.t('report.table.score'),
        w.t('report.table.rank'),
        w.t('report.table.rankRange'),
      ],
      rows,
      numeric: [false, true, true, false],
    },
  ];
  if (pillarBars.length > 0)
    blocks.push({
      kind: 'chart',
      chart: {
        title: w.t('report.chart.pillars', { country, year: index.year }),
        max: 100,
        bars: pillarBars,
        legend: [country, w.t('report.chart.peers')],
      },
    });
  return [...blocks, ...notes(w, index, iso3)];
}

function notes(w: Writer, index: IndexFigures, iso3?: string): Block[] {
  const out: Block[] = [];
  if (index.excluded.length > 0)
    out.push({
      kind: 'paragraph',
      text: w.line(
        w.t('report.excluded', { pillars: w.list(index.excluded.map((p) => nodeName(w, index, p))) }),
      ),
    });
  const sentence = iso3 === undefined ? null : rankSentence(w, index, iso3);
  if (sentence) out.push({ kind: 'paragraph', text: sentence });
  if (index.intervals) out.push({ kind: 'paragraph', text: w.line(w.t('report.rank.explain')) });
  return out;
}

/** The regional edition's side-by-side section: the chart and one row per country. */
export function regionIndexBlocks(
  w: Writer,
  index: IndexFigures,
  policyCoverage: (iso3: string) => string,
): Block[] {
  const order = [...index.units].sort(
    (a, b) => (index.ranks[index.root]?.[a] ?? Infinity) - (index.ranks[index.root]?.[b] ?? Infinity),
  );
  const rows: Text[][] = order.map((u) => [
    [w.run(w.country(u), true)],
    w.line(scoreText(w, score(index, index.root, u))),
    w.line(String(index.ranks[index.root]?.[u] ?? w.t('report.missing'))),
    w.line(rankCell(w, index, u)),
    ...index.pillars.map((p) => w.line(scoreText(w, score(index, p, u)))),
    w.line(policyCoverage(u)),
  ]);
  return [
    { kind: 'chart', chart: indexChart(w, index) },
    {
      kind: 'table',
      head: [
        w.t('report.table.country'),
        w.t('report.table.index'),
        w.t('report.table.rank'),
        w.t('report.table.rankRange'),
        ...index.pillars.map((p) => nodeName(w, index, p)),
        w.t('report.table.policyCoverage'),
      ],
      rows,
      numeric: [false, true, true, false, ...index.pillars.map(() => true), true],
    },
    ...notes(w, index),
  ];
}

/** The gaps table: each indicator's value next to the other countries' mean, the best in the region and a target. */
export function gapBlocks(
  w: Writer,
  index: IndexFigures,
  iso3: string,
  targets: ReadonlyMap<string, number>,
): Block[] {
  const rows = index.indicators.flatMap((code): Text[][] => {
    const v = index.values[code]?.[iso3] ?? null;
    if (v === null) return [];
    const node = index.spec.nodes.find((n) => n.id === code);
    const all = index.units
      .map((u) => index.values[code]?.[u] ?? null)
      .filter((x): x is number => x !== null);
    const best = all.length === 0 ? null : node?.direction === -1 ? Math.min(...all) : Math.max(...all);
    const peers = peersMean(index, code, iso3, 'values');
    const target = targets.get(code);
    return [
      [
        [w.text(node?.name ?? { en: code })],
        w.line(w.num(v, 2)),
        w.line(peers === null ? w.t('report.missing') : w.num(peers, 2)),
        w.line(best === null ? w.t('report.missing') : w.num(best, 2)),
        w.line(target === undefined ? w.t('report.missing') : w.num(target, 2)),
      ],
    ];
  });
  if (rows.length === 0)
    return [{ kind: 'paragraph', text: w.line(w.t('report.gaps.none', { country: w.country(iso3) })) }];
  return [
    { kind: 'paragraph', text: w.line(w.t('report.gaps.intro', { year: index.year })) },
    {
      kind: 'table',
      head: [
        w.t('report.table.indicator'),
        w.t('report.table.value'),
        w.t('report.table.peers'),
        w.t('report.table.best'),
        w.t('report.table.target'),
      ],
      rows,
      numeric: [false, true, true, true, true],
    },
  ];
}
