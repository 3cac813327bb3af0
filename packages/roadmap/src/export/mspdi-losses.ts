import type { Plan } from '@dsc/domain';
import { importMspdi } from './mspdi-import.js';
import type { Node } from './mspdi-xml.js';
import { list, projectOf, text } from './mspdi-xml.js';

/**
 * What a round trip through MS Project XML (MSPDI) leaves behind. `toMspdi` writes the activities, links and
 * calendars as MS Project tasks and carries the whole plan in a payload (see `mspdi-payload.ts`), so a plain export
 * loses nothing; a scenario export holds the scenario's variant, not the values its patch replaced. `fromMspdi`
 * reads tasks, links, calendars and progress, and leaves out what a plan has no place for (resources and their
 * assignments, MS Project baselines, costs); when MS Project deleted tasks the payload still describes, their
 * activities (and budget lines' links to them) are given up, and a payload that no longer decodes is ignored.
 */

/** A part of a plan that `toMspdi` does not keep: the values a scenario's patch replaced. */
export type MspdiExportLoss = 'scenario_base';

/** A part of an MS Project file, or of the payload it carries, that `fromMspdi` does not read into the plan. */
export type MspdiImportLoss =
  | 'resources'
  | 'resource_assignments'
  | 'task_baselines'
  | 'task_costs'
  | 'deleted_activities'
  | 'budget_activity_links'
  | 'unreadable_payload';

/** A part left behind and how many items of it the document holds (always at least one). */
export type FormatLoss<P extends string> = { readonly part: P; readonly count: number };

/**
 * The parts of `plan` that an MSPDI export leaves out, each with its count; empty when the file holds the whole
 * plan, which it does unless a scenario is exported (then the base values its patch operations replace are lost).
 */
export function mspdiExportLosses(plan: Plan, options: { readonly scenario?: string } = {}): readonly FormatLoss<MspdiExportLoss>[] {
  const ops = options.scenario === undefined ? 0 : (plan.scenarios.find((s) => s.id === options.scenario)?.patch.length ?? 0);
  return ops > 0 ? [{ part: 'scenario_base', count: ops }] : [];
}

const positive = (n: Node, k: string): boolean => Number(text(n, k) ?? '0') > 0;

/**
 * The parts of an MS Project XML file that an import leaves out (resources, their assignments, baselines, costs,
 * and what MS Project's edits overruled in the payload), each with its count; empty when there are none or the file
 * is not readable XML (the import reports that itself).
 */
export function mspdiImportLosses(xml: string): readonly FormatLoss<MspdiImportLoss>[] {
  const p = projectOf(xml);
  if (p === undefined) return [];
  // UID 0 is the project's own summary resource and task; resource -65535 marks an assignment without a resource.
  const resources = list((p['Resources'] as Node | undefined)?.['Resource']).filter((r) => text(r, 'UID') !== '0');
  const assignments = list((p['Assignments'] as Node | undefined)?.['Assignment']).filter((a) => text(a, 'ResourceUID') !== '-65535');
  const tasks = list((p['Tasks'] as Node | undefined)?.['Task']).filter((t) => text(t, 'UID') !== '0');
  const imported = importMspdi(xml);
  const report = imported.ok ? imported.value.report : undefined;
  const counts: readonly [MspdiImportLoss, number][] = [
    ['resources', resources.length],
    ['resource_assignments', assignments.length],
    ['task_baselines', tasks.filter((t) => list(t['Baseline']).length > 0).length],
    ['task_costs', tasks.filter((t) => positive(t, 'Cost') || positive(t, 'FixedCost')).length],
    ['deleted_activities', report?.deletedActivities.length ?? 0],
    ['budget_activity_links', report?.budgetLinks ?? 0],
    ['unreadable_payload', report?.payload === 'unreadable' ? 1 : 0],
  ];
  return counts.filter(([, count]) => count > 0).map(([part, count]) => ({ part, count }));
}
