import type { BudgetError } from './budget.js';
import type { CsvError } from './csv.js';
import type { IatiError } from './export/iati.js';
import type { MspdiImportError } from './export/mspdi.js';
import type { XlsxImportError } from './export/xlsx-import.js';
import type { PlanScheduleError } from './plan-schedule.js';
import type { QualityFinding } from './quality.js';

/**
 * English texts for the engine's error codes, kept together so they move into `@dsc/i18n` as one namespace.
 * The engine itself never returns prose: callers pick the text for a `code`.
 */
export function describeScheduleError(e: PlanScheduleError): { message: string; hint: string } {
  switch (e.code) {
    case 'duplicate_activity':
      return { message: `activity id "${e.id}" appears twice`, hint: 'Give every activity a unique id.' };
    case 'unknown_activity':
      return { message: `dependency ${e.side === 'from' ? 'predecessor' : 'successor'} "${e.id}" is not an activity`, hint: 'Check the spelling of the id or add the activity.' };
    case 'self_dependency':
      return { message: `activity "${e.id}" depends on itself`, hint: 'Remove the dependency.' };
    case 'invalid_duration':
      return { message: `activity "${e.id}" has duration ${e.duration}`, hint: 'A duration is a whole number of working periods, 0 for a milestone.' };
    case 'invalid_lag':
      return { message: `dependency #${e.relation + 1} has lag ${e.lag}`, hint: 'A lag is a whole number of periods (negative for a lead).' };
    case 'constraint_needs_date':
      return { message: `activity "${e.id}" has a ${e.constraint} constraint without a date`, hint: 'Add the constraint date or use ASAP.' };
    case 'unknown_parent':
      return { message: `activity "${e.id}" rolls up to unknown summary "${e.parent}"`, hint: 'Check the parent id.' };
    case 'parent_cycle':
      return { message: `summary hierarchy loops: ${e.path.join(' → ')}`, hint: 'An activity cannot be inside itself.' };
    case 'dependency_cycle':
      return { message: `dependency cycle: ${e.path.join(' → ')}`, hint: 'Remove or reverse one of these dependencies.' };
    case 'unknown_scenario':
      return { message: `no scenario "${e.scenario}"`, hint: e.known.length > 0 ? `Known scenarios: ${e.known.join(', ')}.` : 'This plan has no scenarios.' };
    case 'patch_failed':
      return { message: `scenario "${e.scenario}" operation #${e.op + 1} at ${e.path} cannot be applied (${e.message})`, hint: 'The base plan changed since the scenario was written; update the patch path.' };
    case 'invalid_scenario_result':
      return {
        message: `scenario "${e.scenario}" produces an invalid plan: ${e.issues.map((i) => `${i.pointer || '/'} ${i.message}`).join('; ')}`,
        hint: 'Fix the values the scenario writes.',
      };
    case 'unknown_calendar':
      return { message: `defaultCalendar "${e.calendar}" is not among the plan's calendars`, hint: 'Add the calendar or fix its id.' };
    case 'calendar_without_working_days':
      return { message: `calendar "${e.calendar}" has no working day`, hint: 'List at least one ISO weekday (1 Monday … 7 Sunday).' };
  }
}

