import type { BudgetError } from './budget.js';
import type { CsvError } from './csv.js';
import type { IatiError } from './export/iati.js';
import type { MspdiImportError } from './export/mspdi.js';
import type { PlanScheduleError } from './plan-schedule.js';

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
