import { describe, expect, it } from 'vitest';
import { examples } from './__fixtures__/examples.js';
import { parseDocumentOf } from './parse.js';
import type { Recommendation, RecommendationSet } from './recommendation.js';
import { Recommendation as RecommendationSchema, RecommendationSet as SetSchema, isPublishable } from './recommendation.js';

const set = examples['recommendation-set'] as RecommendationSet;
const rec = set.recommendations[0]!;
const pointers = (v: unknown): string[] => {
  const r = RecommendationSchema.safeParse(v);
  return r.success ? [] : r.error.issues.map((i) => i.path.join('/'));
};

describe('recommendation-set', () => {
  it('parses the example and fills the default lists', () => {
    const r = parseDocumentOf('recommendation-set', set);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.value.recommendations[0]!.initiatives).toEqual([]);
  });

  it('asks for ru and kk texts only once a recommendation is accepted or edited', () => {
    const enOnly = { ...rec, title: { en: 'T' }, text: { en: 'X' } };
    expect(pointers({ ...enOnly, review: { status: 'candidate' } })).toEqual([]);
    expect(pointers(enOnly)).toEqual(['title/ru', 'title/kk', 'text/ru', 'text/kk']);
    expect(pointers({ ...enOnly, review: { status: 'rejected', reviewer: 'R', date: '2026-12-07' } })).toEqual([]);
  });

  it('publishes accepted and edited recommendations only', () => {
    const with_ = (review: Recommendation['review']) => isPublishable({ review });
    expect(with_({ status: 'candidate' })).toBe(false);
    expect(with_({ status: 'rejected', reviewer: 'R', date: '2026-12-07' })).toBe(false);
    expect(with_({ status: 'edited', reviewer: 'R', date: '2026-12-07' })).toBe(true);
    expect(with_({ status: 'accepted', reviewer: 'R', date: '2026-12-07' })).toBe(true);
  });

  it('keeps a national recommendation to its own country, a policy gap below its required level and a horizon in order', () => {
    const other = { ...rec.gaps[1]!, country: 'KGZ' };
    expect(pointers({ ...rec, gaps: [other] })).toEqual(['gaps/0/country']);
    expect(pointers({ ...rec, level: { scope: 'regional' }, gaps: [other, rec.gaps[0]] })).toEqual([]);
    expect(pointers({ ...rec, gaps: [{ ...rec.gaps[1]!, level: 3 }] })).toEqual(['gaps/0/level']);
    expect(pointers({ ...rec, horizon: { term: 'short', from: 2028, to: 2027 } })).toEqual(['horizon/to']);
    expect(pointers({ ...rec, gaps: [] })).toEqual(['gaps']);
  });

  it('rejects a reused recommendation id', () => {
    const r = SetSchema.safeParse({ ...set, recommendations: [rec, rec] });
    expect(r.success ? [] : r.error.issues.map((i) => i.path.join('/'))).toEqual(['recommendations/1/id']);
  });
});
