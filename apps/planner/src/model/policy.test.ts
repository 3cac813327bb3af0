import type { CriterionScore, PolicyAssessment } from '@dsc/domain';
import { policyRubric } from '@dsc/datasets';
import { policyObservations } from '@dsc/indicators';
import { describe, expect, it } from 'vitest';
import { criterionRows, inIndex, pillarOf, POLICY_MIN_COVERAGE, standingScore } from './policy.js';

const rubric = policyRubric();
const score = (criterion: string, level: number, review: CriterionScore['review']): CriterionScore => ({
  criterion,
  level,
  evidence: [{ instruments: ['x'], url: 'https://adilet.zan.kz/x' }],
  rationale: { en: 'r' },
  assessor: 'a',
  date: '2026-11-01',
  review,
});
const assessment = (scores: CriterionScore[], gaps: PolicyAssessment['gaps'] = []): PolicyAssessment => ({
  kind: 'policy-assessment',
  schemaVersion: 2,
  iso3: 'KAZ',
  rubric: { id: rubric.id, version: rubric.version },
  scores,
  gaps,
});

describe('criterionRows', () => {
  it('lists every criterion with the score that stands, its descriptor and status, or the gap note', () => {
    const a = assessment(
      [
        score('digital-strategy', 2, { status: 'verified', reviewer: 'r', date: '2026-11-02' }),
        score('digital-strategy', 3, { status: 'draft' }),
        score('telecom-law', 1, { status: 'disputed', reviewer: 'r', date: '2026-11-03' }),
      ],
      [{ criterion: 'cert', searched: 'the CERT statute', where: ['adilet.zan.kz'], date: '2026-11-04' }],
    );
    const rows = criterionRows(rubric, a);
    expect(rows.map((r) => r.criterion.id)).toEqual(rubric.criteria.map((c) => c.id));
    const strategy = rows.find((r) => r.criterion.id === 'digital-strategy')!;
    expect(strategy.status).toBe('verified');
    expect(strategy.score?.level).toBe(2);
    expect(strategy.descriptor?.level).toBe(2);
    expect(rows.find((r) => r.criterion.id === 'telecom-law')?.status).toBe('disputed');
    const cert = rows.find((r) => r.criterion.id === 'cert')!;
    expect(cert.status).toBe('unscored');
    expect(cert.gap?.searched).toBe('the CERT statute');
    expect(rows.filter((r) => r.status === 'unscored')).toHaveLength(rubric.criteria.length - 2);
  });

  it('lets the latest verification stand over an earlier one', () => {
    const s = standingScore([
      score('cert', 3, { status: 'verified', reviewer: 'r', date: '2026-12-01' }),
      score('cert', 2, { status: 'verified', reviewer: 'r', date: '2026-11-01' }),
    ]);
    expect(s?.level).toBe(3);
  });
});

describe('the coverage rule', () => {
  it('is the one policyObservations applies by default', () => {
    const just = { iso3: 'KAZ', score: 0.5, coverage: POLICY_MIN_COVERAGE, asOf: '2026-12-07' };
    const below = { iso3: 'KGZ', score: 0.5, coverage: POLICY_MIN_COVERAGE - 0.01, asOf: '2026-12-07' };
    expect(policyObservations([just, below], 'POLICY').map((o) => o.iso3)).toEqual(['KAZ']);
  });

  it('keeps out of the index a pillar below the threshold or without a verified score', () => {
    const one = assessment([score('cert', 3, { status: 'verified', reviewer: 'r', date: '2026-12-01' })]);
    const p = pillarOf(rubric, one);
    expect(p).toMatchObject({ scored: 1, total: rubric.criteria.length, asOf: '2026-12-01' });
    expect(inIndex(p)).toBe(false);
    expect(inIndex(pillarOf(rubric, assessment([])))).toBe(false);
    const many = assessment(
      rubric.criteria
        .slice(0, Math.ceil(rubric.criteria.length * POLICY_MIN_COVERAGE))
        .map((c) => score(c.id, 2, { status: 'verified', reviewer: 'r', date: '2026-12-01' })),
    );
    expect(inIndex(pillarOf(rubric, many))).toBe(true);
  });
});