export function describeCsvError(e: CsvError): { message: string; expected: string; hint: string } {
  switch (e.code) {
    case 'csv_unterminated_quote':
      return { message: 'a quoted field is never closed', expected: 'a closing "', hint: 'Close the quote or remove it.' };
    case 'csv_missing_column':
      return { message: `no "${e.column_name}" column (found: ${e.found.join(', ')})`, expected: 'header id,name,duration,predecessors', hint: 'The first line must name the columns.' };
    case 'csv_empty':
      return { message: 'the file is empty', expected: 'header id,name,duration,predecessors', hint: 'Paste the activity table with its header row.' };
    case 'csv_empty_id':
      return { message: 'empty activity id', expected: 'an id such as A or 1.2', hint: 'Every row needs an id.' };
    case 'csv_duplicate_id':
      return { message: `activity id "${e.id}" was already used on line ${e.firstLine}`, expected: 'a unique id', hint: 'Rename one of the two rows.' };
    case 'csv_bad_duration':
      return { message: `duration "${e.value}" is not a whole number`, expected: 'a whole number of working periods, e.g. 5 or 5d', hint: 'Use 0 for a milestone.' };
    case 'csv_bad_predecessor':
      return { message: `cannot read predecessor "${e.value}"`, expected: 'MS Project notation: A, B FS+2, C SS-1, D FF+3, E SF', hint: 'Separate predecessors with ";".' };
    case 'csv_unknown_predecessor':
      return { message: `predecessor "${e.id}" is not an activity id`, expected: 'an id from the id column', hint: 'Check the spelling or add the activity.' };
  }
}

/** English text for the export and import error codes (plus every schedule and scenario code). */
export function describeExportError(e: IatiError | BudgetError | MspdiImportError | PlanScheduleError): { message: string; hint: string } {
  switch (e.code) {
    case 'no_exchange_rate':
      return { message: `no exchange rate from ${e.from} to ${e.to} on or before ${e.date}`, hint: 'Add a rate to "exchangeRates" dated on or before the value date.' };
    case 'unknown_activity_in_budget':
      return { message: `budget line "${e.line}" points at unknown activity "${e.activity}"`, hint: 'Fix the activity id of the line.' };
    case 'iati_settings_missing':
      return { message: 'the plan has no "iati" settings (reporting organisation, identifier)', hint: 'Add an "iati" block to the plan; ask the publisher for its IATI organisation identifier.' };
    case 'iati_invalid_identifier':
      return { message: `${e.field} "${e.value}" contains a character IATI forbids in identifiers (/ & | ?)`, hint: 'Use letters, digits and "-" only.' };
    case 'mspdi_not_xml':
      return { message: `not well-formed XML (${e.message})`, hint: 'Export the file from MS Project as "XML Format (*.xml)".' };
    case 'mspdi_not_a_project':
      return { message: 'the XML has no <Project> root element', hint: 'This is not an MS Project XML (MSPDI) file.' };
    case 'mspdi_bad_task':
      return { message: `task UID ${e.uid}: cannot read ${e.field} "${e.value}"`, hint: 'Durations are ISO 8601, e.g. PT40H0M0S.' };
    case 'mspdi_unknown_predecessor':
      return { message: `task UID ${e.uid} links to unknown task UID ${e.predecessor}`, hint: 'Remove the link or include the predecessor task.' };
    case 'mspdi_invalid_plan':
      return { message: `the imported project is not a valid plan: ${e.issues.slice(0, 5).map((i) => `${i.pointer} ${i.message}`).join('; ')}`, hint: 'Check task names and dates in MS Project.' };
    case 'calendar_without_working_days':
    case 'constraint_needs_date':
    case 'dependency_cycle':
    case 'duplicate_activity':
    case 'invalid_duration':
    case 'invalid_lag':
    case 'invalid_scenario_result':
    case 'parent_cycle':
    case 'patch_failed':
    case 'self_dependency':
    case 'unknown_activity':
    case 'unknown_calendar':
    case 'unknown_parent':
    case 'unknown_scenario':
      return describeScheduleError(e);
  }
}

