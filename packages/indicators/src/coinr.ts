import type { MethodologyNode, MethodologySpec, Result } from '@dsc/domain';
import { err, ok } from '@dsc/domain';
import type { CsvError, CsvIssue, CsvTable } from './csv.js';
import { parseCsv, parseNumber } from './csv.js';
import type { IndexData } from './types.js';

/** The iMeta table of a COINr coin, as methodology nodes plus the group and denominator column names. */
export type CoinrMeta = {
  readonly nodes: readonly MethodologyNode[];
  readonly groups: readonly string[];
  readonly denominators: readonly string[];
  readonly others: readonly string[];
};

const TYPE_MAP: Readonly<Record<string, MethodologyNode['type']>> = {
  indicator: 'indicator',
  aggregate: 'aggregate',
  group: 'group',
  denominator: 'denominator',
  other: 'other',
};

const findCol = (t: CsvTable, ...names: string[]) => {
  const lower = t.header.map((h) => h.toLowerCase());
  for (const n of names) {
    const j = lower.indexOf(n.toLowerCase());
    if (j >= 0) return j;
  }
  return -1;
};

const isNA = (s: string | undefined) => s === undefined || s.trim() === '' || s.trim() === 'NA';

/**
 * Reads a COINr `iMeta` table: Level, iCode, iName, Parent, Direction, Weight, Type, Denominator, Target, Unit and
 * optional goalposts (`goalpost_lower`/`goalpost_upper`, also `GPlower`/`GPupper`). Every problem is located.
 */
export function readCoinrMeta(text: string, file = 'iMeta.csv'): Result<CoinrMeta, CsvError> {
  const parsed = parseCsv(text, file);
  if (!parsed.ok) return parsed;
  const t = parsed.value;
  const issues: CsvIssue[] = [];
  const col = {
    level: findCol(t, 'Level'),
    code: findCol(t, 'iCode'),
    name: findCol(t, 'iName'),
    parent: findCol(t, 'Parent'),
    direction: findCol(t, 'Direction'),
    weight: findCol(t, 'Weight'),
    type: findCol(t, 'Type'),
    denominator: findCol(t, 'Denominator'),
    target: findCol(t, 'Target'),
    unit: findCol(t, 'Unit'),
    gpLow: findCol(t, 'goalpost_lower', 'GPlower', 'Goalpost_lower', 'lower'),
    gpHigh: findCol(t, 'goalpost_upper', 'GPupper', 'Goalpost_upper', 'upper'),
  };
  for (const [key, name] of [
    ['code', 'iCode'],
    ['type', 'Type'],
  ] as const) {
    if (col[key] < 0)
      issues.push({ code: 'missing_column', file, line: 1, column: 1, table: 'iMeta', field: name });
  }
  if (issues.length > 0) return err({ code: 'invalid_csv', issues });
  const nodes: MethodologyNode[] = [];
  const groups: string[] = [];
  const denominators: string[] = [];
  const others: string[] = [];
  for (const r of t.rows) {
    const cell = (j: number) => (j >= 0 ? r.cells[j] : undefined);
    const at = (j: number) => r.columns[j] ?? 1;
    const code = cell(col.code)!.trim();
    const typeText = (cell(col.type) ?? '').trim();
    const type = TYPE_MAP[typeText.toLowerCase()];
    if (!code) {
      issues.push({
        code: 'missing_value',
        file,
        line: r.line,
        column: at(col.code),
        field: 'iCode',
      });
      continue;
    }
    if (!type) {
      issues.push({
        code: 'invalid_type',
        file,
        line: r.line,
        column: at(col.type),
        field: 'Type',
        value: typeText,
        indicator: code,
      });
      continue;
    }
    if (type === 'group') groups.push(code);
    if (type === 'denominator') denominators.push(code);
    if (type === 'other') others.push(code);
    const num = (j: number, field: string): number | undefined => {
      const s = cell(j);
      if (isNA(s)) return undefined;
      const v = parseNumber(s!);
      if (v === undefined || v === null) {
        issues.push({ code: 'meta_not_a_number', file, line: r.line, column: at(j), field, value: s!, indicator: code });
        return undefined;
      }
      return v;
    };
    const node: Record<string, unknown> = { id: code, type };
    const name = cell(col.name);
    if (!isNA(name)) node['name'] = { en: name!.trim() };
    if (type === 'indicator' || type === 'aggregate') {
      const level = num(col.level, 'Level');
      if (level === undefined) {
        issues.push({ code: 'missing_level', file, line: r.line, column: at(col.level), field: 'Level', indicator: code });
        continue;
      }
      node['level'] = level;
      const parent = cell(col.parent);
      if (!isNA(parent)) node['parent'] = parent!.trim();
      const dir = num(col.direction, 'Direction');
      if (dir !== undefined) {
        if (dir !== 1 && dir !== -1)
          issues.push({
            code: 'invalid_direction',
            file,
            line: r.line,
            column: at(col.direction),
            field: 'Direction',
            value: String(dir),
            indicator: code,
          });
        else node['direction'] = dir;
      }
      const w = num(col.weight, 'Weight');
      if (w !== undefined) node['weight'] = w;
      const target = num(col.target, 'Target');
      if (target !== undefined) node['target'] = target;
      const den = cell(col.denominator);
      if (!isNA(den)) node['denominator'] = den!.trim();
      const lo = num(col.gpLow, 'goalpost_lower');
      const hi = num(col.gpHigh, 'goalpost_upper');
      if (lo !== undefined && hi !== undefined)
        node['goalposts'] = { min: lo, max: hi, rationale: 'From iMeta' };
    } else node['level'] = 1;
    const unit = cell(col.unit);
    if (!isNA(unit)) node['unit'] = unit!.trim();
    nodes.push(node as MethodologyNode);
  }
  if (issues.length > 0) return err({ code: 'invalid_csv', issues });
  return ok({ nodes, groups, denominators, others });
}

