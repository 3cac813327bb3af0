import { describe, expect, it } from 'vitest';
import { examples } from './__fixtures__/examples.js';
import { migrateDocument } from './parse.js';
import { PolicyAssessment } from './policy-assessment.js';
import { AssessmentRubric } from './policy-rubric.js';
import { pillarScore } from './policy-score.js';

const rubric = AssessmentRubric.parse({
  ...examples['assessment-rubric'],
  criteria: [
    { id: 'digital-strategy', area: 'policy', name: { en: 'Strategy' }, scale: 'instrument' },
    { id: 'data-protection-law', area: 'regulatory', name: { en: 'Data protection law' }, scale: 'instrument' },
    { id: 'cert', area: 'institutional', name: { en: 'CERT' }, scale: 'instrument' },
    { id: 'open-data', area: 'regulatory', name: { en: 'Open data' }, scale: 'instrument' },
  ],
});
const base = examples['policy-assessment'] as PolicyAssessment;
const score = base.scores[0]!;
const verified = (criterion: string, level: number, date: string) => ({
  ...score,
  criterion,
  level,
  review: { status: 'verified' as const, reviewer: 'r', date },
});

describe('AssessmentRubric v2', () => {
  it('rejects a criterion on an unknown scale, a duplicate id and levels out of order', () => {
    const r = AssessmentRubric.safeParse({
      ...rubric,
      criteria: [...rubric.criteria, { ...rubric.criteria[0], scale: 'nope' }],
    });
    expect(r.error?.issues.map((i) => i.path)).toEqual([
      ['criteria', 4, 'id'],
      ['criteria', 4, 'scale'],
    ]);
    const unordered = AssessmentRubric.safeParse({
      ...rubric,
      scales: { instrument: [...rubric.scales['instrument']!].reverse() },
    });
    expect(unordered.error?.issues[0]?.path).toEqual(['scales', 'instrument']);
  });
});

describe('PolicyAssessment v2', () => {
  it('accepts the sources of an assessment and rejects an empty source id', () => {
    expect(PolicyAssessment.safeParse({ ...base, sources: ['policy-instruments'] }).success).toBe(true);
    const r = PolicyAssessment.safeParse({ ...base, sources: [''] });
    expect(r.error?.issues[0]?.path).toEqual(['sources', 0]);
  });

  it('a verified score names its reviewer and date and cites a URL for every piece of evidence', () => {
    const noReviewer = { ...score, review: { status: 'verified', date: '2026-12-07' } };
    expect(PolicyAssessment.safeParse({ ...base, scores: [noReviewer] }).error?.issues[0]?.path).toEqual([
      'scores',
      0,
      'review',
      'reviewer',
    ]);
    const noUrl = { ...score, evidence: [{ instruments: ['kaz-concept-2023-269'] }] };
    expect(PolicyAssessment.safeParse({ ...base, scores: [noUrl] }).error?.issues[0]?.path).toEqual([
      'scores',
      0,
      'evidence',
      0,
      'url',
    ]);
    // a draft may rest on instrument ids alone
    expect(PolicyAssessment.safeParse({ ...base, scores: [{ ...noUrl, review: { status: 'draft' } }] }).success).toBe(true);
    expect(PolicyAssessment.safeParse({ ...base, scores: [{ ...score, level: 5 }] }).success).toBe(false);
  });
});

