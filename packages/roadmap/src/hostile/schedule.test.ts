import type { Plan } from '@dsc/domain';
import { Plan as PlanSchema } from '@dsc/domain';
import { describe, expect, it } from 'vitest';
import { fixtureInput, fixturePlan } from '../__fixtures__/plan.js';
import { createCalendar, fromEpochDay, toEpochDay } from '../calendar.js';
import type { Network, NetworkActivity } from '../cpm.js';
import { schedule } from '../cpm.js';
import { createIncrementalSchedule } from '../incremental.js';
import { schedulePlan } from '../plan-schedule.js';

const INT_MAX = 2 ** 31 - 1;
const pair = (lag: number, duration = 1): Network => ({
  activities: [
    { id: 'A', duration: 0 },
    { id: 'B', duration },
  ],
  relations: [{ from: 'A', to: 'B', lag }],
});

describe('CPM — values beyond the time axis', () => {
  it('a lag of 2³¹ − 1 before a working activity is refused, not wrapped to a negative start', () => {
    expect(schedule(pair(INT_MAX))).toEqual({
      ok: false,
      error: {
        code: 'value_out_of_range',
        activity: 'B',
        field: 'early_finish',
        value: INT_MAX + 1,
        min: -INT_MAX,
        max: INT_MAX,
      },
    });
  });

  it('the largest offset itself still fits (a milestone at 2³¹ − 1)', () => {
    const r = schedule(pair(INT_MAX, 0));
    expect(r.ok && r.value.activities.map((a) => [a.es, a.ef, a.ls, a.lf])).toEqual([
      [0, 0, 0, 0],
      [INT_MAX, INT_MAX, INT_MAX, INT_MAX],
    ]);
  });

  it('durations and lags of 2³¹ units or more are refused as inputs', () => {
    expect(schedule({ activities: [{ id: 'A', duration: 2 ** 31 }], relations: [] })).toMatchObject({
      ok: false,
      error: { code: 'value_out_of_range', activity: 'A', field: 'duration', value: 2 ** 31, max: INT_MAX },
    });
    expect(schedule(pair(-(2 ** 40)))).toMatchObject({
      ok: false,
      error: { code: 'value_out_of_range', activity: 'B', field: 'lag', relation: 0 },
    });
    expect(schedule(pair(1e21))).toMatchObject({
      ok: false,
      error: { code: 'value_out_of_range', field: 'lag', value: 1e21 },
    });
  });

  it('constraint and deadline offsets off the axis are refused, including NaN', () => {
    const one = (a: Partial<NetworkActivity>): Network => ({
      activities: [{ id: 'A', duration: 1, ...a }],
      relations: [],
    });
    expect(schedule(one({ constraint: { type: 'MSO', offset: 2 ** 32 } }))).toMatchObject({
      ok: false,
      error: { code: 'value_out_of_range', field: 'constraint' },
    });
    expect(schedule(one({ constraint: { type: 'SNET', offset: Number.NaN } }))).toMatchObject({
      ok: false,
      error: { code: 'value_out_of_range', field: 'constraint' },
    });
    expect(schedule(one({ deadline: -(2 ** 33) }))).toMatchObject({
      ok: false,
      error: { code: 'value_out_of_range', field: 'deadline' },
    });
  });

  it('sums that leave the axis are caught in both passes', () => {
    const chain: Network = {
      activities: [0, 1, 2].map((i) => ({ id: `A${i}`, duration: 2 ** 30 })),
      relations: [
        { from: 'A0', to: 'A1' },
        { from: 'A1', to: 'A2' },
      ],
    };
    expect(schedule(chain)).toMatchObject({
      ok: false,
      error: { code: 'value_out_of_range', activity: 'A1', field: 'early_finish', value: 2 ** 31 },
    });
    // A deadline near the bottom of the axis pulls the late start below it.
    expect(
      schedule({ activities: [{ id: 'A', duration: 5, deadline: -INT_MAX + 2 }], relations: [] }),
    ).toMatchObject({
      ok: false,
      error: { code: 'value_out_of_range', activity: 'A', field: 'late_start', value: -INT_MAX - 3 },
    });
  });

  it('a huge lead does not overflow the backward pass', () => {
    const r = schedule({
      activities: [
        { id: 'A', duration: 2 },
        { id: 'B', duration: 3 },
      ],
      relations: [{ from: 'A', to: 'B', lag: -INT_MAX }],
    });
    expect(r.ok && r.value.activities.map((a) => [a.es, a.ef, a.ls, a.lf])).toEqual([
      [0, 2, 1, 3],
      [0, 3, 0, 3],
    ]);
  });

  it('a network range narrows the axis (a calendar’s years)', () => {
    const r = schedule({ ...pair(5), range: { min: -10, max: 5 } });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'value_out_of_range', activity: 'B', field: 'early_finish', value: 6, min: -10, max: 5 },
    });
  });
});