/**
 * Reads a COINr `iData` table (uCode, uName, Time, group columns, denominator columns and one column per
 * indicator) into one `IndexData` per time point, ordered by time. Numbers accept `NA` or empty for missing.
 */
export function readCoinrData(
  text: string,
  meta: CoinrMeta,
  file = 'iData.csv',
): Result<IndexData[], CsvError> {
  const parsed = parseCsv(text, file);
  if (!parsed.ok) return parsed;
  const t = parsed.value;
  const issues: CsvIssue[] = [];
  const jCode = findCol(t, 'uCode');
  if (jCode < 0)
    return err({
      code: 'invalid_csv',
      issues: [{ code: 'missing_column', file, line: 1, column: 1, table: 'iData', field: 'uCode' }],
    });
  const jName = findCol(t, 'uName');
  const jTime = findCol(t, 'Time');
  const indicatorCodes = meta.nodes.filter((n) => n.type === 'indicator').map((n) => n.id);
  const known = new Set([
    ...indicatorCodes,
    ...meta.groups,
    ...meta.denominators,
    ...meta.others,
    'uCode',
    'uName',
    'Time',
  ]);
  t.header.forEach((h, j) => {
    if (!known.has(h) && !h.endsWith('_group'))
      issues.push({
        code: 'unknown_column',
        file,
        line: 1,
        column: j + 1,
        field: h,
      });
  });
  for (const code of indicatorCodes) {
    if (!t.header.includes(code))
      issues.push({ code: 'missing_indicator_column', file, line: 1, column: 1, field: code });
  }
  const groupCols = t.header.filter((h) => meta.groups.includes(h) || h.endsWith('_group'));
  const denomCols = t.header.filter((h) => meta.denominators.includes(h));
  if (issues.length > 0) return err({ code: 'invalid_csv', issues });
  const byTime = new Map<
    number | undefined,
    {
      units: string[];
      names: string[];
      values: Record<string, (number | null)[]>;
      groups: Record<string, (string | null)[]>;
      den: Record<string, (number | null)[]>;
    }
  >();
  for (const r of t.rows) {
    const at = (j: number) => r.columns[j] ?? 1;
    const unit = r.cells[jCode]!.trim();
    if (!unit) {
      issues.push({
        code: 'missing_value',
        file,
        line: r.line,
        column: at(jCode),
        field: 'uCode',
      });
      continue;
    }
    let time: number | undefined;
    if (jTime >= 0) {
      const v = parseNumber(r.cells[jTime]!);
      if (v === undefined || v === null) {
        issues.push({ code: 'time_not_a_number', file, line: r.line, column: at(jTime), field: 'Time', value: r.cells[jTime]! });
        continue;
      }
      time = v;
    }
    let slot = byTime.get(time);
    if (!slot) {
      slot = {
        units: [],
        names: [],
        values: Object.fromEntries(indicatorCodes.map((c) => [c, []])),
        groups: Object.fromEntries(groupCols.map((c) => [c, []])),
        den: Object.fromEntries(denomCols.map((c) => [c, []])),
      };
      byTime.set(time, slot);
    }
    if (slot.units.includes(unit)) {
      issues.push({
        code: 'duplicate_unit',
        file,
        line: r.line,
        column: at(jCode),
        field: 'uCode',
        value: unit,
        ...(time !== undefined ? { time } : {}),
      });
      continue;
    }
    slot.units.push(unit);
    slot.names.push(jName >= 0 ? r.cells[jName]!.trim() : unit);
    const readNum = (code: string, target: (number | null)[]) => {
      const j = t.header.indexOf(code);
      const s = r.cells[j]!;
      const v = parseNumber(s);
      if (v === undefined) {
        issues.push({
          code: 'not_a_number',
          file,
          line: r.line,
          column: at(j),
          field: code,
          value: s,
          unit,
        });
        target.push(null);
      } else target.push(v);
    };
    for (const code of indicatorCodes) readNum(code, slot.values[code]!);
    for (const code of denomCols) readNum(code, slot.den[code]!);
    for (const g of groupCols) {
      const s = r.cells[t.header.indexOf(g)]!.trim();
      slot.groups[g]!.push(isNA(s) ? null : s);
    }
  }
  if (issues.length > 0) return err({ code: 'invalid_csv', issues });
  const out: IndexData[] = [...byTime.entries()]
    .sort(([a], [b]) => (a ?? 0) - (b ?? 0))
    .map(([time, s]) => ({
      units: s.units,
      unitNames: s.names,
      values: s.values,
      groups: s.groups,
      denominators: s.den,
      ...(time !== undefined ? { time } : {}),
    }));
  return ok(out);
}

