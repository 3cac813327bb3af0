import type { CriterionScore, PillarScore } from '@dsc/domain';
import type { ReportData } from './data.js';
import type { Block, Run, Text } from './model.js';
import type { Writer } from './text.js';
import { originalLang } from './text.js';

const STATUS_ORDER = { verified: 0, submitted: 1, disputed: 2, draft: 3 } as const;

/** "10 of 26 (38 %)" — the verified criteria of a country, for a table cell. */
export function coverageCell(w: Writer, score: PillarScore | undefined): string {
  if (!score) return w.t('report.missing');
  return `${w.num(score.scored, 0)} / ${w.num(score.total, 0)} (${w.pct(score.coverage)})`;
}

/** The summary sentence on the policy assessment. */
export const policySummary = (w: Writer, score: PillarScore): Text =>
  w.line(
    w.t('report.summary.policy', {
      scored: score.scored,
      total: score.total,
      coverage: w.pct(score.coverage),
    }),
  );

/** The evidence of a score: each instrument by its name in the report's language (or its original name), and the URL read. */
function evidenceCell(w: Writer, data: ReportData, s: CriterionScore): Text {
  const runs: Run[] = [];
  for (const e of s.evidence) {
    for (const id of e.instruments) {
      const instrument = data.instruments.find((i) => i.id === id);
      if (!instrument) continue;
      const name = w.lang === 'en' ? instrument.name.en : instrument.name.original;
      if (name !== undefined)
        runs.push({
          text: `${runs.length > 0 ? '; ' : ''}${name}`,
          lang: w.lang === 'en' ? 'en' : originalLang(name),
        });
    }
    if (e.url !== undefined) runs.push({ text: `${runs.length > 0 ? ' ' : ''}${e.url}`, lang: 'und' });
  }
  return runs.length > 0 ? runs : w.line(w.t('report.missing'));
}

/** The country edition's policy section: coverage (verified only), whether the index uses it, the scores and their evidence. */
export function countryPolicyBlocks(w: Writer, data: ReportData, iso3: string): Block[] {
  const assessment = data.assessments.find((a) => a.iso3 === iso3);
  const score = data.pillarScores.find((p) => p.iso3 === iso3);
  if (!assessment || !score)
    return [
      { kind: 'paragraph', text: w.line(w.t('report.policy.notAssessed', { country: w.country(iso3) })) },
    ];
  const threshold = w.pct(data.policyMinCoverage);
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: w.line(
        score.score === null
          ? w.t('report.policy.none', { total: score.total })
          : w.t('report.policy.coverage', {
              scored: score.scored,
              total: score.total,
              coverage: w.pct(score.coverage),
              asOf: w.date(score.asOf ?? ''),
              score: w.num(score.score * 100, 1),
            }),
      ),
    },
    {
      kind: 'paragraph',
      text: w.line(
        w.t(
          score.score !== null && score.coverage >= data.policyMinCoverage
            ? 'report.policy.used'
            : 'report.policy.unused',
          { threshold },
        ),
      ),
    },
  ];
  const criterion = (id: string) => data.rubric.criteria.find((c) => c.id === id);
  const scores = [...assessment.scores].sort(
    (a, b) => STATUS_ORDER[a.review.status] - STATUS_ORDER[b.review.status],
  );
  if (scores.length > 0)
    blocks.push({
      kind: 'table',
      head: [
        w.t('report.table.criterion'),
        w.t('report.table.level'),
        w.t('report.table.status'),
        w.t('report.table.evidence'),
      ],
      rows: scores.map((s) => {
        const c = criterion(s.criterion);
        return [
          [c ? w.text(c.name) : w.run(s.criterion)],
          w.line(w.t('report.policy.level', { level: s.level })),
          w.line(w.t('report.policy.status', { status: s.review.status })),
          evidenceCell(w, data, s),
        ];
      }),
      numeric: [false, true, false, false],
    });
  const pending = scores.filter((s) => s.review.status !== 'verified').length;
  if (pending > 0)
    blocks.push({ kind: 'paragraph', text: w.line(w.t('report.policy.pending', { count: pending })) });
  const scored = new Set(assessment.scores.map((s) => s.criterion));
  const unscored = data.rubric.criteria.filter((c) => !scored.has(c.id)).map((c) => w.text(c.name).text);
  if (unscored.length > 0)
    blocks.push({
      kind: 'paragraph',
      text: w.line(w.t('report.policy.unscored', { criteria: w.list(unscored) })),
    });
  return blocks;
}

/** The regional edition's policy section: one row per country. */
export function regionPolicyBlocks(w: Writer, data: ReportData, units: readonly string[]): Block[] {
  return [
    {
      kind: 'table',
      head: [w.t('report.table.country'), w.t('report.table.policyCoverage'), w.t('report.table.score')],
      rows: units.map((u) => {
        const s = data.pillarScores.find((p) => p.iso3 === u);
        return [
          [w.run(w.country(u), true)],
          w.line(coverageCell(w, s)),
          w.line(s?.score == null ? w.t('report.missing') : w.num(s.score * 100, 1)),
        ];
      }),
      numeric: [false, true, true],
    },
  ];
}
