import { describe, expect, it } from 'vitest';
import { parseDocumentOf } from './parse.js';
import { Plan } from './plan.js';

const base = {
  kind: 'plan',
  schemaVersion: 2,
  id: 'p',
  title: { en: 'Plan' },
  start: '2027-01-04',
  activities: [
    { id: 'A', name: { en: 'A' }, duration: 3 },
    { id: 'B', name: { en: 'B' }, duration: 2 },
  ],
  dependencies: [{ from: 'A', to: 'B', type: 'SS', lag: { value: -1, unit: 'elapsed' } }],
};

describe('Plan', () => {
  it('parses a plan and fills defaults', () => {
    const p = Plan.parse(base);
    expect(p.currency).toBe('USD');
    expect(p.dependencies[0]).toEqual({ from: 'A', to: 'B', type: 'SS', lag: { value: -1, unit: 'elapsed' } });
    expect(p.exchangeRates).toBeUndefined();
  });

  it('migrates a v1 plan with numeric lags', () => {
    const r = parseDocumentOf('plan', { ...base, schemaVersion: 1, dependencies: [{ from: 'A', to: 'B', lag: 2, lagUnit: 'days' }] });
    expect(r.ok && r.value.dependencies[0]?.lag).toEqual({ value: 2, unit: 'elapsed' });
  });

  it('locates unknown activities, self links and reversed budget periods', () => {
    const r = Plan.safeParse({
      ...base,
      dependencies: [{ from: 'A', to: 'Z' }, { from: 'B', to: 'B' }],
      budget: [{ id: 'b1', activity: 'A', budgetClass: '105', periodStart: '2027-02-01', periodEnd: '2027-01-01', money: { amount: 1, currency: 'USD', valueDate: '2027-01-01' } }],
    });
    expect(r.success).toBe(false);
    const paths = r.error?.issues.map((i) => i.path.join('/'));
    expect(paths).toEqual(expect.arrayContaining(['dependencies/0/to', 'dependencies/1/to', 'budget/0/periodEnd']));
  });

  it('accepts exchange rates, IATI settings and KPI measures', () => {
    const p = Plan.parse({
      ...base,
      exchangeRates: [{ currency: 'KZT', date: '2027-01-01', rate: 0.002 }],
      iati: { reportingOrg: { ref: 'XM-DAC-41106', type: '40', name: 'ESCAP' }, identifier: 'XM-DAC-41106-DSC' },
      kpis: [{ id: 'k', name: { en: 'Internet users' }, measure: 'percentage', ascending: true, sdgIndicator: '17.8.1' }],
      funding: [{ id: 'f', name: 'F', stage: 'pledged', amount: { amount: 5, currency: 'USD', valueDate: '2027-01-01' }, expectedDate: '2027-06-01' }],
    });
    expect(p.iati?.activityStatus).toBe('1');
    expect(p.kpis[0]?.measure).toBe('percentage');
  });

  it('rejects a date constraint without a date', () => {
    const r = Plan.safeParse({ ...base, activities: [{ id: 'A', name: { en: 'A' }, duration: 1, constraint: { type: 'MSO' } }], dependencies: [] });
    expect(r.success).toBe(false);
  });
});
