import { describe, expect, it } from 'vitest';
import { fixturePlan } from './__fixtures__/plan.js';
import { budgetRollup, convert, fundingGaps, fundingPipeline, splitByPeriod } from './budget.js';
import { alignmentCoverage, baselineFromObservations, baselineVariance, captureBaseline, compareScenarios, promoteScenario } from './compare.js';
import { schedulePlan } from './plan-schedule.js';
import { checkLogframe, checkSchedule } from './quality.js';
import { applyScenario } from './scenarios.js';

const sched = () => {
  const s = schedulePlan(fixturePlan);
  if (!s.ok) throw new Error(JSON.stringify(s.error));
  return s.value;
};

describe('plan schedule', () => {
  it('dates activities on the working calendar with holidays and gate constraints', () => {
    const s = sched();
    const a = (id: string) => s.activities.find((x) => x.id === id);
    expect(a('A')).toMatchObject({ start: '2027-01-04', finish: '2027-01-18', totalFloat: 4 });
    expect(a('M')).toMatchObject({ es: 19, start: '2027-02-01', drivenBy: 'constraint' });
    expect(a('C')).toMatchObject({ start: '2027-02-01', finish: '2027-02-26', critical: true });
    expect(s.projectDuration).toBe(39);
    expect(s.criticalPath).toEqual(['M', 'C']);
  });
  it('applies scenarios and reports broken or invalid overlays', () => {
    expect(applyScenario(fixturePlan, 'fast').ok && schedulePlan(fixturePlan, { scenario: 'fast' })).toMatchObject({ ok: true, value: { projectDuration: 29 } });
    expect(applyScenario(fixturePlan, 'broken')).toMatchObject({ ok: false, error: { code: 'patch_failed', op: 0 } });
    expect(applyScenario(fixturePlan, 'invalid')).toMatchObject({ ok: false, error: { code: 'invalid_scenario_result', issues: [{ pointer: '/activities/0/duration' }] } });
    expect(applyScenario(fixturePlan, 'nope')).toMatchObject({ ok: false, error: { code: 'unknown_scenario', known: ['fast', 'broken', 'invalid'] } });
  });
});

describe('budget and funding', () => {
  it('converts with the rate valid on the value date, across currencies', () => {
    const rates = fixturePlan.exchangeRates ?? [];
    expect(convert({ amount: 1000, currency: 'KZT', valueDate: '2027-03-01' }, 'USD', 'USD', rates)).toEqual({ ok: true, value: 2 });
    expect(convert({ amount: 1000, currency: 'KZT', valueDate: '2027-07-01' }, 'USD', 'USD', rates)).toEqual({ ok: true, value: 2.5 });
    expect(convert({ amount: 5, currency: 'USD', valueDate: '2027-07-01' }, 'KZT', 'USD', rates)).toEqual({ ok: true, value: 2000 });
    expect(convert({ amount: 1, currency: 'KZT', valueDate: '2026-01-01' }, 'USD', 'USD', rates)).toMatchObject({ ok: false, error: { code: 'no_exchange_rate' } });
  });
  it('splits periods by days into years and quarters', () => {
    const y = splitByPeriod({ periodStart: '2027-12-01', periodEnd: '2028-01-30' }, 61, 'year');
    expect(y).toEqual([{ key: '2027', amount: 31 }, { key: '2028', amount: 30 }]);
    const q = splitByPeriod({ periodStart: '2027-03-01', periodEnd: '2027-04-30' }, 61, 'quarter');
    expect(q).toEqual([{ key: '2027-Q1', amount: 31 }, { key: '2027-Q2', amount: 30 }]);
  });
  it('rolls up by class, year, phase, outcome and funding source', () => {
    const total = 1000 + 1250 + 2000;
    const byClass = budgetRollup(fixturePlan, 'class');
    expect(byClass).toMatchObject({ ok: true, value: { total, groups: [{ key: '105', amount: 3000 }, { key: '612', amount: 1250 }] } });
    const byYear = budgetRollup(fixturePlan, 'year');
    if (!byYear.ok) throw new Error();
    expect(byYear.value.groups[0]?.key).toBe('2027');
    expect(byYear.value.groups[0]?.amount).toBeCloseTo(3000 + (1250 * 31) / 61, 6);
    expect(budgetRollup(fixturePlan, 'phase')).toMatchObject({ value: { groups: [{ key: 'P1', amount: 1000 }, { key: 'P2', amount: 3250 }] } });
    expect(budgetRollup(fixturePlan, 'outcome')).toMatchObject({ value: { groups: [{ key: 'OC1', amount: total }] } });
    expect(budgetRollup(fixturePlan, 'fundingSource')).toMatchObject({ value: { groups: [{ key: '(unfunded)', amount: 2000 }, { key: 'f1' }, { key: 'f2' }] } });
  });
  it('computes the pipeline and the gap', () => {
    const p = fundingPipeline(fixturePlan);
    expect(p).toMatchObject({ ok: true, value: { budgetTotal: 4250, secured: 1010, pledgedOrBetter: 2010, gap: 3240, gapAfterPledges: 2240 } });
    if (!p.ok) throw new Error();
    expect(p.value.sources.find((s) => s.id === 'f2')).toMatchObject({ allocated: 1250, overAllocated: true });
  });
  it('answers "which critical-path activities are unfunded in 2027?"', () => {
    const g = fundingGaps(fixturePlan, sched(), { year: 2027, criticalOnly: true });
    if (!g.ok) throw new Error();
    expect(g.value.map((x) => x.activity)).toEqual(['C']);
    expect(g.value[0]?.unfunded).toBeCloseTo(2000 + (1250 * 31) / 61, 6);
  });
});

