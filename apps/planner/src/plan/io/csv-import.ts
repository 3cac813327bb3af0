import type { Activity, Dependency, Plan, Result } from '@dsc/domain';
import type { CsvError } from '@dsc/roadmap';
import { parseActivitiesCsv, schedulePlan } from '@dsc/roadmap';

export type CsvImportError =
  | { code: 'invalid_csv'; file: string; error: CsvError; line?: number; column?: number }
  | { code: 'csv_schedule'; file: string; detail: string };

export type CsvImportResult = Result<{ plan: Plan; added: number; updated: number }, CsvImportError>;

/**
 * Merges activities from a spreadsheet (`id,name,duration,predecessors`, CSV or tab-separated as copied from
 * Excel) into a plan: new ids are added, known ids get the name, duration and predecessors of the file.
 */
export function mergeActivitiesCsv(plan: Plan, text: string, file: string): CsvImportResult {
  const r = parseActivitiesCsv(text);
  if (!r.ok) {
    const e = r.error;
    return { ok: false, error: { code: 'invalid_csv', file, error: e, line: e.line, column: e.column } };
  }
  const { network, names } = r.value;
  const byId = new Map(plan.activities.map((a) => [a.id, a]));
  let added = 0;
  let updated = 0;
  const activities: Activity[] = plan.activities.map((a) => {
    const n = network.activities.find((x) => x.id === a.id);
    if (!n) return a;
    updated++;
    const name = names.get(a.id);
    return {
      ...a,
      duration: n.duration,
      milestone: n.duration === 0,
      ...(name ? { name: { ...a.name, en: name } } : {}),
    };
  });
  for (const n of network.activities) {
    if (byId.has(n.id)) continue;
    added++;
    activities.push({
      id: n.id,
      name: { en: names.get(n.id) || n.id },
      duration: n.duration,
      milestone: n.duration === 0,
      assignments: [],
      alignment: [],
    });
  }
  const targets = new Set(network.activities.map((a) => a.id));
  const deps: Dependency[] = network.relations.map((x) => ({
    from: x.from,
    to: x.to,
    type: x.type ?? 'FS',
    lag: { value: x.lag ?? 0, unit: x.lagUnit ?? 'working' },
  }));
  const next: Plan = {
    ...plan,
    activities,
    dependencies: [...plan.dependencies.filter((d) => !targets.has(d.to)), ...deps],
  };
  const s = schedulePlan(next);
  if (!s.ok) return { ok: false, error: { code: 'csv_schedule', file, detail: s.error.code } };
  return { ok: true, value: { plan: next, added, updated } };
}

/** The 1-based field number at a character column of one line of CSV text (quotes respected). */
function fieldAt(csv: string, line: number, column: number): number {
  const text = csv.split('\n')[line - 1] ?? '';
  let field = 1;
  let quoted = false;
  for (let i = 0; i < column - 1 && i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) field++;
  }
  return field;
}

/**
 * `mergeActivitiesCsv` for a worksheet given as CSV text (one line per sheet row, see @dsc/validation's
 * `xlsxSheetToCsv`): errors are located by sheet row and column number, as a spreadsheet user sees them.
 */
export function mergeActivitiesSheet(plan: Plan, csv: string, file: string): CsvImportResult {
  const r = mergeActivitiesCsv(plan, csv, file);
  if (r.ok || r.error.code !== 'invalid_csv' || r.error.line === undefined || r.error.column === undefined) return r;
  return { ok: false, error: { ...r.error, column: fieldAt(csv, r.error.line, r.error.column) } };
}
