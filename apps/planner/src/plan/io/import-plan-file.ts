import type { Plan, Result } from '@dsc/domain';
import type { CsvImportError, CsvImportResult } from './csv-import.js';
import type { PlanFileError } from './plan-json.js';
import { readPlanFile } from './plan-json.js';

/**
 * Reads a file chosen to replace or extend the open plan: a `*.plan.json`, an MS Project XML, a plan workbook from
 * the XLSX export, or a table of activities (CSV, tab-separated, or any other workbook's "Schedule" or first sheet)
 * merged into the plan. The result keeps the open plan's id; an error is located in the file.
 */
export async function importPlanFile(file: File, current: Plan): Promise<Result<Plan, PlanFileError | CsvImportError>> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    // A plan workbook from the XLSX export (it has a Plan sheet) replaces the plan, with the edits made to its
    // sheets; any other workbook's "Schedule" sheet or first sheet is an activity table.
    const workbook = await (await import('./heavy-exports.js')).planFromWorkbook(bytes);
    if (workbook.ok) return { ok: true, value: { ...workbook.value, id: current.id } };
    if (
      workbook.error.code !== 'xlsx_unreadable' &&
      !(workbook.error.code === 'xlsx_missing_sheet' && workbook.error.sheet === 'Plan')
    )
      return { ok: false, error: { code: 'invalid_plan_xlsx', file: file.name, error: workbook.error } };
    const { xlsxSheetToCsv } = await import('@dsc/validation');
    const named = xlsxSheetToCsv(bytes, { sheetName: 'Schedule' });
    const sheet = named.ok ? named : xlsxSheetToCsv(bytes);
    if (!sheet.ok)
      return { ok: false, error: { code: 'invalid_xlsx', file: file.name, message: sheet.message, unreadable: sheet.unreadable } };
    const { mergeActivitiesSheet } = await import('./csv-import.js');
    return merged(mergeActivitiesSheet(current, sheet.csv, `${file.name} (${sheet.sheet})`));
  }
  const text = new TextDecoder().decode(bytes);
  if (!/^\uFEFF?\s*[<{[]/.test(text)) {
    // A spreadsheet table of activities (CSV, or tab-separated as copied from Excel).
    const { mergeActivitiesCsv } = await import('./csv-import.js');
    return merged(mergeActivitiesCsv(current, text, file.name));
  }
  const r = /^\uFEFF?\s*</.test(text)
    ? (await import('./mspdi-import.js')).readMspdiFile(text, file.name, current.id)
    : readPlanFile(text, file.name);
  // The whole imported document replaces the plan (its id stays).
  return r.ok ? { ok: true, value: { ...r.value, id: current.id } } : r;
}

const merged = (r: CsvImportResult): Result<Plan, CsvImportError> => (r.ok ? { ok: true, value: r.value.plan } : r);
