import { resolve } from 'node:path';
import type { DocumentIssue, Plan } from '@dsc/domain';
import { parseDocumentOf } from '@dsc/domain';
import type { Translator } from '@dsc/i18n';
import { documentIssueText, formatDocumentError } from '@dsc/i18n';
import type { BudgetError, CsvError, IatiError, MspdiImportError, PlanScheduleError } from '@dsc/roadmap';
import type { CliErrorKind } from './cli-error.js';
import { CliError } from './cli-error.js';
import { STDIN_ARG, inputName } from './input-stream.js';
import { readJson } from './io.js';
import { translateId } from './translate-id.js';

// What the plan commands (schedule, export, import) share: reading a `*.plan.json`, and saying where in it, or in
// an activities CSV or MS Project file, a roadmap error sits, in the user's language.

/** Reads and validates a `*.plan.json` (`-`: standard input); problems become located errors (`file#/json/pointer`). */
export async function loadPlan(arg: string, cwd: string, i18n: Translator): Promise<Plan> {
  const { t } = i18n;
  const file = arg === STDIN_ARG ? arg : resolve(cwd, arg);
  const path = inputName(arg);
  const doc = await readJson(file, t);
  const r = parseDocumentOf('plan', doc);
  if (r.ok) return r.value;
  const e = r.error;
  if (e.code === 'invalid_document') {
    const lines = e.issues
      .slice(0, 20)
      .map((i) => `${path}#${i.pointer}: ${issueText(i, t)}`);
    const more = e.issues.length > 20 ? `\n${t('cli.plan.more', { count: e.issues.length - 20 })}` : '';
    throw new CliError('findings', `${t('cli.plan.invalid')}\n${lines.join('\n')}${more}`, t('cli.plan.invalidHint'));
  }
  throw new CliError('findings', `${path}#${'pointer' in e ? e.pointer : ''}: ${formatDocumentError(e, i18n)}`, t('cli.plan.unreadableHint'));
}

/** An issue of a document in the user's language (an issue without named values keeps its message and expected type). */
const issueText = (i: DocumentIssue, t: Translator['t']): string =>
  i.params === undefined && i.expected ? t('cli.plan.expected', { message: i.message, expected: i.expected }) : documentIssueText(i, t);

/** Where in a plan file a schedule error sits, as a JSON pointer. */
export const planPointer = (plan: Plan, e: PlanScheduleError): string => {
  switch (e.code) {
    case 'dependency_cycle': {
      const [a, b] = e.path;
      const i = plan.dependencies.findIndex((d) => d.from === a && d.to === b);
      return i >= 0 ? `/dependencies/${i}` : '/dependencies';
    }
    case 'unknown_activity':
    case 'self_dependency':
      return `/dependencies/${e.relation}`;
    case 'invalid_lag':
      return `/dependencies/${e.relation}/lag`;
    case 'duplicate_activity':
      return `/activities/${e.index}/id`;
    case 'invalid_duration':
    case 'constraint_needs_date':
    case 'unknown_parent': {
      const i = plan.activities.findIndex((a) => a.id === e.id);
      return `/activities/${i}`;
    }
    case 'parent_cycle':
      return '/activities';
    case 'value_out_of_range': {
      if (e.relation !== undefined) return `/dependencies/${e.relation}/lag`;
      const i = plan.activities.findIndex((a) => a.id === e.activity);
      return i >= 0 ? `/activities/${i}` : '/activities';
    }
    case 'unknown_scenario':
    case 'patch_failed':
    case 'invalid_scenario_result':
      return '/scenarios';
    case 'unknown_calendar':
    case 'calendar_without_working_days': {
      const i = e.activity !== undefined ? plan.activities.findIndex((a) => a.id === e.activity) : -1;
      return i >= 0 ? `/activities/${i}/calendar` : '/defaultCalendar';
    }
  }
};

type Values = Record<string, string | number>;

/** A plan error the CLI reports: scheduling, CSV, budget, IATI export or MS Project import. */
export type RoadmapError = PlanScheduleError | CsvError | BudgetError | IatiError | MspdiImportError;

