import { describe, expect, it } from 'vitest';
import { AssessmentRubric, PolicyAssessment, PolicyInstrument } from './policy.js';

const instrument = {
  kind: 'policy-instrument',
  schemaVersion: 1,
  id: 'afg-draft-ict-law',
  iso3: 'AFG',
  area: 'regulatory',
  type: 'law',
  name: { en: 'Draft ICT Law' },
  status: 'draft; not confirmed enacted',
  source: { url: 'https://example.org/afg', title: 'Source' },
  verified: 'partial',
  unverifiedFields: ['adopted'],
  origin: { file: 'policy_instruments.csv', line: 137 },
};

describe('PolicyInstrument', () => {
  it('keeps the raw origin of an imported instrument', () => {
    expect(PolicyInstrument.safeParse(instrument).success).toBe(true);
  });

  it('rejects an origin without a line', () => {
    const r = PolicyInstrument.safeParse({ ...instrument, origin: { file: 'policy_instruments.csv' } });
    expect(r.error?.issues[0]?.path).toEqual(['origin', 'line']);
  });
});

describe('AssessmentRubric and PolicyAssessment', () => {
  const meaning = (en: string) => ({ en });
  it('accepts a criterion with a description and an evidence rule', () => {
    const r = AssessmentRubric.safeParse({
      kind: 'assessment-rubric',
      schemaVersion: 1,
      id: 'r',
      version: '1',
      name: { en: 'R' },
      criteria: [
        {
          id: 'e-signature-law',
          area: 'regulatory',
          name: { en: 'E-signature law' },
          description: { en: 'Why' },
          guidance: [
            { score: 0, meaning: meaning('none') },
            { score: 1, meaning: meaning('draft') },
          ],
          matches: ['law'],
          evidenceRule: 'name matches /signature/',
        },
      ],
    });
    expect(r.success).toBe(true);
  });

  it('accepts the sources of an assessment and rejects an empty source id', () => {
    const base = {
      kind: 'policy-assessment',
      schemaVersion: 1,
      iso3: 'AFG',
      rubric: 'r',
      asOf: '2026-11-22',
      sources: ['policy-instruments'],
      scores: [{ criterion: 'e-signature-law', score: 1, evidence: ['afg-draft-ict-law'], unverified: true }],
    };
    expect(PolicyAssessment.safeParse(base).success).toBe(true);
    const r = PolicyAssessment.safeParse({ ...base, sources: [''] });
    expect(r.error?.issues[0]?.path).toEqual(['sources', 0]);
  });
});
