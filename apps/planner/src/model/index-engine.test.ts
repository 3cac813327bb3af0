import { POLICY_SCORE_CODE, presets } from '@dsc/datasets';
import { createTranslator, getMessages } from '@dsc/i18n';
import { describe, expect, it } from 'vitest';
import { excludedNote } from '../components/computed-note.js';
import { loadEmbedded } from './embedded.js';
import { bandOf, computeIndex } from './index-engine.js';
import type { AppObservation } from './types.js';

const dmi = presets().find((p) => p.id === 'dsc-dmi')!;
const obs = (iso3: string, indicator: string, value: number): AppObservation => ({ iso3, indicator, year: 2023, value, unit: '%', status: 'A', source: 's' });

describe('computeIndex compares like with like', () => {
  // The premise is built here: the embedded observations without any policy score, plus a policy score for some
  // countries only (whatever the verified coverage of the embedded assessments is today).
  const withPolicy = (rows: readonly AppObservation[], scored: readonly string[]): AppObservation[] => [
    ...rows.filter((o) => o.indicator !== POLICY_SCORE_CODE),
    ...scored.map((iso3, k) => ({ ...obs(iso3, POLICY_SCORE_CODE, 0.4 + k / 10), unit: 'share of rubric points 0-1', year: 2026 })),
  ];

  it('leaves out of the index a pillar that only some ranked countries have, and still shows its scores', async () => {
    const data = await loadEmbedded();
    if ('error' in data) throw new Error(data.error);
    const policyPillar = dmi.nodes.find((n) => n.id === POLICY_SCORE_CODE)?.parent;
    expect(policyPillar).toBeDefined();
    const some = ['KAZ', 'MNG', 'UZB'];
    const out = computeIndex(dmi, withPolicy(data.observations, some));
    if (!out.ok) throw new Error(out.reason);
    const v = out.view;
    expect(v.ranked.length).toBeGreaterThan(some.length);
    // the pillar is scored for the three countries only, so it is left out, and who has it is said
    const policy = v.excluded.find((e) => e.node === policyPillar);
    expect(policy).toEqual({ node: policyPillar, scored: some.filter((u) => v.ranked.includes(u)), of: v.ranked.length });
    expect(policy!.scored.length).toBeGreaterThan(0);
    // every pillar that counts in the index is scored for every ranked country
    for (const p of v.pillars) {
      if (v.excluded.some((e) => e.node === p)) continue;
      for (const u of v.ranked) expect(v.score(u, p), `${u} ${p}`).not.toBeNull();
    }
    // each ranked country's index is the mean of the same pillars
    const counted = v.pillars.filter((p) => !v.excluded.some((e) => e.node === p));
    for (const u of v.ranked) {
      const mean = counted.reduce((t, p) => t + v.score(u, p)!, 0) / counted.length;
      expect(v.score(u, v.root)).toBeCloseTo(mean, 9);
    }
    for (const e of v.excluded) {
      expect(e.scored.length).toBeLessThan(e.of);
      for (const u of e.scored) expect(v.score(u, e.node)).not.toBeNull();
    }
  }, 60_000); // loads every embedded observation: slow on a busy machine

  it('leaves out a pillar that no ranked country has, and says so without naming anyone', async () => {
    const data = await loadEmbedded();
    if ('error' in data) throw new Error(data.error);
    const policyPillar = dmi.nodes.find((n) => n.id === POLICY_SCORE_CODE)?.parent;
    const out = computeIndex(dmi, withPolicy(data.observations, []));
    if (!out.ok) throw new Error(out.reason);
    const v = out.view;
    expect(v.ranked.length).toBeGreaterThan(1);
    expect(v.excluded).toContainEqual({ node: policyPillar, scored: [], of: v.ranked.length });
    for (const u of v.ranked) expect(v.score(u, policyPillar!)).toBeNull();
    const counted = v.pillars.filter((p) => !v.excluded.some((e) => e.node === p));
    expect(counted.length).toBeGreaterThan(0);
    for (const u of v.ranked) {
      const mean = counted.reduce((t, p) => t + v.score(u, p)!, 0) / counted.length;
      expect(v.score(u, v.root)).toBeCloseTo(mean, 9);
    }
    const note = excludedNote({ ...createTranslator('en', getMessages('en')), text: (x) => x?.en ?? '' }, v, {});
    expect(note).toContain(`none of the ${v.ranked.length} countries has a score on it`);
    expect(note).not.toMatch(/only 0 of/);
    expect(note).not.toContain('()');
  }, 60_000);

  it('keeps a pillar that every ranked country has, and drops one that a single country has', () => {
    const spec = {
      ...dmi,
      nodes: [
        { id: 'a', parent: 'P1', level: 1, type: 'indicator', direction: 1, weight: 1, goalposts: { min: 0, max: 100, rationale: 'test' } },
        { id: 'b', parent: 'P2', level: 1, type: 'indicator', direction: 1, weight: 1, goalposts: { min: 0, max: 100, rationale: 'test' } },
        { id: 'P1', parent: 'I', level: 2, type: 'aggregate', weight: 1 },
        { id: 'P2', parent: 'I', level: 2, type: 'aggregate', weight: 1 },
        { id: 'I', level: 3, type: 'aggregate' },
      ],
      steps: { ...dmi.steps, aggregate: { method: 'arithmetic', levels: { '3': { method: 'arithmetic', datThresh: 0.5 } } } },
    } as unknown as typeof dmi;
    const data = [obs('KAZ', 'a', 80), obs('KGZ', 'a', 40), obs('UZB', 'a', 60), obs('UZB', 'b', 100)];
    const out = computeIndex(spec, data, 2023);
    if (!out.ok) throw new Error(out.reason);
    const v = out.view;
    expect(v.excluded).toEqual([{ node: 'P2', scored: ['UZB'], of: 3 }]);
    expect(v.score('UZB', 'P2')).toBe(100);
    expect(v.score('UZB', 'I')).toBeCloseTo(60, 9);
    expect(v.rank('KAZ', 'I')).toBe(1);
    expect(v.rank('UZB', 'I')).toBe(2);
  });
});

describe('bandOf', () => {
  const bands = [
    { id: 'low', name: { en: 'Low' }, lower: 0, upper: 0.25 },
    { id: 'mid', name: { en: 'Middle' }, lower: 0.25, upper: 0.5 },
    { id: 'high', name: { en: 'High' }, lower: 0.5, upper: 1 },
  ];
  it('uses half-open bands with a closed top band', () => {
    expect(bandOf(bands, 0.25)?.id).toBe('mid');
    expect(bandOf(bands, 0.2499)?.id).toBe('low');
    expect(bandOf(bands, 1)?.id).toBe('high');
    expect(bandOf(bands, 1.2)).toBeUndefined();
    expect(bandOf(bands, null)).toBeUndefined();
  });
});
