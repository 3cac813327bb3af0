import type { Plan } from '@dsc/domain';

/** A new, empty plan starting on the given date. */
export function emptyPlan(id: string, title: string, start: string): Plan {
  return {
    kind: 'plan',
    schemaVersion: 2,
    id,
    title: { en: title },
    illustrative: false,
    start,
    currency: 'USD',
    countries: [],
    phases: [],
    results: [],
    activities: [],
    dependencies: [],
    calendars: [],
    organisations: [],
    budget: [],
    funding: [],
    kpis: [],
    risks: [],
    scenarios: [],
    baselines: [],
    relatedInitiatives: [],
  };
}