describe('scenarios, baselines, KPIs', () => {
  it('compares scenarios on at least six metrics', () => {
    const r = compareScenarios(fixturePlan, ['base', 'fast']);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const [base, fast] = r.value;
    expect(base).toMatchObject({ scenario: 'base', projectDuration: 39, totalCost: 4250, fundingGap: 3240, riskCount: 1, highRiskCount: 1, finish: '2027-02-26' });
    expect(fast).toMatchObject({ scenario: 'fast', projectDuration: 29, finish: '2027-02-12' });
    expect(base?.kpiTrajectory).toEqual({ K1: [{ period: '2027', value: 20 }] });
  });
  it('promotes a scenario to a baseline and reports variance with reasons', () => {
    const promoted = promoteScenario(fixturePlan, 'fast', { id: 'bl1', name: 'Fast', capturedAt: '2027-01-01', reason: 'Council asked for speed' });
    if (!promoted.ok) throw new Error();
    const bl = promoted.value.baselines[0];
    expect(bl).toMatchObject({ fromScenario: 'fast', totalCost: { amount: 4250 } });
    expect(bl?.activities.find((a) => a.id === 'C')).toMatchObject({ start: '2027-02-01', finish: '2027-02-12', cost: 3250 });
    const v = baselineVariance(promoted.value, 'bl1');
    if (!v.ok) throw new Error();
    expect(v.value.activities.find((a) => a.id === 'C')).toMatchObject({ finishVariance: 14, status: 'changed' });
    expect(baselineVariance(promoted.value, 'zz')).toMatchObject({ ok: false, error: { code: 'unknown_baseline' } });
  });
  it('records cost, funding and target changes against a captured baseline', () => {
    const b = captureBaseline(fixturePlan, { id: 'b0', name: 'Original', capturedAt: '2027-01-01', changes: [{ path: '/activities/C', reason: 'Scope grew' }] });
    if (!b.ok) throw new Error();
    const changed = {
      ...fixturePlan,
      baselines: [b.value],
      activities: fixturePlan.activities.map((a) => (a.id === 'C' ? { ...a, duration: 25 } : a)),
      kpis: fixturePlan.kpis.map((k) => ({ ...k, targets: [{ period: '2027', value: 25 }] })),
      funding: fixturePlan.funding.map((f) => (f.id === 'f2' ? { ...f, stage: 'committed' as const } : f)),
    };
    const v = baselineVariance(changed, 'b0');
    if (!v.ok) throw new Error();
    expect(v.value.activities.find((a) => a.id === 'C')).toMatchObject({ finishVariance: 7, reason: 'Scope grew' });
    expect(v.value.targets).toEqual([{ kpi: 'K1', period: '2027', from: 20, to: 25 }]);
    expect(v.value.funding).toEqual([{ source: 'f2', amountVariance: 0, stageFrom: 'pledged', stageTo: 'committed' }]);
  });
  it('takes a KPI baseline from the latest observation', () => {
    const obs = [
      { iso3: 'KAZ', indicator: 'X', year: 2021, value: 1, source: 's' },
      { iso3: 'KAZ', indicator: 'X', year: 2023, value: 3, source: 's' },
      { iso3: 'KGZ', indicator: 'X', year: 2024, value: 9, source: 's' },
    ];
    expect(baselineFromObservations(obs, 'X', 'KAZ')).toEqual({ value: 3, year: 2023, source: 's' });
    expect(baselineFromObservations(obs, 'X', 'KAZ', 2022)).toEqual({ value: 1, year: 2021, source: 's' });
    expect(baselineFromObservations(obs, 'Y', 'KAZ')).toBeUndefined();
  });
  it('reports alignment coverage gaps', () => {
    const r = alignmentCoverage(fixturePlan, [{ framework: 'sg', codes: ['1', '2'] }]);
    if (!r.ok) throw new Error();
    expect(r.value.rows[0]).toMatchObject({ code: '1', activities: ['A'], budget: 1000, kpis: ['K1'] });
    expect(r.value.noAction).toEqual(['sg:2']);
  });
});

