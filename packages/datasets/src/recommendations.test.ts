import { parseDocumentOf } from '@dsc/domain';
import { describe, expect, it } from 'vitest';
import { initiatives, policyRubric, recommendationSet, recommendations, scopeCountries } from './index.js';

describe('recommendations', () => {
  const set = recommendationSet();

  it('is a valid recommendation-set document that says its review is illustrative', () => {
    expect(parseDocumentOf('recommendation-set', JSON.parse(JSON.stringify(set))).ok).toBe(true);
    expect(set.note).toMatch(/^Illustrative review/);
    expect(set.note).toContain('no member State, secretariat or governing body has reviewed or agreed');
  });

  it('holds at least two accepted recommendations per country in scope and three regional ones', () => {
    for (const iso3 of scopeCountries) expect(recommendations({ iso3 }).length, iso3).toBeGreaterThanOrEqual(2);
    expect(recommendations({ scope: 'regional' }).length).toBeGreaterThanOrEqual(3);
    for (const r of recommendations()) {
      expect(r.review).toMatchObject({ reviewer: 'DSC secretariat (illustrative review)', date: '2026-12-07' });
      for (const f of [r.title, r.text]) {
        expect(f.ru).toMatch(/[а-яё]/i);
        expect(f.kk).toMatch(/[әғқңөұүһі]/i); // Kazakh in Cyrillic
      }
    }
  });

  it('publishes accepted and edited recommendations only', () => {
    expect(recommendations().every((r) => r.review.status === 'accepted' || r.review.status === 'edited')).toBe(true);
    expect(recommendations().length).toBe(set.recommendations.filter((r) => ['accepted', 'edited'].includes(r.review.status)).length);
  });

  it('refers to criteria of the rubric and to entries of the initiatives register', () => {
    const criteria = new Set(policyRubric().criteria.map((c) => c.id));
    const ids = new Set(initiatives().map((i) => i.id));
    for (const r of set.recommendations) {
      for (const g of r.gaps) if (g.kind === 'policy') expect(criteria.has(g.criterion), g.criterion).toBe(true);
      for (const id of r.initiatives) expect(ids.has(id), id).toBe(true);
    }
  });
});
