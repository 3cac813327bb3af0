import type { Activity, BudgetLine, Dependency, FundingSource, Plan, Result, Risk } from '@dsc/domain';
import { CurrencyCode, FundingStage, IsoDate, Plan as PlanSchema, err, ok } from '@dsc/domain';
import readXlsxFile from 'read-excel-file/universal';
import { parsePredecessors } from '../csv.js';
import type { Cell, TableSheet } from './tables.js';
import { planTables } from './tables.js';
import { xlsxBoundsExceeded } from './xlsx-bounds.js';
import type { XlsxExpected, XlsxFound, XlsxImportError, XlsxSimple } from './xlsx-import-error.js';
import { tablesToXlsx } from './xlsx.js';

/** Name of the sheet that carries the whole plan document (as JSON split over rows). */
export const PLAN_SHEET = 'Plan';
const CHUNK = 30_000; // below Excel's 32 767 characters per cell

/** The plan workbook: the tables of `planTables` plus a `Plan` sheet holding the full document, so it reads back losslessly. */
export async function planToXlsx(plan: Plan): Promise<Result<Uint8Array, Extract<ReturnType<typeof planTables>, { ok: false }>['error']>> {
  const tables = planTables(plan);
  if (!tables.ok) return tables;
  const json = JSON.stringify(plan);
  const rows: Cell[][] = [];
  for (let i = 0; i * CHUNK < json.length; i++) rows.push([i + 1, json.slice(i * CHUNK, (i + 1) * CHUNK)]);
  return ok(await tablesToXlsx([...tables.value, { name: PLAN_SHEET, columns: ['part', 'json'], rows }]));
}

const columnLetter = (index: number): string => {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
};
const ref = (sheet: string, column: number, row: number): string => `${sheet}!${columnLetter(column)}${row}`;

type Raw = string | number | boolean | null;
const normalise = (v: unknown): Raw => {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'string') return v === '' ? null : v;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  return JSON.stringify(v);
};
const show = (v: Raw): XlsxFound => (v === null ? { what: 'empty' } : typeof v === 'string' ? { what: 'value', value: v } : { what: 'number', value: String(v) });
const value = (v: string): XlsxFound => ({ what: 'value', value: v });

class Located extends Error {
  constructor(readonly detail: XlsxImportError) {
    super(detail.cell);
  }
}
const fail = (code: XlsxImportError['code'], sheet: string, cell: string, expected: XlsxExpected, found: XlsxFound): never => {
  throw new Located({ code, sheet, cell, expected, found });
};

/** One data row of a sheet with typed cell readers that throw located errors. */
class RowReader {
  constructor(
    private readonly sheet: string,
    private readonly row: readonly Raw[],
    private readonly rowNumber: number,
    private readonly index: ReadonlyMap<string, number>,
  ) {}
  private at(column: string): { value: Raw; cell: string } {
    const i = this.index.get(column) as number;
    return { value: this.row[i] ?? null, cell: ref(this.sheet, i, this.rowNumber) };
  }
  raw(column: string): Raw {
    return this.at(column).value;
  }
  text(column: string): string | undefined {
    const { value } = this.at(column);
    return value === null ? undefined : String(value);
  }
  required(column: string, expected: XlsxSimple = 'text'): string {
    const { value, cell } = this.at(column);
    if (value === null || String(value).trim() === '') fail('xlsx_bad_cell', this.sheet, cell, { what: expected }, { what: 'empty' });
    return String(value);
  }
  number(column: string, expected: XlsxSimple, check: (n: number) => boolean = Number.isFinite): number {
    const { value, cell } = this.at(column);
    const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
    if (!Number.isFinite(n) || !check(n)) fail('xlsx_bad_cell', this.sheet, cell, { what: expected }, show(value));
    return n;
  }
  optionalNumber(column: string, expected: XlsxSimple, check?: (n: number) => boolean): number | undefined {
    return this.at(column).value === null ? undefined : this.number(column, expected, check);
  }
  date(column: string): string {
    const { value, cell } = this.at(column);
    const s = value === null ? '' : String(value);
    if (!IsoDate.safeParse(s).success) fail('xlsx_bad_cell', this.sheet, cell, { what: 'date' }, show(value));
    return s;
  }
  optionalDate(column: string): string | undefined {
    return this.at(column).value === null ? undefined : this.date(column);
  }
  currency(column: string): string {
    const { value, cell } = this.at(column);
    const s = value === null ? '' : String(value);
    if (!CurrencyCode.safeParse(s).success) fail('xlsx_bad_cell', this.sheet, cell, { what: 'currency' }, show(value));
    return s;
  }
  boolean(column: string): boolean {
    const { value, cell } = this.at(column);
    if (value === null || value === false || value === 'FALSE' || value === 'false') return false;
    if (value === true || value === 'TRUE' || value === 'true') return true;
    return fail('xlsx_bad_cell', this.sheet, cell, { what: 'boolean' }, show(value));
  }
  cell(column: string): string {
    return this.at(column).cell;
  }
}