describe('pillarScore', () => {
  it('counts verified scores only, the latest verification of a criterion standing', () => {
    const a: PolicyAssessment = {
      ...base,
      scores: [
        verified('digital-strategy', 2, '2026-10-01'),
        verified('digital-strategy', 4, '2026-12-01'),
        verified('data-protection-law', 3, '2026-11-15'),
        { ...score, criterion: 'cert', level: 4, review: { status: 'draft' } },
        { ...score, criterion: 'open-data', level: 4, review: { status: 'disputed', reviewer: 'r', date: '2026-12-05' } },
      ],
    };
    const r = pillarScore(a, rubric);
    expect(r).toEqual({
      ok: true,
      value: {
        iso3: 'KAZ',
        score: (4 / 4 + 3 / 4) / 2,
        coverage: 2 / 4,
        scored: 2,
        total: 4,
        asOf: '2026-12-01',
        levels: { 'data-protection-law': 3, 'digital-strategy': 4 },
      },
    });
  });

  it('gives no score and no date when nothing is verified', () => {
    const r = pillarScore({ ...base, scores: [{ ...score, review: { status: 'submitted', date: '2026-12-07' } }] }, rubric);
    expect(r.ok && r.value).toMatchObject({ score: null, coverage: 0, scored: 0, asOf: null });
  });

  it('refuses an assessment against another rubric version or an unknown criterion', () => {
    expect(pillarScore({ ...base, rubric: { id: 'dsc-pri', version: '1' } }, rubric)).toEqual({
      ok: false,
      error: { code: 'rubric_mismatch', iso3: 'KAZ', expected: 'dsc-pri@2', found: 'dsc-pri@1' },
    });
    expect(pillarScore({ ...base, scores: [verified('spectrum', 2, '2026-12-01')] }, rubric)).toEqual({
      ok: false,
      error: { code: 'unknown_criterion', iso3: 'KAZ', criterion: 'spectrum' },
    });
  });
});

describe('migrations of policy documents', () => {
  it('turns a v1 rubric into v2: each criterion keeps its guidance as its own scale and its rule as a note', () => {
    const v1 = {
      kind: 'assessment-rubric',
      schemaVersion: 1,
      id: 'dsc-pri',
      version: '1',
      name: { en: 'R' },
      criteria: [
        {
          id: 'e-signature-law',
          area: 'regulatory',
          name: { en: 'E-signature law' },
          guidance: [
            { score: 0, meaning: { en: 'none' } },
            { score: 2, meaning: { en: 'in force', ru: 'действует' } },
          ],
          matches: ['law'],
          evidenceRule: 'name matches /signature/',
        },
      ],
    };
    const r = migrateDocument('assessment-rubric', v1);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const v2 = AssessmentRubric.parse(r.value);
    expect(v2.schemaVersion).toBe(2);
    expect(v2.scales['v1-e-signature-law']).toEqual([
      { level: 0, descriptor: { en: 'none' } },
      { level: 2, descriptor: { en: 'in force', ru: 'действует' } },
    ]);
    expect(v2.criteria[0]).toMatchObject({
      scale: 'v1-e-signature-law',
      note: { en: 'name matches /signature/. Instrument types: law' },
    });
  });

  it('turns a v1 assessment into drafts and gaps: nothing migrated counts in the pillar score', () => {
    const v1 = {
      kind: 'policy-assessment',
      schemaVersion: 1,
      iso3: 'AFG',
      rubric: 'dsc-pri',
      asOf: '2026-11-22',
      sources: ['policy-instruments'],
      scores: [
        { criterion: 'e-signature-law', score: 1, evidence: ['afg-draft-ict-law'], unverified: true },
        { criterion: 'cert', score: null, evidence: [], unverified: false, note: 'No instrument' },
      ],
    };
    const r = migrateDocument('policy-assessment', v1);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(PolicyAssessment.parse(r.value)).toMatchObject({
      schemaVersion: 2,
      rubric: { id: 'dsc-pri', version: '1' },
      sources: ['policy-instruments'],
      scores: [
        {
          criterion: 'e-signature-law',
          level: 1,
          evidence: [{ instruments: ['afg-draft-ict-law'] }],
          date: '2026-11-22',
          review: { status: 'draft' },
          migrated: { from: 1, unverified: true },
        },
      ],
      gaps: [{ criterion: 'cert', searched: 'No instrument', date: '2026-11-22' }],
    });
  });
});
