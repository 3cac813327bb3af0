import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { EvidenceHosts } from './import/policy-data.js';
import { isAllowedEvidenceUrl, readPolicyData } from './import/policy-data.js';
import { policyAssessments, policyInstruments, policyPillarScores, policyRubric } from './index.js';

const dataDir = join(dirname(fileURLToPath(import.meta.url)), '../data');
const readData = (p: string): string | undefined => {
  try {
    return readFileSync(join(dataDir, p), 'utf8');
  } catch {
    return undefined;
  }
};
const hosts = JSON.parse(readData('evidence-hosts.json')!) as EvidenceHosts;

describe('the rubric', () => {
  const rubric = policyRubric();
  it('has criteria in all three areas, each named and described in en, ru and kk', () => {
    expect(new Set(rubric.criteria.map((c) => c.area))).toEqual(new Set(['policy', 'regulatory', 'institutional']));
    for (const c of rubric.criteria)
      for (const t of [c.name, c.description]) expect(Object.keys(t ?? {}).sort(), c.id).toEqual(['en', 'kk', 'ru']);
  });

  it('scores every criterion on levels 0–4, each with a descriptor and the evidence it requires in en, ru and kk', () => {
    for (const c of rubric.criteria) {
      const scale = rubric.scales[c.scale]!;
      expect(scale.map((l) => l.level), c.id).toEqual([0, 1, 2, 3, 4]);
      for (const l of scale)
        for (const t of [l.descriptor, l.evidence]) expect(Object.keys(t ?? {}).sort(), `${c.scale} ${l.level}`).toEqual(['en', 'kk', 'ru']);
    }
  });
});

describe('evidence of verified scores', () => {
  const verified = policyAssessments().flatMap((a) =>
    a.scores.filter((s) => s.review.status === 'verified').map((s) => ({ iso3: a.iso3, s })),
  );

  it('rests only on pages of official or international-organisation hosts (data/evidence-hosts.json)', () => {
    for (const { iso3, s } of verified)
      for (const e of s.evidence) {
        expect(e.url, `${iso3} ${s.criterion}`).toBeDefined();
        expect(isAllowedEvidenceUrl(e.url!, hosts), `${iso3} ${s.criterion}: ${e.url}`).toBe(true);
      }
  });

  it('never rests on an instrument whose status is unconfirmed', () => {
    const byId = new Map(policyInstruments().map((i) => [i.id, i]));
    for (const { iso3, s } of verified)
      for (const id of s.evidence.flatMap((e) => e.instruments))
        expect(byId.get(id)?.unverifiedFields ?? [], `${iso3} ${s.criterion} ${id}`).not.toContain('status');
  });

  it('the allow-list holds no document host, blog or news site, and a look-alike host does not pass', () => {
    for (const url of [
      'https://studylib.net/doc/1',
      'https://www.docstoc.com/docs/1',
      'https://www.scribd.com/document/1',
      'https://astanatimes.com/2025/09/x/',
      'https://en.inform.kz/news/x',
      'http://v2.talap.org/en/x/',
      'https://adilet.zan.kz.example.com/rus/docs/x',
      'not a url',
    ])
      expect(isAllowedEvidenceUrl(url, hosts), url).toBe(false);
    expect(isAllowedEvidenceUrl('https://adilet.zan.kz/rus/docs/Z1300000094', hosts)).toBe(true);
    expect(isAllowedEvidenceUrl('https://www.itu.int/en/ITU-D/x', hosts)).toBe(true);
  });

  it('the generator refuses a verified score that rests on a page outside the allow-list', () => {
    const assessments = JSON.parse(readData('policy-assessments.json')!) as { assessments: { scores: unknown[] }[] };
    const kaz = policyInstruments({ iso3: 'KAZ' })[0]!;
    const bad = structuredClone(assessments);
    const i = policyAssessments().findIndex((a) => a.iso3 === 'KAZ');
    bad.assessments[i]!.scores.push({
      criterion: 'digital-strategy',
      level: 2,
      evidence: [{ instruments: [kaz.id], url: 'https://studylib.net/doc/1' }],
      rationale: { en: 'r' },
      assessor: 'a',
      date: '2026-12-07',
      review: { status: 'verified', reviewer: 'b', date: '2026-12-07' },
    });
    const compiled = (JSON.parse(readData('policy-instruments.json')!) as { instruments: never[] }).instruments;
    const read = (p: string) => (p === 'policy-assessments.json' ? JSON.stringify(bad) : readData(p));
    const r = readPolicyData(read, compiled);
    expect(r.ok || r.error).toEqual([
      expect.objectContaining({
        code: 'invalid_document',
        file: 'policy-assessments.json',
        pointer: `/assessments/${i}/scores/${bad.assessments[i]!.scores.length - 1}/evidence/0/url`,
      }),
    ]);
    expect(readPolicyData(readData, compiled).ok).toBe(true);
  });
});

describe('policyPillarScores', () => {
  it('gives every assessed country a coverage in [0, 1] and a score only when something is verified', () => {
    const scores = policyPillarScores();
    expect(scores.map((p) => p.iso3)).toEqual(policyAssessments().map((a) => a.iso3));
    for (const p of scores) {
      expect(p.total).toBe(policyRubric().criteria.length);
      expect(p.coverage).toBeGreaterThanOrEqual(0);
      expect(p.coverage).toBeLessThanOrEqual(1);
      expect(p.score === null).toBe(p.scored === 0);
      expect(p.asOf === null).toBe(p.scored === 0);
    }
  });
});