type SheetRows = { readonly name: string; readonly rows: readonly { readonly id: string; readonly reader: RowReader; readonly cells: readonly Raw[]; readonly rowNumber: number }[]; readonly index: ReadonlyMap<string, number> };

function sheetRows(sheets: ReadonlyMap<string, readonly (readonly unknown[])[]>, table: TableSheet): SheetRows {
  const data = sheets.get(table.name);
  if (data === undefined) fail('xlsx_missing_sheet', table.name, `${table.name}!A1`, { what: 'sheet', name: table.name }, { what: 'sheets', value: [...sheets.keys()].join(', ') });
  const header = (data as readonly (readonly unknown[])[])[0]?.map(normalise) ?? [];
  const index = new Map<string, number>();
  header.forEach((h, i) => {
    if (typeof h === 'string') index.set(h, i);
  });
  table.columns.forEach((c, i) => {
    if (!index.has(c)) fail('xlsx_missing_column', table.name, ref(table.name, i, 1), { what: 'column', name: c }, header.length === 0 ? { what: 'no_header' } : show(header[i] ?? null));
  });
  const seen = new Map<string, number>();
  const rows: SheetRows['rows'][number][] = [];
  (data as readonly (readonly unknown[])[]).slice(1).forEach((r, k) => {
    const cells = r.map(normalise);
    if (cells.every((c) => c === null)) return;
    const rowNumber = k + 2;
    const reader = new RowReader(table.name, cells, rowNumber, index);
    const id = reader.required('id', 'id');
    const first = seen.get(id);
    if (first !== undefined) fail('xlsx_duplicate_id', table.name, reader.cell('id'), { what: 'unused_id', id, row: first }, value(id));
    seen.set(id, rowNumber);
    rows.push({ id, reader, cells, rowNumber });
  });
  return { name: table.name, rows, index };
}

/** True when the cells of `columns` in the workbook row equal those of the exported row. */
const same = (s: SheetRows, cells: readonly Raw[], expected: readonly Cell[], table: TableSheet, columns: readonly string[]): boolean =>
  columns.every((c) => {
    const a = cells[s.index.get(c) as number] ?? null;
    const b = normalise(expected[table.columns.indexOf(c)]);
    return a === b || (a !== null && b !== null && String(a) === String(b));
  });

/**
 * Merges a sheet into a list of entities: rows equal to the export keep the entity as it is, changed rows
 * are rebuilt with `build` (which starts from the entity, so fields outside the table survive), new ids are
 * appended and entities without a row are removed.
 */