describe('quality checks', () => {
  it('computes DCMA-style metrics and findings', () => {
    const q = checkSchedule(fixturePlan);
    const m = (id: string) => q.metrics.find((x) => x.ruleId === id);
    expect(m('dcma.missing_logic')).toMatchObject({ count: 2, total: 4, pass: false });
    expect(m('dcma.relationship_types')).toMatchObject({ count: 3, total: 3, pass: true });
    expect(m('dcma.resources')).toMatchObject({ count: 1, total: 3 });
    expect(m('dcma.critical_path_test')).toMatchObject({ pass: true });
    expect(q.findings.filter((f) => f.ruleId === 'dcma.missing_logic').map((f) => [f.subject, f.value])).toEqual([['A', 'predecessor'], ['C', 'successor']]);
  });
  it('flags leads, negative float and open ends', () => {
    const p = {
      ...fixturePlan,
      activities: [...fixturePlan.activities.map((a) => (a.id === 'C' ? { ...a, deadline: '2027-02-10' } : a)), { id: 'X', name: { en: 'X' }, duration: 3, milestone: false, assignments: [], alignment: [] }],
      dependencies: [...fixturePlan.dependencies, { from: 'A', to: 'X', type: 'SS' as const, lag: { value: -2, unit: 'working' as const } }],
    };
    const q = checkSchedule(p);
    expect(q.findings.some((f) => f.ruleId === 'dcma.leads')).toBe(true);
    expect(q.findings.filter((f) => f.ruleId === 'dcma.negative_float').map((f) => f.subject)).toEqual(['A', 'B', 'M', 'C']);
    expect(q.findings.filter((f) => f.ruleId === 'schedule.open_end').map((f) => f.subject)).toEqual(['X']);
    expect(q.errors).toBeGreaterThan(0);
  });
  it('checks the logframe and the concept-note rule set', () => {
    const q = checkLogframe(fixturePlan);
    expect(q.findings.map((f) => `${f.ruleId}:${f.subject ?? ''}`)).toEqual(['logframe.result_without_indicator:G']);
    const strict = checkLogframe(fixturePlan, { maxObjectives: 1, maxOutcomes: 0, minIndicatorsPerOutcome: 2, maxIndicatorsPerOutcome: 2 });
    expect(strict.findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['concept_note.outcomes', 'concept_note.indicators_per_outcome']));
    const orphan = checkLogframe({ ...fixturePlan, budget: [...fixturePlan.budget, { id: 'bx', budgetClass: '105', periodStart: '2027-01-01', periodEnd: '2027-01-02', money: { amount: 1, currency: 'USD', valueDate: '2027-01-01' }, fundingSource: 'zz' }] });
    expect(orphan.findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['budget.orphan_line', 'budget.unknown_funding_source']));
    const wrong = checkLogframe({ ...fixturePlan, budget: fixturePlan.budget.map((b) => (b.id === 'b3' ? { ...b, unitCost: 900 } : b)) });
    expect(wrong.findings.find((f) => f.ruleId === 'budget.calculation_mismatch')).toMatchObject({ subject: 'b3', value: 1800, limit: 2000 });
  });
});

