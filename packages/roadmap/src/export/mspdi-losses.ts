import type { Plan } from '@dsc/domain';
import type { Node } from './mspdi-import.js';
import { list, parseXml, text } from './mspdi-import.js';

/**
 * What a round trip through MS Project XML (MSPDI) leaves behind. `toMspdi` writes the activities (English name,
 * WBS, summary structure, duration, milestone flag, constraint, deadline, calendar, notes), the links with their
 * lags, the calendars in use, the English title and the currency; everything else in a plan has no place in the
 * file. `fromMspdi` reads the same parts back and nothing of what MS Project keeps beside them.
 */

/** A part of a plan that `toMspdi` does not write. */
export type MspdiExportLoss =
  | 'title_translations'
  | 'countries'
  | 'phases'
  | 'results'
  | 'organisations'
  | 'budget'
  | 'funding'
  | 'kpis'
  | 'risks'
  | 'scenarios'
  | 'baselines'
  | 'related_initiatives'
  | 'proposal'
  | 'exchange_rates'
  | 'iati'
  | 'name_translations'
  | 'activity_phases'
  | 'activity_outputs'
  | 'activity_assignments'
  | 'activity_alignment'
  | 'activity_gates';

/** A part of an MS Project file that `fromMspdi` does not read. */
export type MspdiImportLoss = 'resources' | 'resource_assignments' | 'task_baselines' | 'task_progress' | 'task_costs';

/** A part left behind and how many items of it the document holds (always at least one). */
export type FormatLoss<P extends string> = { readonly part: P; readonly count: number };

const translated = (t: Readonly<Record<string, string | undefined>>): boolean => Object.keys(t).some((k) => k !== 'en');

/**
 * The parts of `plan` that an MSPDI export leaves out, each with its count, in plan order; empty when the file holds
 * the whole plan. A scenario export (`--scenario`) still loses the plan's scenarios: the file holds one variant.
 */
export function mspdiExportLosses(plan: Plan): readonly FormatLoss<MspdiExportLoss>[] {
  const acts = plan.activities;
  const counts: readonly [MspdiExportLoss, number][] = [
    ['title_translations', translated(plan.title) ? 1 : 0],
    ['countries', plan.countries.length],
    ['phases', plan.phases.length],
    ['results', plan.results.length],
    ['organisations', plan.organisations.length],
    ['budget', plan.budget.length],
    ['funding', plan.funding.length],
    ['kpis', plan.kpis.length],
    ['risks', plan.risks.length],
    ['scenarios', plan.scenarios.length],
    ['baselines', plan.baselines.length],
    ['related_initiatives', plan.relatedInitiatives.length],
    ['proposal', plan.proposal === undefined ? 0 : Object.keys(plan.proposal).length],
    ['exchange_rates', plan.exchangeRates?.length ?? 0],
    ['iati', plan.iati === undefined ? 0 : 1],
    ['name_translations', acts.filter((a) => translated(a.name)).length],
    ['activity_phases', acts.filter((a) => a.phase !== undefined).length],
    ['activity_outputs', acts.filter((a) => a.output !== undefined).length],
    ['activity_assignments', acts.reduce((n, a) => n + a.assignments.length, 0)],
    ['activity_alignment', acts.reduce((n, a) => n + a.alignment.length, 0)],
    ['activity_gates', acts.filter((a) => a.gate !== undefined).length],
  ];
  return counts.filter(([, count]) => count > 0).map(([part, count]) => ({ part, count }));
}

const positive = (n: Node, k: string): boolean => Number(text(n, k) ?? '0') > 0;

/**
 * The parts of an MS Project XML file that an import leaves out (resources, their assignments, baselines,
 * progress, costs), each with its count; empty when there are none or the file is not readable XML (the import
 * reports that itself).
 */
export function mspdiImportLosses(xml: string): readonly FormatLoss<MspdiImportLoss>[] {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) return [];
  const read = parseXml(xml);
  if (!read.ok) return [];
  const project = read.value['Project'];
  if (project === null || typeof project !== 'object') return [];
  const p = project as Node;
  // UID 0 is the project's own summary resource and task; resource -65535 marks an assignment without a resource.
  const resources = list((p['Resources'] as Node | undefined)?.['Resource']).filter((r) => text(r, 'UID') !== '0');
  const assignments = list((p['Assignments'] as Node | undefined)?.['Assignment']).filter((a) => text(a, 'ResourceUID') !== '-65535');
  const tasks = list((p['Tasks'] as Node | undefined)?.['Task']).filter((t) => text(t, 'UID') !== '0');
  const counts: readonly [MspdiImportLoss, number][] = [
    ['resources', resources.length],
    ['resource_assignments', assignments.length],
    ['task_baselines', tasks.filter((t) => list(t['Baseline']).length > 0).length],
    ['task_progress', tasks.filter((t) => positive(t, 'PercentComplete') || text(t, 'ActualStart') !== undefined).length],
    ['task_costs', tasks.filter((t) => positive(t, 'Cost') || positive(t, 'FixedCost')).length],
  ];
  return counts.filter(([, count]) => count > 0).map(([part, count]) => ({ part, count }));
}