function merge<T extends { readonly id: string }>(
  base: readonly T[],
  s: SheetRows,
  table: TableSheet,
  columns: readonly string[],
  build: (r: RowReader, previous: T | undefined) => T,
): { list: T[]; changed: Set<string> } {
  const expected = new Map(table.rows.map((r) => [String(r[0]), r]));
  const byId = new Map(s.rows.map((r) => [r.id, r]));
  const changed = new Set<string>();
  const list: T[] = [];
  for (const entity of base) {
    const row = byId.get(entity.id);
    if (row === undefined) continue;
    const exp = expected.get(entity.id);
    if (exp !== undefined && same(s, row.cells, exp, table, columns)) list.push(entity);
    else {
      list.push(build(row.reader, entity));
      changed.add(entity.id);
    }
  }
  const known = new Set(base.map((e) => e.id));
  for (const row of s.rows)
    if (!known.has(row.id)) {
      list.push(build(row.reader, undefined));
      changed.add(row.id);
    }
  return { list, changed };
}

const drop = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
const en = (previous: { readonly en: string } | undefined, text: string): { en: string } => ({ ...previous, en: text });

function readBasePlan(sheets: ReadonlyMap<string, readonly (readonly unknown[])[]>): Plan {
  const data = sheets.get(PLAN_SHEET);
  if (data === undefined)
    fail('xlsx_missing_sheet', PLAN_SHEET, `${PLAN_SHEET}!A1`, { what: 'plan_sheet', name: PLAN_SHEET }, { what: 'sheets', value: [...sheets.keys()].join(', ') });
  const rows = (data as readonly (readonly unknown[])[]).slice(1).map((r) => r.map(normalise));
  let json = '';
  rows.forEach((r, i) => {
    if (r[0] !== i + 1) fail('xlsx_bad_plan_sheet', PLAN_SHEET, ref(PLAN_SHEET, 0, i + 2), { what: 'part_number', part: i + 1 }, show(r[0] ?? null));
    json += typeof r[1] === 'string' ? r[1] : '';
  });
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    fail('xlsx_bad_plan_sheet', PLAN_SHEET, `${PLAN_SHEET}!B2`, { what: 'plan_json' }, json === '' ? { what: 'empty' } : { what: 'not_json' });
  }
  const plan = PlanSchema.safeParse(parsed);
  if (!plan.success) {
    const issue = plan.error.issues[0];
    fail('xlsx_bad_plan_sheet', PLAN_SHEET, `${PLAN_SHEET}!B2`, { what: 'plan_document' }, { what: 'issue', path: issue?.path.join('.') ?? '', issue: issue?.code ?? '' });
  }
  return (plan as { data: Plan }).data;
}

const FIELD_COLUMNS: Record<string, { sheet: string; fields: Record<string, string> }> = {
  activities: { sheet: 'Schedule', fields: { name: 'name', wbs: 'wbs', phase: 'phase', output: 'output', duration: 'duration', milestone: 'milestone', gate: 'gate' } },
  budget: { sheet: 'Budget', fields: { activity: 'activity', budgetClass: 'budget_class', description: 'description', periodStart: 'period_start', periodEnd: 'period_end', money: 'amount', fundingSource: 'funding_source' } },
  funding: { sheet: 'Funding', fields: { name: 'name', funder: 'funder', stage: 'stage', amount: 'amount', probability: 'probability', date: 'date', expectedDate: 'expected_date' } },
  risks: { sheet: 'Risks', fields: { description: 'description', likelihood: 'likelihood', impact: 'impact', category: 'category', mitigation: 'mitigation', owner: 'owner' } },
};

/**
 * Reads a plan workbook written by {@link planToXlsx} back into a plan. The `Plan` sheet gives the document;
 * edits made in the Schedule (wbs, name, phase, output, duration, predecessors, milestone, gate), Budget,
 * Funding and Risks sheets are applied on top (rows added or deleted add or delete the item). Computed
 * columns (dates, floats, converted amounts, scores) and the KPIs sheet are output only and not read.
 * A workbook exported and imported unchanged gives an identical plan.
 */