describe('incremental schedule — edits beyond the time axis', () => {
  it('refuses such an edit and keeps the schedule it had', () => {
    const net: Network = {
      activities: [
        { id: 'A', duration: 2 ** 30 },
        { id: 'B', duration: 3 },
      ],
      relations: [{ from: 'A', to: 'B' }],
    };
    const inc = createIncrementalSchedule(net);
    if (!inc.ok) throw new Error(inc.error.code);
    const before = inc.value.schedule();
    expect(inc.value.setDuration('B', 2 ** 31)).toMatchObject({
      ok: false,
      error: { code: 'value_out_of_range', field: 'duration' },
    });
    expect(inc.value.setDuration('B', 2 ** 30)).toMatchObject({
      ok: false,
      error: { code: 'value_out_of_range', activity: 'B', field: 'early_finish', value: 2 ** 31 },
    });
    expect(inc.value.setLag('A', 'B', 2 ** 30)).toMatchObject({
      ok: false,
      error: { code: 'value_out_of_range', activity: 'B', field: 'early_start', value: 2 ** 31 },
    });
    expect(inc.value.schedule()).toEqual(before);
    expect(inc.value.setDuration('B', 4)).toMatchObject({ ok: true });
    expect(inc.value.dates('B')).toEqual({ es: 2 ** 30, ef: 2 ** 30 + 4, ls: 2 ** 30, lf: 2 ** 30 + 4 });
  });

  it('refuses to start from a network already off the axis', () => {
    expect(createIncrementalSchedule(pair(INT_MAX))).toMatchObject({
      ok: false,
      error: { code: 'value_out_of_range' },
    });
  });
});

describe('CPM — deep summary trees', () => {
  it('a summary chain 20,000 levels deep schedules without recursion', () => {
    const depth = 20_000;
    const activities: NetworkActivity[] = [{ id: 'S0', duration: 0 }];
    for (let i = 1; i < depth; i++) activities.push({ id: `S${i}`, duration: 0, parent: `S${i - 1}` });
    activities.push({ id: 'leaf', duration: 4, parent: `S${depth - 1}` }, { id: 'after', duration: 1 });
    const r = schedule({ activities, relations: [{ from: 'S0', to: 'after' }] });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.projectDuration).toBe(5);
    expect(r.value.activities[0]).toMatchObject({ id: 'S0', summary: true, es: 0, ef: 4 });
    expect(r.value.activities[depth - 1]).toMatchObject({ id: `S${depth - 1}`, summary: true, es: 0, ef: 4 });
  }, 60_000);

  it('a loop at the end of a long parent chain is named', () => {
    const depth = 20_000;
    const activities: NetworkActivity[] = [];
    for (let i = 0; i < depth; i++) activities.push({ id: `S${i}`, duration: 1, parent: `S${i + 1}` });
    activities.push({ id: `S${depth}`, duration: 1, parent: `S${depth - 1}` });
    expect(schedule({ activities, relations: [] })).toEqual({
      ok: false,
      error: { code: 'parent_cycle', path: [`S${depth - 1}`, `S${depth}`, `S${depth - 1}`] },
    });
  }, 60_000);

  it('a plan whose summaries nest thousands deep dates every level', () => {
    const depth = 5_000;
    const activities = [
      ...Array.from({ length: depth }, (_, i) => ({
        id: `S${i}`,
        name: { en: `S${i}` },
        duration: 0,
        ...(i > 0 ? { parent: `S${i - 1}` } : {}),
      })),
      { id: 'leaf', name: { en: 'leaf' }, duration: 3, parent: `S${depth - 1}` },
    ];
    const plan: Plan = PlanSchema.parse({
      ...fixtureInput,
      activities,
      dependencies: [],
      budget: [],
      kpis: [],
      risks: [],
      funding: [],
      scenarios: [],
    });
    const r = schedulePlan(plan);
    // Three working days from Monday 4 January 2027: Monday to Wednesday.
    expect(r.ok && r.value.activities[0]).toMatchObject({
      id: 'S0',
      start: '2027-01-04',
      finish: '2027-01-06',
    });
    expect(r.ok && r.value.activities[depth - 1]).toMatchObject({
      id: `S${depth - 1}`,
      start: '2027-01-04',
      finish: '2027-01-06',
    });
  }, 60_000);
});

describe('calendar — the years 0001 to 9999', () => {
  it('reads and writes dates of the first century and past 9999 without a throw', () => {
    expect(fromEpochDay(toEpochDay('0050-06-01'))).toBe('0050-06-01');
    expect(toEpochDay('0001-01-01')).toBe(-719_162);
    expect(fromEpochDay(toEpochDay('9999-12-31') + 1)).toBe('+010000-01-01');
    expect(toEpochDay('+010000-01-01')).toBe(toEpochDay('9999-12-31') + 1);
    expect(fromEpochDay(1e12)).toBe('+275760-09-13');
    expect(fromEpochDay(Number.NaN)).toBe('1970-01-01');
  });

  it('the range of a calendar keeps start and finish days within 9999', () => {
    const cal = createCalendar('2027-01-04', { workingDays: [1, 2, 3, 4, 5] });
    if (!cal) throw new Error('calendar');
    const { min, max } = cal.range;
    expect(cal.startDate(max)).toBe('9999-12-31');
    expect(toEpochDay(cal.startDate(max + 1))).toBeGreaterThan(toEpochDay('9999-12-31'));
    expect(cal.workingDay(min)).toBe('0001-01-01');
    expect(toEpochDay(cal.workingDay(min - 1))).toBeLessThan(toEpochDay('0001-01-01'));
  });

  it('a plan running past 9999 is refused with a typed error', () => {
    const late = PlanSchema.parse({ ...fixtureInput, start: '9999-12-01' });
    expect(schedulePlan(late)).toMatchObject({
      ok: false,
      error: { code: 'value_out_of_range', field: 'early_finish' },
    });
    const long = PlanSchema.parse({
      ...fixtureInput,
      activities: (fixtureInput.activities ?? []).map((a) =>
        a.id === 'C' ? { ...a, duration: 100_000_000 } : a,
      ),
    });
    expect(schedulePlan(long)).toMatchObject({
      ok: false,
      error: { code: 'value_out_of_range', activity: 'C', field: 'duration' },
    });
    expect(schedulePlan(fixturePlan).ok).toBe(true);
  });
});
