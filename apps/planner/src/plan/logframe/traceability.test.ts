import { recommendationSet, samplePlan } from '@dsc/datasets';
import { describe, expect, it } from 'vitest';
import { traceability } from './traceability.js';

describe('traceability in the logframe', () => {
  it('lists the recommendations each activity of the illustrative roadmap serves, and none without an action', async () => {
    const plan = await samplePlan();
    const tr = traceability(plan, recommendationSet());
    expect(tr.activities.map((a) => a.id)).toEqual(['A11', 'A12', 'A13', 'A14']);
    const a14 = tr.activities.find((a) => a.id === 'A14')!;
    expect(a14.recommendations.map((r) => (typeof r === 'string' ? r : r.level.scope))).toEqual(['regional', 'regional', 'regional']);
    expect(tr.withoutAction).toEqual([]);
    expect([tr.report.errors, tr.report.warnings]).toEqual([0, 0]);
  });

  it('shows an id the set does not hold as it is, and the recommendations left without an action', async () => {
    const plan = await samplePlan();
    const edited = {
      ...plan,
      activities: plan.activities.map((a) => (a.id === 'A14' ? { ...a, recommendations: ['rec-regional-cooperation', 'rec-made-up'] } : a)),
    };
    const tr = traceability(edited, recommendationSet());
    expect(tr.activities.find((a) => a.id === 'A14')!.recommendations.filter((r) => typeof r === 'string')).toEqual(['rec-made-up']);
    expect(tr.withoutAction.map((r) => r.id)).toEqual(['rec-regional-cybercrime-law', 'rec-regional-e-transactions-law']);
    expect(tr.report.errors).toBe(1);
  });
});
