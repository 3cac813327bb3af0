import type { PlanInput } from '@dsc/domain';
import { Plan } from '@dsc/domain';
import { describe, expect, it } from 'vitest';
import { createCalendar, everyDayCalendar } from '../calendar.js';
import { schedulePlan } from '../plan-schedule.js';
import { plannedShare } from './earned-value.js';
import { checkProgress, earnedValue } from './index.js';

/** A plan without a calendar (every day is worked), so offsets and calendar days agree: 2027-01-01 is offset 0. */
const plan = (input: Partial<PlanInput>): Plan =>
  Plan.parse({ kind: 'plan', schemaVersion: 2, id: 'p', title: { en: 'p' }, start: '2027-01-01', ...input });
const act = (id: string, duration: number, extra: Record<string, unknown> = {}) => ({ id, name: { en: id }, duration, ...extra });
const byId = (s: { activities: readonly { id: string }[] }, id: string) => s.activities.find((a) => a.id === id) as never;

describe('schedules with progress', () => {
  it('fixes complete work at its actuals, reschedules the remaining work of started work from the status date and the rest after it', () => {
    const p = plan({
      statusDate: '2027-01-12',
      activities: [
        // planned 10 days, done in 8: 2027-01-01 … 2027-01-08 → ES 0, EF 8
        act('A', 10, { actualStart: '2027-01-01', actualFinish: '2027-01-08' }),
        // started 2027-01-09, 40 % done: remaining ceil(5 × 0.6) = 3 days from the end of the status day (offset 12) → EF 15 = 2027-01-15
        act('B', 5, { actualStart: '2027-01-09', percentComplete: 40 }),
        // FS after B: ES 15, EF 19 → 2027-01-16 … 2027-01-19
        act('C', 4),
        // no predecessor, not started: it may not start before the status date → ES 12 → 2027-01-13 … 2027-01-15
        act('D', 3),
      ],
      dependencies: [
        { from: 'A', to: 'B' },
        { from: 'B', to: 'C' },
      ],
    });
    const r = schedulePlan(p);
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.statusDate).toBe('2027-01-12');
    // complete: late dates are the actual dates, no float, never critical
    expect(byId(r.value, 'A')).toMatchObject({ es: 0, ef: 8, ls: 0, lf: 8, totalFloat: 0, freeFloat: 0, start: '2027-01-01', finish: '2027-01-08', lateStart: '2027-01-01', lateFinish: '2027-01-08', critical: false, progress: { status: 'complete', percentComplete: 100, remainingDuration: 0 } });
    expect(byId(r.value, 'B')).toMatchObject({ es: 12, ef: 15, start: '2027-01-09', finish: '2027-01-15', progress: { status: 'in_progress', percentComplete: 40, remainingDuration: 3 } });
    expect(byId(r.value, 'C')).toMatchObject({ es: 15, ef: 19, start: '2027-01-16', finish: '2027-01-19', progress: { status: 'not_started' } });
    expect(byId(r.value, 'D')).toMatchObject({ es: 12, ef: 15, start: '2027-01-13', finish: '2027-01-15' });
    expect(r.value.projectFinish).toBe('2027-01-19');
    expect(r.value.criticalPath).toEqual(['B', 'C']);
    expect(r.value.progressFindings).toEqual([]);
  });

  it('keeps the logic for the remaining work of out-of-sequence progress (retained logic) and reports it', () => {
    const p = plan({
      statusDate: '2027-01-06',
      activities: [
        // half done: remaining ceil(10 × 0.5) = 5 from offset 6 → EF 11
        act('X', 10, { actualStart: '2027-01-01', percentComplete: 50 }),
        // started on day 5 although X has not finished; remaining ceil(4 × 0.75) = 3 waits for X: ES 11, EF 14
        act('Y', 4, { actualStart: '2027-01-05', percentComplete: 25 }),
      ],
      dependencies: [{ from: 'X', to: 'Y' }],
    });
    const r = schedulePlan(p);
    if (!r.ok) throw new Error(r.error.code);
    expect(byId(r.value, 'Y')).toMatchObject({ es: 11, ef: 14, start: '2027-01-05', finish: '2027-01-14', drivingPredecessor: 'X' });
    expect(r.value.progressFindings).toEqual([{ code: 'out_of_sequence', activity: 'Y', predecessor: 'X', relation: 'FS' }]);
  });

  it('counts a start-to-start link out of started work from its actual start', () => {
    const p = plan({
      statusDate: '2027-01-03',
      activities: [act('X', 10, { actualStart: '2027-01-01', percentComplete: 10 }), act('Z', 2)],
      // SS+5 from the actual start (offset 0) → ES 5 = 2027-01-06, not from the remaining part's start (3 + 5 = 8)
      dependencies: [{ from: 'X', to: 'Z', type: 'SS', lag: { value: 5 } }],
    });
    const r = schedulePlan(p);
    if (!r.ok) throw new Error(r.error.code);
    expect(byId(r.value, 'Z')).toMatchObject({ es: 5, start: '2027-01-06' });
  });

  it('lets a must-start meeting keep its date, so a slip before it shows as negative float', () => {
    const p = plan({
      statusDate: '2027-01-07',
      activities: [
        // not started by the status date: ES 7, EF 12
        act('W', 5),
        // MSO 2027-01-10 = offset 9: W must finish by 9, so LS_W = 4 and TF_W = 4 − 7 = −3
        act('M', 0, { milestone: true, constraint: { type: 'MSO', date: '2027-01-10' } }),
      ],
      dependencies: [{ from: 'W', to: 'M' }],
    });
    const r = schedulePlan(p);
    if (!r.ok) throw new Error(r.error.code);
    expect(byId(r.value, 'W')).toMatchObject({ es: 7, totalFloat: -3, critical: true });
    expect(byId(r.value, 'M')).toMatchObject({ es: 9, start: '2027-01-10' });
  });

  it('a status date given as an option overrides the plan and moves work not started', () => {
    const p = plan({ statusDate: '2027-01-02', activities: [act('A', 2)] });
    const r = schedulePlan(p, { statusDate: '2027-01-20' });
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.statusDate).toBe('2027-01-20');
    expect(byId(r.value, 'A')).toMatchObject({ es: 20, start: '2027-01-21' });
  });

  it('leaves a plan without progress exactly as before (no progress fields)', () => {
    const r = schedulePlan(plan({ activities: [act('A', 2)] }));
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.statusDate).toBeUndefined();
    expect(r.value.progressFindings).toBeUndefined();
    expect(byId(r.value, 'A')).not.toHaveProperty('progress');
  });
});