export async function planFromXlsx(bytes: Uint8Array | ArrayBuffer): Promise<Result<Plan, XlsxImportError>> {
  let workbook: readonly { readonly sheet: string; readonly data: readonly (readonly unknown[])[] }[];
  const u8 = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const over = xlsxBoundsExceeded(u8);
  // `expected` is the limit and `found` the value the workbook claims; `sheet` names the zip part.
  if (over) return err({ code: 'xlsx_limit', sheet: over.part, cell: over.cell, expected: { what: 'at_most', max: over.max }, found: { what: 'number', value: String(over.value) }, limit: over.limit });
  try {
    const buffer = bytes instanceof Uint8Array ? bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) : bytes;
    workbook = await readXlsxFile(buffer as ArrayBuffer, { trim: false });
  } catch {
    return err({ code: 'xlsx_unreadable', sheet: '', cell: '', expected: { what: 'workbook' }, found: { what: 'not_workbook' } });
  }
  try {
    return ok(readPlan(new Map(workbook.map((s) => [s.sheet, s.data]))));
  } catch (e) {
    if (e instanceof Located) return err(e.detail);
    throw e;
  }
}

function readPlan(sheets: ReadonlyMap<string, readonly (readonly unknown[])[]>): Plan {
  const base = readBasePlan(sheets);
  const tables = planTables(base);
  if (!tables.ok) return fail('xlsx_bad_plan_sheet', PLAN_SHEET, `${PLAN_SHEET}!B2`, { what: 'schedulable_plan' }, { what: 'issue', path: '', issue: tables.error.code });
  const table = (name: string): TableSheet => tables.value.find((t) => t.name === name) as TableSheet;
  const scheduleT = table('Schedule');
  const budgetT = table('Budget');
  const fundingT = table('Funding');
  const risksT = table('Risks');
  const schedule = sheetRows(sheets, scheduleT);
  const budget = sheetRows(sheets, budgetT);
  const funding = sheetRows(sheets, fundingT);
  const risks = sheetRows(sheets, risksT);

  const activities = merge<Activity>(base.activities, schedule, scheduleT, ['wbs', 'name', 'phase', 'output', 'duration', 'milestone', 'gate'], (r, p) =>
    drop({
      ...p,
      id: r.required('id', 'id'),
      wbs: r.text('wbs'),
      name: en(p?.name, r.required('name', 'activity_name')),
      phase: r.text('phase'),
      output: r.text('output'),
      duration: r.number('duration', 'duration', (n) => Number.isInteger(n) && n >= 0),
      milestone: r.boolean('milestone'),
      gate: r.text('gate'),
      assignments: p?.assignments ?? [],
      alignment: p?.alignment ?? [],
    }),
  );
  const ids = new Set(activities.list.map((a) => a.id));
  const scheduleExpected = new Map(scheduleT.rows.map((r) => [String(r[0]), r]));
  const relinked = new Map<string, Dependency[]>();
  for (const row of schedule.rows) {
    const exp = scheduleExpected.get(row.id);
    if (exp !== undefined && same(schedule, row.cells, exp, scheduleT, ['predecessors'])) continue;
    const parsed = parsePredecessors(row.reader.text('predecessors') ?? '', row.id, ids);
    if (!parsed.ok)
      fail('xlsx_bad_cell', 'Schedule', row.reader.cell('predecessors'), { what: 'predecessors' }, value(parsed.error.value));
    else relinked.set(row.id, parsed.value.map((n) => ({ from: n.from, to: n.to, type: n.type ?? 'FS', lag: { value: n.lag ?? 0, unit: n.lagUnit ?? 'working' } })));
  }
  const dependencies = [
    ...base.dependencies.filter((d) => ids.has(d.from) && ids.has(d.to) && !relinked.has(d.to)),
    ...[...relinked.values()].flat(),
  ];

  const budgetLines = merge<BudgetLine>(
    base.budget,
    budget,
    budgetT,
    ['activity', 'budget_class', 'description', 'period_start', 'period_end', 'amount', 'currency', 'value_date', 'funding_source'],
    (r, p) =>
      drop({
        ...p,
        id: r.required('id', 'id'),
        activity: r.text('activity'),
        budgetClass: r.required('budget_class', 'budget_class'),
        description: r.text('description'),
        periodStart: r.date('period_start'),
        periodEnd: r.date('period_end'),
        money: { amount: r.number('amount', 'amount', (n) => Number.isFinite(n) && n >= 0), currency: r.currency('currency'), valueDate: r.date('value_date') },
        fundingSource: r.text('funding_source'),
      }),
  );
  const sources = merge<FundingSource>(base.funding, funding, fundingT, fundingT.columns.slice(1), (r, p) => {
    const stage = r.required('stage', 'funding_stage');
    if (!FundingStage.safeParse(stage).success) fail('xlsx_bad_cell', 'Funding', r.cell('stage'), { what: 'one_of', choices: FundingStage.options.join(', ') }, value(stage));
    return drop({
      ...p,
      id: r.required('id', 'id'),
      name: r.required('name', 'funding_name'),
      funder: r.text('funder'),
      stage: stage as FundingSource['stage'],
      amount: { amount: r.number('amount', 'amount', (n) => Number.isFinite(n) && n >= 0), currency: r.currency('currency'), valueDate: r.date('value_date') },
      probability: r.optionalNumber('probability', 'probability', (n) => n >= 0 && n <= 1),
      date: r.optionalDate('date'),
      expectedDate: r.optionalDate('expected_date'),
    });
  });
  const riskList = merge<Risk>(base.risks, risks, risksT, ['description', 'likelihood', 'impact', 'category', 'mitigation', 'owner'], (r, p) => {
    const mitigation = r.text('mitigation');
    return drop({
      ...p,
      id: r.required('id', 'id'),
      description: en(p?.description, r.required('description', 'risk_description')),
      likelihood: r.number('likelihood', 'rating', (n) => Number.isInteger(n) && n >= 1 && n <= 5),
      impact: r.number('impact', 'rating', (n) => Number.isInteger(n) && n >= 1 && n <= 5),
      category: r.text('category'),
      mitigation: mitigation === undefined ? undefined : en(p?.mitigation, mitigation),
      owner: r.text('owner'),
    });
  });

  const untouched =
    activities.changed.size === 0 && relinked.size === 0 && budgetLines.changed.size === 0 && sources.changed.size === 0 && riskList.changed.size === 0 &&
    activities.list.length === base.activities.length && budgetLines.list.length === base.budget.length && sources.list.length === base.funding.length && riskList.list.length === base.risks.length;
  if (untouched) return base;

  const next = PlanSchema.safeParse({ ...base, activities: activities.list, dependencies, budget: budgetLines.list, funding: sources.list, risks: riskList.list });
  if (next.success) return next.data;
  const issue = next.error.issues[0];
  const [list, i, field] = issue?.path ?? [];
  const where = typeof list === 'string' ? FIELD_COLUMNS[list] : undefined;
  const rowsBy = { activities: activities.list, budget: budgetLines.list, funding: sources.list, risks: riskList.list } as Record<string, readonly { id: string }[]>;
  const id = where !== undefined && typeof i === 'number' ? rowsBy[list as string]?.[i]?.id : undefined;
  const sheet = where !== undefined ? { Schedule: schedule, Budget: budget, Funding: funding, Risks: risks }[where.sheet] : undefined;
  const row = sheet?.rows.find((r) => r.id === id);
  const column = typeof field === 'string' ? (where?.fields[field] ?? 'id') : 'id';
  return fail(
    'xlsx_invalid_plan',
    sheet?.name ?? PLAN_SHEET,
    row !== undefined && sheet !== undefined ? ref(sheet.name, sheet.index.get(column) ?? 0, row.rowNumber) : `${PLAN_SHEET}!B2`,
    { what: 'accepted_value' },
    { what: 'issue', path: issue?.path.join('.') ?? '', issue: issue?.code ?? '' },
  );
}
