import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { samplePlan } from '../index.js';
import { observations } from '../observations.js';
import { dscRoadmapPlan } from './index.js';

const here = dirname(fileURLToPath(import.meta.url));
const example = readFileSync(join(here, '../../../../examples/dsc-roadmap.plan.json'), 'utf8');

describe('illustrative DSC roadmap plan', () => {
  it('is examples/dsc-roadmap.plan.json: the package copy has the same bytes and samplePlan() returns that document', async () => {
    expect(readFileSync(join(here, 'dsc-roadmap.plan.json'), 'utf8')).toBe(example);
    expect(await samplePlan()).toStrictEqual(JSON.parse(example));
  });

  it('is labelled illustrative and covers the eight countries', () => {
    expect(dscRoadmapPlan.illustrative).toBe(true);
    expect(dscRoadmapPlan.title.en).toMatch(/^ILLUSTRATIVE/);
    expect(dscRoadmapPlan.countries).toHaveLength(8);
  });

  it('has phases, gates as milestones, every relation type and both lag units', () => {
    expect(dscRoadmapPlan.phases.map((p) => p.id)).toEqual(['P1', 'P2', 'P3', 'P4']);
    const gates = dscRoadmapPlan.activities.filter((a) => a.gate !== undefined);
    expect(gates.length).toBeGreaterThanOrEqual(4);
    expect(gates.every((g) => g.milestone && g.duration === 0)).toBe(true);
    expect(new Set(dscRoadmapPlan.dependencies.map((d) => d.type))).toEqual(
      new Set(['FS', 'SS', 'FF', 'SF']),
    );
    expect(new Set(dscRoadmapPlan.dependencies.map((d) => d.lag.unit))).toEqual(
      new Set(['working', 'elapsed']),
    );
  });

  it('names every activity, phase, result, organisation, KPI, risk and scenario in English, Russian and Kazakh', () => {
    const named = [
      ...dscRoadmapPlan.activities.map((a) => [a.id, a.name] as const),
      ...dscRoadmapPlan.phases.map((p) => [p.id, p.name] as const),
      ...dscRoadmapPlan.phases.flatMap((p) =>
        p.description ? [[`${p.id} description`, p.description] as const] : [],
      ),
      ...dscRoadmapPlan.results.map((r) => [r.id, r.title] as const),
      ...dscRoadmapPlan.results.flatMap((r) =>
        (r.assumptions ?? []).map((a) => [`${r.id} assumption`, a] as const),
      ),
      ...dscRoadmapPlan.organisations.map((o) => [o.id, o.name] as const),
      ...dscRoadmapPlan.kpis.map((k) => [k.id, k.name] as const),
      ...dscRoadmapPlan.risks.flatMap((r) => [
        [r.id, r.description] as const,
        ...(r.mitigation ? [[`${r.id} mitigation`, r.mitigation] as const] : []),
      ]),
      ...dscRoadmapPlan.scenarios.flatMap((s) => [
        [s.id, s.name] as const,
        ...(s.description ? [[`${s.id} description`, s.description] as const] : []),
      ]),
    ];
    const missing = named
      .filter(([, text]) => !text.ru || !text.kk || text.ru === text.en || text.kk === text.en)
      .map(([id]) => id);
    expect(missing).toEqual([]);
  });

  it('has funding at several pipeline stages and three scenarios', () => {
    expect(new Set(dscRoadmapPlan.funding.map((f) => f.stage)).size).toBeGreaterThanOrEqual(4);
    expect(dscRoadmapPlan.funding.every((f) => f.name.startsWith('Illustrative'))).toBe(true);
    expect(dscRoadmapPlan.scenarios.map((s) => s.id)).toEqual(['virtual-hub', 'physical-centre', 'hybrid']);
  });

  it('takes every KPI baseline from the embedded observations (same figure and year)', async () => {
    const withBaseline = dscRoadmapPlan.kpis.filter((k) => k.baseline !== undefined);
    expect(withBaseline.length).toBeGreaterThanOrEqual(4);
    for (const k of withBaseline) {
      const r = await observations({
        iso3: k.country ?? '',
        indicator: k.indicator ?? '',
        years: [k.baseline?.year ?? 0],
      });
      if (!r.ok) throw new Error(`${k.id}: ${r.error.code}`);
      expect(
        r.value.map((o) => o.value),
        k.id,
      ).toContain(k.baseline?.value);
      expect(k.baseline?.source).toBeTruthy();
    }
  });

  it('leaves unknown baselines empty rather than inventing them', () => {
    expect(dscRoadmapPlan.kpis.find((k) => k.id === 'K3')?.baseline).toBeUndefined();
  });

  it('records its chronology as completed milestones, each with an official source, before its status date', () => {
    expect(dscRoadmapPlan.statusDate).toBe('2025-12-31');
    const done = dscRoadmapPlan.activities.filter((a) => a.actualFinish !== undefined);
    expect(done.map((a) => a.actualFinish)).toEqual([
      '2021-04-20',
      '2021-11-15',
      '2021-11-17',
      '2021-11-25',
      '2021-12-31',
      '2022-02-28',
      '2022-07-19',
      '2022-07-20',
      '2022-07-20',
      '2022-11-16',
    ]);
    for (const a of done) {
      expect(a.milestone && a.actualStart === a.actualFinish, a.id).toBe(true);
      expect(a.actualFinish! <= dscRoadmapPlan.statusDate!, a.id).toBe(true);
      expect(a.notes, a.id).toMatch(/https:\/\/(www\.)?(unescap|unece|mift)\.(org|uz)\//);
    }
    // the two dates known only to the month say so
    for (const id of ['H05', 'H06']) expect(done.find((a) => a.id === id)?.notes, id).toMatch(/(not|Neither)[^.]*verified/);
  });

  it('costs in one budget-class scheme, funds every line, and spends Development Account money only after the concept note', () => {
    expect(new Set(dscRoadmapPlan.budget.map((b) => b.budgetClass))).toEqual(new Set(['604', '608', '612', '616', '618', '621']));
    expect(dscRoadmapPlan.budget.filter((b) => b.fundingSource === undefined)).toEqual([]);
    const da = dscRoadmapPlan.funding.find((f) => f.id === 'F-DA');
    const conceptNote = dscRoadmapPlan.budget.find((b) => b.activity === 'A6');
    for (const b of dscRoadmapPlan.budget.filter((x) => x.fundingSource === 'F-DA')) {
      expect(b.periodStart >= (da?.expectedDate ?? ''), b.id).toBe(true);
      expect(b.periodStart > (conceptNote?.periodEnd ?? ''), b.id).toBe(true);
    }
  });
});