/**
 * Reads a denominator table (uCode plus one numeric column per denominator, like COINr's WorldDenoms) and attaches
 * its columns to the data, matched by unit code. Units absent from the table get `NA` denominators.
 */
export function attachDenominators(
  data: IndexData,
  text: string,
  file = 'denominators.csv',
): Result<IndexData, CsvError> {
  const parsed = parseCsv(text, file);
  if (!parsed.ok) return parsed;
  const t = parsed.value;
  const jCode = findCol(t, 'uCode');
  if (jCode < 0)
    return err({
      code: 'invalid_csv',
      issues: [{ code: 'missing_column', file, line: 1, column: 1, table: 'denominators', field: 'uCode' }],
    });
  const issues: CsvIssue[] = [];
  const byUnit = new Map<string, (typeof t.rows)[number]>();
  for (const r of t.rows) byUnit.set(r.cells[jCode]!.trim(), r);
  const den: Record<string, readonly (number | null)[]> = { ...(data.denominators ?? {}) };
  t.header.forEach((h, j) => {
    if (j === jCode || h === 'uName') return;
    const col: (number | null)[] = [];
    let numeric = true;
    for (const u of data.units) {
      const r = byUnit.get(u);
      if (!r) {
        col.push(null);
        continue;
      }
      const v = parseNumber(r.cells[j]!);
      if (v === undefined) numeric = false;
      col.push(v ?? null);
    }
    if (numeric) den[h] = col;
  });
  if (issues.length > 0) return err({ code: 'invalid_csv', issues });
  return ok({ ...data, denominators: den });
}

/** Builds a methodology spec from a steps template and a tree read from iMeta (groups and denominators kept as nodes). */
export function specWithNodes(
  template: Omit<MethodologySpec, 'nodes'>,
  nodes: readonly MethodologyNode[],
): MethodologySpec {
  return { ...template, nodes: [...nodes] };
}
