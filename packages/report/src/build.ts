import type { Locale } from '@dsc/domain';
import type { ReportData } from './data.js';
import {
  countryIndexBlocks,
  gapBlocks,
  indexName,
  indexSummary,
  rankSentence,
  regionIndexBlocks,
} from './index-section.js';
import type { Block, ReportDocument, Section } from './model.js';
import {
  initiativeBlocks,
  recommendationBlocks,
  recommendationsFor,
  roadmapBlocks,
  sourceBlocks,
} from './plan-section.js';
import { countryPolicyBlocks, coverageCell, policySummary, regionPolicyBlocks } from './policy-section.js';
import type { Writer } from './text.js';
import { writer } from './text.js';

/** Which edition: one country, or the region (the eight countries side by side). */
export type ReportScope = { readonly country: string } | { readonly region: true };

export type ReportOptions = {
  readonly lang: Locale;
  /** The date printed on the report, `YYYY-MM-DD`. */
  readonly date: string;
};

/**
 * The assessment report of a country or of the region, in one language: the summary, the index and its pillars with
 * rank intervals in plain words, the policy assessment (verified scores only count) with its evidence, programmes and
 * initiatives, gaps to targets and peers, accepted recommendations, the roadmap's actions and the sources.
 */
export function buildReport(data: ReportData, scope: ReportScope, options: ReportOptions): ReportDocument {
  const w = writer(options.lang);
  const { index } = data;
  const sections = 'country' in scope ? countrySections(w, data, scope.country) : regionSections(w, data);
  return {
    lang: options.lang,
    title:
      'country' in scope
        ? w.t('report.title.country', { country: w.country(scope.country) })
        : w.t('report.title.region'),
    subtitle: w.t('report.subtitle', { date: w.date(options.date) }),
    methodology: w.t('report.methodology', {
      name: indexName(w, index),
      version: index.spec.version,
      year: index.year,
      rubric: data.rubric.version,
    }),
    sections,
    pageFooter: w.t('report.page', { page: '{page}', pages: '{pages}' }),
  };
}

function countrySections(w: Writer, data: ReportData, iso3: string): Section[] {
  const { index } = data;
  const policy = data.pillarScores.find((p) => p.iso3 === iso3);
  const recommendations = recommendationsFor(data, iso3);
  const summary: Block[] = [{ kind: 'paragraph', text: indexSummary(w, index, iso3) }];
  const rank = rankSentence(w, index, iso3);
  if (rank) summary.push({ kind: 'paragraph', text: rank });
  if (policy) summary.push({ kind: 'paragraph', text: policySummary(w, policy) });
  summary.push({
    kind: 'paragraph',
    text: w.line(w.t('report.summary.recommendations', { count: recommendations.length })),
  });
  const targets = new Map(
    recommendations.flatMap((r) => (r.targets ?? []).map((t) => [t.indicator, t.value] as const)),
  );
  return [
    { heading: w.t('report.section.summary'), blocks: summary },
    { heading: w.t('report.section.index'), blocks: countryIndexBlocks(w, index, iso3) },
    { heading: w.t('report.section.policy'), blocks: countryPolicyBlocks(w, data, iso3) },
    { heading: w.t('report.section.initiatives'), blocks: initiativeBlocks(w, data, iso3) },
    { heading: w.t('report.section.gaps'), blocks: gapBlocks(w, index, iso3, targets) },
    { heading: w.t('report.section.recommendations'), blocks: recommendationBlocks(w, data, iso3) },
    { heading: w.t('report.section.roadmap'), blocks: roadmapBlocks(w, data, iso3) },
    { heading: w.t('report.section.sources'), blocks: sourceBlocks(w, data) },
  ];
}

function regionSections(w: Writer, data: ReportData): Section[] {
  const { index } = data;
  const ranked = index.units
    .map((u) => ({ u, s: index.scores[index.root]?.[u] ?? null }))
    .filter((x): x is { u: string; s: number } => x.s !== null)
    .sort((a, b) => b.s - a.s);
  const summary: Block[] = [];
  const top = ranked[0];
  const bottom = ranked.at(-1);
  if (top && bottom)
    summary.push({
      kind: 'paragraph',
      text: w.line(
        w.t('report.summary.region', {
          index: indexName(w, index),
          year: index.year,
          count: ranked.length,
          top: w.country(top.u),
          topScore: w.num(top.s, 1),
          bottom: w.country(bottom.u),
          bottomScore: w.num(bottom.s, 1),
        }),
      ),
    });
  summary.push({
    kind: 'paragraph',
    text: w.line(
      w.t('report.summary.recommendations', { count: recommendationsFor(data, undefined).length }),
    ),
  });
  const coverage = (iso3: string) =>
    coverageCell(
      w,
      data.pillarScores.find((p) => p.iso3 === iso3),
    );
  return [
    { heading: w.t('report.section.summary'), blocks: summary },
    { heading: w.t('report.section.countries'), blocks: regionIndexBlocks(w, index, coverage) },
    { heading: w.t('report.section.policy'), blocks: regionPolicyBlocks(w, data, index.units) },
    { heading: w.t('report.section.initiatives'), blocks: initiativeBlocks(w, data, undefined) },
    { heading: w.t('report.section.recommendations'), blocks: recommendationBlocks(w, data, undefined) },
    { heading: w.t('report.section.roadmap'), blocks: roadmapBlocks(w, data, undefined) },
    { heading: w.t('report.section.sources'), blocks: sourceBlocks(w, data) },
  ];
}
