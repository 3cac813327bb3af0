import type { Plan, PlanInput } from '@dsc/domain';
import { Plan as PlanSchema } from '@dsc/domain';

const en = (t: string) => ({ en: t });

/** A small plan for unit tests (figures are test values, not facts). */
export const fixtureInput: PlanInput = {
  kind: 'plan',
  schemaVersion: 2,
  id: 'fixture',
  title: en('Fixture plan'),
  start: '2027-01-04',
  currency: 'USD',
  defaultCalendar: 'wk',
  calendars: [{ id: 'wk', name: 'Mon–Fri', workingDays: [1, 2, 3, 4, 5], holidays: [{ date: '2027-01-07', name: 'Holiday' }] }],
  phases: [{ id: 'P1', name: en('One') }, { id: 'P2', name: en('Two') }],
  results: [
    { id: 'G', level: 'goal', title: en('Goal') },
    { id: 'OC1', level: 'outcome', parent: 'G', code: 'EA1', title: en('Outcome 1') },
    { id: 'OP1', level: 'output', parent: 'OC1', title: en('Output 1') },
  ],
  activities: [
    { id: 'A', name: en('Study'), duration: 10, phase: 'P1', output: 'OP1', alignment: [{ framework: 'sg', code: '1' }] },
    { id: 'B', name: en('Design'), duration: 5, phase: 'P1', output: 'OP1' },
    { id: 'M', name: en('Gate'), duration: 0, milestone: true, gate: 'Council', constraint: { type: 'SNET', date: '2027-02-01' } },
    { id: 'C', name: en('Build'), duration: 20, phase: 'P2', output: 'OP1' },
  ],
  dependencies: [
    { from: 'A', to: 'B' },
    { from: 'B', to: 'M' },
    { from: 'M', to: 'C' },
  ],
  organisations: [{ id: 'un', name: en('UN'), iatiRef: 'XM-DAC-41106', type: '40', iatiRole: '2' }],
  budget: [
    { id: 'b1', activity: 'A', budgetClass: '105', periodStart: '2027-01-04', periodEnd: '2027-01-15', money: { amount: 1000, currency: 'USD', valueDate: '2027-01-04' }, fundingSource: 'f1' },
    { id: 'b2', activity: 'C', budgetClass: '612', periodStart: '2027-12-01', periodEnd: '2028-01-30', money: { amount: 500_000, currency: 'KZT', valueDate: '2027-12-01' }, fundingSource: 'f2' },
    { id: 'b3', activity: 'C', budgetClass: '105', periodStart: '2027-02-01', periodEnd: '2027-03-31', money: { amount: 2000, currency: 'USD', valueDate: '2027-02-01' }, quantity: 2, unit: 'work-month', unitCost: 1000 },
  ],
  exchangeRates: [
    { currency: 'KZT', date: '2027-01-01', rate: 0.002 },
    { currency: 'KZT', date: '2027-06-01', rate: 0.0025 },
  ],
  funding: [
    { id: 'f1', name: 'Secured', stage: 'committed', amount: { amount: 1000, currency: 'USD', valueDate: '2027-01-04' } },
    { id: 'f2', name: 'Pledge', stage: 'pledged', amount: { amount: 1000, currency: 'USD', valueDate: '2027-01-04' }, expectedDate: '2027-06-01' },
    { id: 'f3', name: 'Received later', stage: 'disbursed', amount: { amount: 10, currency: 'USD', valueDate: '2027-03-01' }, date: '2027-03-01' },
  ],
  iati: {
    reportingOrg: { ref: 'XM-DAC-41106', type: '40', name: 'UN' },
    identifier: 'XM-DAC-41106-FX',
    recipientCountries: [{ code: 'KZ', percentage: 50 }, { code: 'KG', percentage: 50 }],
    sectors: [{ vocabulary: '1', code: '22040', percentage: 100 }],
    policyMarkers: [{ code: '1', significance: '0' }],
  },
  kpis: [{ id: 'K1', result: 'OC1', name: en('Users'), baseline: { value: 10, year: 2023 }, targets: [{ period: '2027', value: 20 }] }],
  risks: [{ id: 'R1', description: en('Delay'), likelihood: 4, impact: 4, mitigation: en('Start early') }],
  scenarios: [
    { id: 'fast', name: en('Fast'), patch: [{ op: 'replace', path: '/activities/3/duration', value: 10 }] },
    { id: 'broken', name: en('Broken'), patch: [{ op: 'replace', path: '/activities/9/duration', value: 1 }] },
    { id: 'invalid', name: en('Invalid'), patch: [{ op: 'replace', path: '/activities/0/duration', value: -3 }] },
  ],
};

export const fixturePlan: Plan = PlanSchema.parse(fixtureInput);
