import type { Plan } from '@dsc/domain';
import { Plan as PlanSchema } from '@dsc/domain';
import { fixtureInput } from './plan.js';

/**
 * A plan using every part of the plan schema, for round-trip tests (figures and names are test values, not facts):
 * translations, phases and outputs, a summary tree, all constraint types, task calendars, progress, RACI,
 * alignment, recommendations, elapsed and negative lags of all four link types, budget, funding, KPIs with
 * actuals, risks, scenarios, baselines, related initiatives, proposal texts, exchange rates and IATI settings.
 */
export const everyFeaturePlan: Plan = PlanSchema.parse({
  ...fixtureInput,
  id: 'every-feature',
  title: { en: 'Every feature', ru: 'Все возможности', kk: 'Барлық мүмкіндіктер' },
  illustrative: true,
  statusDate: '2027-02-12',
  countries: ['KAZ', 'KGZ'],
  calendars: [
    { id: 'wk', name: 'Mon–Fri', country: 'KAZ', workingDays: [1, 2, 3, 4, 5], holidays: [{ date: '2027-01-07', name: 'Holiday' }, { date: '2027-03-08', name: 'Women’s day' }] },
    { id: 'six', name: 'Six days', workingDays: [1, 2, 3, 4, 5, 6], holidays: [] },
  ],
  phases: [
    { id: 'P1', name: { en: 'One', ru: 'Первая' }, description: { en: 'First phase' } },
    { id: 'P2', name: { en: 'Two' } },
    { id: 'P3', name: { en: 'Empty phase' } },
  ],
  results: [
    { id: 'G', level: 'goal', title: { en: 'Goal', kk: 'Мақсат' }, assumptions: [{ en: 'Stable funding' }] },
    { id: 'OC1', level: 'outcome', parent: 'G', code: 'EA1', title: { en: 'Outcome 1' } },
    { id: 'OP1', level: 'output', parent: 'OC1', code: 'OP1', title: { en: 'Output 1', ru: 'Результат 1' } },
    { id: 'OP2', level: 'output', parent: 'OC1', title: { en: 'Output 2' } },
  ],
  organisations: [
    { id: 'un', name: { en: 'UN', ru: 'ООН' }, iatiRef: 'XM-DAC-41106', type: '40', iatiRole: '2' },
    { id: 'gov', name: { en: 'Ministry' } },
  ],
  activities: [
    { id: 'A', wbs: '1.1', name: { en: 'Study', ru: 'Исследование', kk: 'Зерттеу' }, duration: 10, phase: 'P1', output: 'OP1', alignment: [{ framework: 'sg', code: '1' }], assignments: [{ organisation: 'un', role: 'R' }, { organisation: 'gov', role: 'A' }], recommendations: ['R-1'], actualStart: '2027-01-04', actualFinish: '2027-01-18', percentComplete: 100, remainingDuration: 0 },
    { id: 'B', name: { en: 'Design' }, duration: 5, phase: 'P1', output: 'OP1', actualStart: '2027-01-19', percentComplete: 37.5, remainingDuration: 3, notes: ' spaces and <markup> & "quotes" ' },
    { id: 'S', name: { en: 'Summary work' }, duration: 0, phase: 'P2', output: 'OP2' },
    { id: 'S1', name: { en: 'Part one' }, duration: 3, parent: 'S', phase: 'P1', constraint: { type: 'SNLT', date: '2027-03-01' } },
    { id: 'S2', name: { en: 'Part two' }, duration: 4, parent: 'S', calendar: 'six', constraint: { type: 'FNET', date: '2027-03-05' }, deadline: '2027-04-01' },
    { id: 'M', name: { en: 'Gate', kk: 'Шешім' }, duration: 0, milestone: true, gate: 'Council', constraint: { type: 'SNET', date: '2027-02-01' } },
    { id: 'C', name: { en: 'Build' }, duration: 20, phase: 'P2', output: 'OP1', constraint: { type: 'ALAP' } },
    { id: 'D', name: { en: 'Docs' }, duration: 2, phase: 'P2', constraint: { type: 'FNLT', date: '2027-06-30' } },
    { id: 'E', name: { en: 'Event' }, duration: 1, constraint: { type: 'MSO', date: '2027-05-03' } },
    { id: 'F', name: { en: 'Report' }, duration: 1, constraint: { type: 'MFO', date: '2027-07-01' }, calendar: 'wk' },
  ],
  dependencies: [
    { from: 'A', to: 'B' },
    { from: 'B', to: 'M' },
    { from: 'M', to: 'C', type: 'FS', lag: { value: 2, unit: 'elapsed' } },
    { from: 'C', to: 'D', type: 'SS', lag: { value: -2, unit: 'working' } },
    { from: 'A', to: 'D', type: 'FF', lag: { value: 3, unit: 'elapsed' } },
    { from: 'S1', to: 'S2', type: 'SF', lag: { value: 1, unit: 'working' } },
  ],
  budget: [
    ...(fixtureInput.budget ?? []),
    { id: 'b4', activity: 'S2', budgetClass: '105', description: 'Consultant', periodStart: '2027-03-01', periodEnd: '2027-03-31', money: { amount: 300, currency: 'USD', valueDate: '2027-03-01' } },
  ],
  kpis: [{ id: 'K1', result: 'OC1', name: { en: 'Users', ru: 'Пользователи' }, unit: '%', ascending: true, sdgIndicator: '17.8.1', baseline: { value: 10, year: 2023, source: 'Survey' }, targets: [{ period: '2027', value: 20 }], actuals: [{ period: '2027-Q1', value: 12, date: '2027-03-31' }], meansOfVerification: 'Survey', recommendations: ['R-1'] }],
  risks: [{ id: 'R1', description: { en: 'Delay' }, likelihood: 4, impact: 4, mitigation: { en: 'Start early', ru: 'Начать раньше' }, category: 'operational' }],
  baselines: [{ id: 'BL1', name: 'Approved', capturedAt: '2027-01-04', totalCost: { amount: 1000, currency: 'USD', valueDate: '2027-01-04' }, activities: [{ id: 'A', start: '2027-01-04', finish: '2027-01-15', cost: 1000 }], funding: [{ source: 'f1', amount: 1000, stage: 'committed' }], targets: [{ kpi: 'K1', period: '2027', value: 20 }], changes: [{ path: '/activities/0/duration', reason: 'Scope' }] }],
  relatedInitiatives: [{ name: 'Related programme', url: 'https://example.org/programme', note: 'secondary' }],
  proposal: { background: 'Why the work is needed.', objectives: ['One', 'Two'] },
});