/** Values of the `roadmap.error.<code>` / `roadmap.hint.<code>` messages for each error code. */
function errorValues(e: RoadmapError): Values {
  switch (e.code) {
    case 'no_exchange_rate':
      return { from: e.from, to: e.to, date: e.date };
    case 'unknown_activity_in_budget':
      return { line: e.line, activity: e.activity };
    case 'iati_settings_missing':
    case 'mspdi_not_a_project':
    case 'mspdi_doctype':
      return {};
    case 'value_out_of_range':
      return { activity: e.activity, field: e.field, value: e.value, min: e.min, max: e.max };
    case 'iati_invalid_identifier':
      return { field: e.field, value: e.value };
    case 'mspdi_not_xml':
      return { detail: e.message };
    case 'mspdi_bad_task':
      return { uid: e.uid, field: e.field, value: e.value };
    case 'mspdi_unknown_predecessor':
      return { uid: e.uid, predecessor: e.predecessor };
    case 'mspdi_invalid_plan':
      return { detail: e.issues.slice(0, 5).map((i) => `${i.pointer} ${i.message}`).join('; ') };
    case 'duplicate_activity':
    case 'self_dependency':
      return { id: e.id };
    case 'unknown_activity':
      return { id: e.id, side: e.side };
    case 'invalid_duration':
      return { id: e.id, duration: e.duration };
    case 'invalid_lag':
      return { n: e.relation + 1, lag: e.lag };
    case 'constraint_needs_date':
      return { id: e.id, constraint: e.constraint };
    case 'unknown_parent':
      return { id: e.id, parent: e.parent };
    case 'parent_cycle':
    case 'dependency_cycle':
      return { path: e.path.join(' → ') };
    case 'unknown_scenario':
      return { scenario: e.scenario, known: e.known.join(', ') || '—' };
    case 'patch_failed':
      return { scenario: e.scenario, n: e.op + 1, path: e.path, detail: e.message };
    case 'invalid_scenario_result':
      return { scenario: e.scenario, detail: e.issues.map((i) => `${i.pointer || '/'} ${i.message}`).join('; ') };
    case 'unknown_calendar':
    case 'calendar_without_working_days':
      return { calendar: e.calendar };
    case 'csv_unterminated_quote':
    case 'csv_empty':
    case 'csv_empty_id':
      return {};
    case 'csv_missing_column':
      return { column: e.column_name, found: e.found.join(', ') };
    case 'csv_duplicate_id':
      return { id: e.id, first: e.firstLine };
    case 'csv_bad_duration':
    case 'csv_bad_predecessor':
      return { value: e.value };
    case 'csv_unknown_predecessor':
      return { id: e.id };
  }
}

/** The message and hint of a plan error in the user's language (`roadmap.error.*` in @dsc/i18n). */
function errorText(i18n: Translator, e: RoadmapError): { message: string; hint: string } {
  const values = errorValues(e);
  return { message: translateId(i18n, `roadmap.error.${e.code}`, values) ?? e.code, hint: translateId(i18n, `roadmap.hint.${e.code}`, values) ?? '' };
}

/**
 * The error of a plan command for a roadmap error at a place in a file: `file:line:column`, `file#/pointer` or
 * `file` alone (`where` is the suffix), with the message and hint in the user's language. Findings (exit 1) unless
 * `kind` says otherwise.
 */
export function roadmapFailure(i18n: Translator, file: string, where: string, e: RoadmapError, kind: CliErrorKind = 'findings'): CliError {
  const d = errorText(i18n, e);
  return new CliError(kind, `${file}${where}: ${d.message}`, d.hint);
}

/** A part of a plan or of a file and how many items of it there are (`{ part: 'budget', count: 3 }`). */
type PartCount = { readonly part: string; readonly count: number };

/** `3 budget lines, 2 KPIs` in the user's language, from the `cli.part.<part>` messages. */
export function partsText(i18n: Translator, parts: readonly PartCount[]): string {
  return parts.map((p) => translateId(i18n, `cli.part.${p.part}`, { count: p.count }) ?? `${p.count} ${p.part}`).join(', ');
}

/** What a plan holds, part by part (only the parts it has): what replacing its file would lose. */
export function planContents(plan: Plan): PartCount[] {
  const counts: [string, number][] = [
    ['activities', plan.activities.length],
    ['dependencies', plan.dependencies.length],
    ['phases', plan.phases.length],
    ['results', plan.results.length],
    ['organisations', plan.organisations.length],
    ['budget', plan.budget.length],
    ['funding', plan.funding.length],
    ['kpis', plan.kpis.length],
    ['risks', plan.risks.length],
    ['scenarios', plan.scenarios.length],
    ['baselines', plan.baselines.length],
  ];
  return counts.filter(([, count]) => count > 0).map(([part, count]) => ({ part, count }));
}