describe('checkProgress', () => {
  const cal = everyDayCalendar('2027-01-01');

  it('reports actuals in the wrong order or after the status date, and % complete that disagrees with the actual finish', () => {
    const p = plan({
      statusDate: '2027-01-10',
      activities: [
        act('A', 5, { actualStart: '2027-01-05', actualFinish: '2027-01-03' }),
        act('B', 5, { actualStart: '2027-01-08', actualFinish: '2027-01-12' }),
        act('C', 5, { actualStart: '2027-01-02', percentComplete: 100 }),
        act('D', 5, { actualStart: '2027-01-02', actualFinish: '2027-01-06', percentComplete: 50 }),
        act('E', 5, { actualFinish: '2027-01-06' }),
        act('F', 5, { percentComplete: 20, remainingDuration: 9 }),
      ],
    });
    expect(checkProgress(p, cal)).toEqual([
      { code: 'actual_finish_before_start', activity: 'A', actualStart: '2027-01-05', actualFinish: '2027-01-03' },
      { code: 'actual_after_status_date', activity: 'B', field: 'actual_finish', date: '2027-01-12', statusDate: '2027-01-10' },
      { code: 'complete_without_actual_finish', activity: 'C' },
      { code: 'finished_not_complete', activity: 'D', percentComplete: 50 },
      { code: 'finish_without_actual_start', activity: 'E' },
      { code: 'progress_without_actual_start', activity: 'F' },
      { code: 'remaining_exceeds_duration', activity: 'F', remainingDuration: 9, duration: 5 },
    ]);
  });

  it('measures at the latest actual date when the plan has no status date, and says so', () => {
    const p = plan({ activities: [act('A', 5, { actualStart: '2027-01-02' }), act('B', 5, { actualStart: '2027-01-04' })] });
    expect(checkProgress(p, cal)).toEqual([{ code: 'progress_without_status_date', statusDate: '2027-01-04' }]);
  });

  it('finds finish-to-finish and start-to-start links broken by actuals, lags included', () => {
    const p = plan({
      statusDate: '2027-01-20',
      activities: [
        act('P', 5, { actualStart: '2027-01-01', actualFinish: '2027-01-10' }),
        // FF+2: may finish no earlier than the end of day 12; finished on day 11 → out of sequence
        act('Q', 5, { actualStart: '2027-01-05', actualFinish: '2027-01-11' }),
        // SS+3: may start from offset 3 (2027-01-04); started 2027-01-04 → in sequence
        act('R', 5, { actualStart: '2027-01-04' }),
      ],
      dependencies: [
        { from: 'P', to: 'Q', type: 'FF', lag: { value: 2 } },
        { from: 'P', to: 'R', type: 'SS', lag: { value: 3 } },
      ],
    });
    expect(checkProgress(p, cal)).toEqual([{ code: 'out_of_sequence', activity: 'Q', predecessor: 'P', relation: 'FF' }]);
  });
});