describe('ALAP', () => {
  it('places ALAP work as late as its successors allow, chains included, never past the late finish', () => {
    const plan = {
      ...fixturePlan,
      defaultCalendar: undefined,
      calendars: [],
      activities: [
        { id: 'L', name: { en: 'Long' }, duration: 10, milestone: false, assignments: [], alignment: [] },
        { id: 'P', name: { en: 'Prep' }, duration: 2, milestone: false, assignments: [], alignment: [], constraint: { type: 'ALAP' as const } },
        { id: 'Q', name: { en: 'Prep 2' }, duration: 3, milestone: false, assignments: [], alignment: [], constraint: { type: 'ALAP' as const } },
        { id: 'E', name: { en: 'End' }, duration: 0, milestone: true, assignments: [], alignment: [] },
      ],
      dependencies: [
        { from: 'P', to: 'Q', type: 'FS' as const, lag: { value: 1, unit: 'working' as const } },
        { from: 'Q', to: 'E', type: 'FS' as const, lag: { value: 0, unit: 'working' as const } },
        { from: 'L', to: 'E', type: 'FS' as const, lag: { value: 0, unit: 'working' as const } },
      ],
      budget: [],
    };
    const s = schedulePlan(plan);
    if (!s.ok) throw new Error(JSON.stringify(s.error));
    const a = (id: string) => s.value.activities.find((x) => x.id === id);
    // Start 2027-01-04, every day worked. Q: LF 10 → days 8–10; P: finishes by 10 − 3 − 1 = 6 → days 5–6.
    expect([a('Q')?.start, a('Q')?.finish]).toEqual(['2027-01-11', '2027-01-13']);
    expect([a('P')?.start, a('P')?.finish]).toEqual(['2027-01-08', '2027-01-09']);
    expect(a('P')?.earlyStart).toBe('2027-01-04');
  });
});

describe('activities on their own calendars', () => {
  const base = {
    ...fixturePlan,
    calendars: [
      ...fixturePlan.calendars,
      { id: 'wk7', name: 'Every day', workingDays: [1, 2, 3, 4, 5, 6, 7], holidays: [] },
    ],
    budget: [],
    activities: [
      { id: 'A', name: { en: 'A' }, duration: 2, milestone: false, assignments: [], alignment: [] },
      { id: 'X', name: { en: 'X' }, duration: 3, milestone: false, assignments: [], alignment: [], calendar: 'wk7' },
      { id: 'Y', name: { en: 'Y' }, duration: 1, milestone: false, assignments: [], alignment: [] },
      { id: 'Z', name: { en: 'Z' }, duration: 2, milestone: false, assignments: [], alignment: [], calendar: 'wk7', constraint: { type: 'SNET' as const, date: '2027-01-08' } },
    ],
    dependencies: [
      { from: 'A', to: 'X', type: 'FS' as const, lag: { value: 0, unit: 'working' as const } },
      { from: 'X', to: 'Y', type: 'FS' as const, lag: { value: 0, unit: 'working' as const } },
    ],
  };
  it('counts the duration on the activity calendar (the holiday of the plan calendar is worked)', () => {
    const s = schedulePlan(base);
    if (!s.ok) throw new Error(JSON.stringify(s.error));
    const a = (id: string) => s.value.activities.find((x) => x.id === id);
    // Plan calendar Mon–Fri with 7 Jan off; X works every day: 6, 7, 8 Jan.
    expect(a('X')).toMatchObject({ es: 2, ef: 4, start: '2027-01-06', finish: '2027-01-08' });
    expect(a('Y')).toMatchObject({ es: 4, start: '2027-01-11', finish: '2027-01-11' });
    // Z works Friday and Saturday.
    expect(a('Z')).toMatchObject({ es: 3, ef: 4, start: '2027-01-08', finish: '2027-01-09' });
    expect(s.value.projectFinish).toBe('2027-01-11');
  });
  it('reports an unknown activity calendar', () => {
    const plan = { ...base, activities: base.activities.map((x) => (x.id === 'X' ? { ...x, calendar: 'nope' } : x)) };
    expect(schedulePlan(plan)).toMatchObject({ ok: false, error: { code: 'unknown_calendar', calendar: 'nope', activity: 'X' } });
  });
});