/** English text for a quality finding (schedule and logframe checks). */
export function describeQualityFinding(f: QualityFinding): string {
  const who = f.subject !== undefined ? `"${f.subject}"` : 'the plan';
  const v = f.value === undefined ? '' : String(f.value);
  switch (f.ruleId) {
    case 'schedule.unschedulable':
      return `the plan cannot be scheduled (${v})`;
    case 'dcma.missing_logic':
      return `${who} has no ${v === 'both' ? 'predecessor and no successor' : v}`;
    case 'dcma.leads':
      return `dependency ${who} has a lead (negative lag ${v})`;
    case 'dcma.lags':
      return `dependency ${who} has a lag`;
    case 'dcma.relationship_types':
      return 'the share of finish-to-start links is low';
    case 'dcma.hard_constraints':
      return `${who} has a hard constraint (${v})`;
    case 'dcma.high_float':
      return `${who} has high total float (${v} > ${f.limit ?? ''})`;
    case 'dcma.negative_float':
      return `${who} has negative float (${v}): a deadline or constraint cannot be met`;
    case 'dcma.high_duration':
      return `${who} is long (${v} > ${f.limit ?? ''} periods); split it`;
    case 'dcma.invalid_dates':
      return `${who} has a date before the plan starts (${v})`;
    case 'dcma.resources':
      return `${who} has no budget line`;
    case 'dcma.baseline_slip':
      return `${who} finishes after its baseline (now ${v})`;
    case 'dcma.critical_path_test':
      return `delaying critical activity ${who} by ${f.limit ?? ''} moved the finish by ${v}: the critical path is broken`;
    case 'schedule.open_end':
      return `${who} has no successor and finishes before the project (open end, float ${v})`;
    case 'schedule.activity_calendar':
      return `${who} names calendar "${v}", which the plan does not define`;
    case 'logframe.activity_without_output':
      return `${who} does not deliver an output`;
    case 'logframe.output_without_outcome':
      return `output ${who} does not roll up to an outcome`;
    case 'logframe.outcome_without_goal':
      return `outcome ${who} does not roll up to the goal`;
    case 'logframe.unknown_reference':
      return `${who} refers to unknown "${v}"`;
    case 'logframe.result_without_indicator':
      return `result ${who} has no indicator (KPI)`;
    case 'logframe.indicator_without_baseline':
      return `indicator ${who} has no baseline`;
    case 'logframe.indicator_without_target':
      return `indicator ${who} has no target`;
    case 'logframe.risk_without_mitigation':
      return `risk ${who} has no mitigation`;
    case 'concept_note.objectives':
      return `${v} objectives; a concept note allows ${f.limit ?? ''}`;
    case 'concept_note.outcomes':
      return `${v} expected accomplishments; a concept note allows ${f.limit ?? ''}`;
    case 'concept_note.indicators_per_outcome':
      return `${who} has ${v} indicators; a concept note needs 1–2 per expected accomplishment`;
    case 'budget.orphan_line':
      return `budget line ${who} is not linked to an activity${v ? ` ("${v}" is unknown)` : ''}`;
    case 'budget.unknown_funding_source':
      return `budget line ${who} names unknown funding source "${v}"`;
    case 'budget.calculation_mismatch':
      return `budget line ${who}: quantity × unit cost is ${v}, but the amount is ${f.limit ?? ''}`;
  }
}

/** English text for a plan workbook import error: where, what was expected and found, and what to do. */
export function describeXlsxImportError(e: XlsxImportError): { message: string; hint: string } {
  const at = e.cell === '' ? '' : `${e.cell}: `;
  const message = `${at}expected ${e.expected}, found ${e.found}`;
  switch (e.code) {
    case 'xlsx_unreadable':
      return { message, hint: 'Save the file as an Excel workbook (.xlsx) and try again.' };
    case 'xlsx_missing_sheet':
      return { message, hint: 'Import a workbook written by the plan XLSX export; keep its sheet names.' };
    case 'xlsx_missing_column':
      return { message, hint: 'Keep the header row of the exported sheet as it is.' };
    case 'xlsx_bad_cell':
      return { message, hint: 'Correct the cell and import again.' };
    case 'xlsx_duplicate_id':
      return { message, hint: 'Give every row of the sheet its own id.' };
    case 'xlsx_bad_plan_sheet':
      return { message, hint: 'Do not edit the Plan sheet; export the plan again if it was changed.' };
    case 'xlsx_invalid_plan':
      return { message, hint: 'The edited rows give a plan that is not valid; correct the named cell.' };
  }
}