describe('earned value', () => {
  const p = plan({
    statusDate: '2027-01-15',
    currency: 'USD',
    phases: [
      { id: 'P1', name: { en: 'one' } },
      { id: 'P2', name: { en: 'two' } },
    ],
    activities: [
      // planned 2027-01-01 … 01-10; finished 01-12 → 100 %
      act('A', 10, { phase: 'P1', actualStart: '2027-01-01', actualFinish: '2027-01-12' }),
      // planned 2027-01-11 … 01-20; 20 % done
      act('B', 10, { phase: 'P2', actualStart: '2027-01-13', percentComplete: 20 }),
    ],
    dependencies: [{ from: 'A', to: 'B' }],
    budget: [
      { id: 'L1', activity: 'A', budgetClass: '604', periodStart: '2027-01-01', periodEnd: '2027-01-10', money: { amount: 1000, currency: 'USD', valueDate: '2027-01-01' }, actualCost: 600 },
      { id: 'L2', activity: 'B', budgetClass: '604', periodStart: '2027-01-11', periodEnd: '2027-01-20', money: { amount: 2000, currency: 'USD', valueDate: '2027-01-01' }, actualCost: 500 },
      { id: 'L3', budgetClass: '616', periodStart: '2027-01-01', periodEnd: '2027-01-30', money: { amount: 300, currency: 'USD', valueDate: '2027-01-01' } },
    ],
    baselines: [
      { id: 'b0', name: 'b0', capturedAt: '2026-12-01', activities: [{ id: 'A', start: '2027-01-01', finish: '2027-01-20' }, { id: 'B', start: '2027-01-21', finish: '2027-01-30' }] },
    ],
  });

  it('computes PV, EV, AC, SPI, CPI and EAC per activity, phase and plan', () => {
    const r = earnedValue(p);
    if (!r.ok) throw new Error(r.error.code);
    // A: PV = 1000 × 10/10 days planned by 01-15 = 1000; EV = 100 % × 1000 = 1000; AC = 600;
    //    SPI = 1000/1000 = 1; CPI = 1000/600 = 1.667; EAC = 1000/1.667 = 600; VAC = 400
    expect(r.value.activities[0]).toMatchObject({ id: 'A', bac: 1000, pv: 1000, ev: 1000, ac: 600, sv: 0, cv: 400, spi: 1, eac: 600, vac: 400 });
    expect(r.value.activities[0]?.cpi).toBeCloseTo(1000 / 600, 10);
    // B: PV = 2000 × 5/10 (01-11 … 01-15 of 01-11 … 01-20) = 1000; EV = 20 % × 2000 = 400; AC = 500;
    //    SV = −600, CV = −100, SPI = 0.4, CPI = 0.8, EAC = 2000/0.8 = 2500, VAC = −500
    const b = r.value.activities[1];
    expect(b).toMatchObject({ id: 'B', bac: 2000, pv: 1000, ev: 400, ac: 500, sv: -600, cv: -100, spi: 0.4, cpi: 0.8 });
    expect(b?.eac).toBeCloseTo(2500, 9);
    expect(b?.vac).toBeCloseTo(-500, 9);
    expect(r.value.phases.map((x) => [x.id, x.bac, x.ev])).toEqual([
      ['P1', 1000, 1000],
      ['P2', 2000, 400],
    ]);
    // plan: BAC 3000, PV 2000, EV 1400, AC 1100; SPI = 0.7; CPI = 1400/1100 = 1.2727; EAC = 3000 × 1100/1400 = 2357.14
    expect(r.value.plan).toMatchObject({ bac: 3000, pv: 2000, ev: 1400, ac: 1100, sv: -600, cv: 300 });
    expect(r.value.plan.spi).toBeCloseTo(0.7, 12);
    expect(r.value.plan.cpi).toBeCloseTo(1400 / 1100, 12);
    expect(r.value.plan.eac).toBeCloseTo(2357.142857, 5);
    expect(r.value.plan.vac).toBeCloseTo(642.857143, 5);
    // the line without an activity: PV = 300 × 15/30 days = 150; it earns nothing
    expect(r.value.unallocated).toEqual({ bac: 300, pv: 150, ac: 0 });
  });

  it('spreads PV over a baseline when one is named, and leaves CPI and EAC out without actual cost', () => {
    const r = earnedValue(p, { baseline: 'b0', statusDate: '2027-01-05' });
    if (!r.ok) throw new Error(r.error.code);
    // A over the baseline 01-01 … 01-20: 1000 × 5/20 = 250; B (01-21 …) nothing yet
    expect(r.value.activities.map((a) => a.pv)).toEqual([250, 0]);
    const none = earnedValue(plan({ statusDate: '2027-01-05', activities: [act('A', 4)], budget: [{ id: 'L', activity: 'A', budgetClass: '604', periodStart: '2027-01-01', periodEnd: '2027-01-04', money: { amount: 100, currency: 'USD', valueDate: '2027-01-01' } }] }));
    if (!none.ok) throw new Error(none.error.code);
    // PV 100 (the 4 planned days are past), EV 0, AC 0: SPI 0, no CPI, no EAC
    expect(none.value.plan).toEqual({ bac: 100, pv: 100, ev: 0, ac: 0, sv: -100, cv: 0, spi: 0 });
  });

  it('refuses an unknown baseline and a plan with no status date and no actuals', () => {
    expect(earnedValue(p, { baseline: 'nope' })).toEqual({ ok: false, error: { code: 'unknown_baseline', baseline: 'nope', known: ['b0'] } });
    expect(earnedValue(plan({ activities: [act('A', 1)] }))).toEqual({ ok: false, error: { code: 'no_status_date' } });
  });

  it('spreads linearly over working days only', () => {
    const cal = createCalendar('2027-01-04', { workingDays: [1, 2, 3, 4, 5] });
    if (!cal) throw new Error('calendar');
    // Mon 01-04 … Fri 01-15 is 10 working days; by Sun 01-10, 5 are worked → 0.5
    expect(plannedShare(cal, '2027-01-04', '2027-01-15', '2027-01-10')).toBe(0.5);
    // a milestone counts whole once its day is reached
    expect(plannedShare(cal, '2027-01-08', '2027-01-08', '2027-01-07')).toBe(0);
    expect(plannedShare(cal, '2027-01-08', '2027-01-08', '2027-01-08')).toBe(1);
  });
});
