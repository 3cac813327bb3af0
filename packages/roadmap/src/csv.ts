import type { RelationType, Result } from '@dsc/domain';
import { err, ok } from '@dsc/domain';
import type { Network, NetworkActivity, NetworkRelation } from './cpm.js';

/** A located problem in an activities CSV. `line` and `column` are 1-based. */
export type CsvError =
  | { readonly code: 'csv_unterminated_quote'; readonly line: number; readonly column: number }
  | { readonly code: 'csv_missing_column'; readonly line: 1; readonly column: number; readonly column_name: string; readonly found: readonly string[] }
  | { readonly code: 'csv_empty'; readonly line: 1; readonly column: 1 }
  | { readonly code: 'csv_empty_id'; readonly line: number; readonly column: number }
  | { readonly code: 'csv_duplicate_id'; readonly line: number; readonly column: number; readonly id: string; readonly firstLine: number }
  | { readonly code: 'csv_bad_duration'; readonly line: number; readonly column: number; readonly value: string }
  | { readonly code: 'csv_bad_predecessor'; readonly line: number; readonly column: number; readonly value: string }
  | { readonly code: 'csv_unknown_predecessor'; readonly line: number; readonly column: number; readonly id: string };

export type CsvErrorCode = CsvError['code'];

type Cell = { readonly text: string; readonly line: number; readonly column: number };

/** RFC 4180 reader that remembers where each field starts. */
export function readCsvCells(text: string): Result<Cell[][], CsvError> {
  const rows: Cell[][] = [];
  let row: Cell[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let lineStart = i;
  const delimiter = detectDelimiter(text);
  while (i <= text.length) {
    const fieldLine = line;
    const fieldColumn = i - lineStart + 1;
    let value = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) return err({ code: 'csv_unterminated_quote', line: fieldLine, column: fieldColumn });
        const ch = text[i] as string;
        if (ch === '"') {
          if (text[i + 1] === '"') {
            value += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (ch === '\n') {
          line++;
          lineStart = i + 1;
        }
        value += ch;
        i++;
      }
      while (i < text.length && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') i++;
    } else {
      while (i < text.length && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') value += text[i++] as string;
    }
    row.push({ text: value, line: fieldLine, column: fieldColumn });
    if (text[i] === delimiter) {
      i++;
      continue;
    }
    if (text[i] === '\r') i++;
    if (text[i] === '\n') i++;
    if (!(row.length === 1 && row[0]?.text.trim() === '')) rows.push(row);
    row = [];
    line++;
    lineStart = i;
    if (i >= text.length) break;
  }
  return ok(rows);
}

const detectDelimiter = (text: string): string => {
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  const counts = [',', ';', '\t'].map((d) => [d, first.split(d).length] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0]?.[1] && counts[0][1] > 1 ? counts[0][0] : ',';
};

const ID = '[A-Za-z0-9._:-]+';
const LAG = '(?:([+-])\\s*(\\d+)\\s*(edays?|eday|ed|elapsed\\s+days?|days?|d|wd)?)?';
/** `B FS+2`, `C SS-1 ed`: id, space, type, optional lag. */
const SPACED = new RegExp(`^(${ID})\\s+(FS|SS|FF|SF)\\s*${LAG}\\s*$`, 'i');
/** MS Project's compact form `2FS+3 days`, `12SS`: id immediately followed by the type. */
const COMPACT = new RegExp(`^(${ID}?)(FS|SS|FF|SF)\\s*${LAG}\\s*$`, 'i');
const PLAIN = new RegExp(`^(${ID})$`);

/**
 * Parses a predecessor list in MS Project notation (`A`, `B FS+2`, `C SS-1`, `D FF+3`, `E SF`, `F FS+3ed`,
 * and MS Project's compact `2FS+3 days`), separated by `;` or `,`. A token that is itself a known id is read
 * as that id (so an activity may be called `AFS`). Returns relations or the offending token's offset.
 */
export function parsePredecessors(
  field: string,
  to: string,
  known?: ReadonlySet<string>,
): Result<NetworkRelation[], { readonly offset: number; readonly value: string }> {
  const out: NetworkRelation[] = [];
  let offset = 0;
  for (const raw of field.split(/[;,]/)) {
    const here = offset + (raw.length - raw.trimStart().length);
    offset += raw.length + 1;
    const token = raw.trim();
    if (token === '') continue;
    if (known?.has(token)) {
      out.push({ from: token, to, type: 'FS', lag: 0, lagUnit: 'working' });
      continue;
    }
    let m = SPACED.exec(token);
    if (!m) {
      const compact = COMPACT.exec(token);
      if (compact?.[1] && (known === undefined || known.has(compact[1]))) m = compact;
    }
    if (!m && PLAIN.test(token)) {
      out.push({ from: token, to, type: 'FS', lag: 0, lagUnit: 'working' });
      continue;
    }
    m ??= COMPACT.exec(token);
    if (!m?.[1]) return err({ offset: here, value: token });
    const type = (m[2] as string).toUpperCase() as RelationType;
    const lag = m[4] === undefined ? 0 : (m[3] === '-' ? -1 : 1) * Number(m[4]);
    const elapsed = m[5] !== undefined && m[5].toLowerCase().startsWith('e');
    out.push({ from: m[1], to, type, lag, lagUnit: elapsed ? 'elapsed' : 'working' });
  }
  return ok(out);
}

export type CsvActivities = {
  readonly network: Network;
  readonly names: ReadonlyMap<string, string>;
  /** Line of each activity's row (for locating schedule errors such as cycles). */
  readonly lines: ReadonlyMap<string, number>;
};

/**
 * Reads the spreadsheet form `id,name,duration,predecessors` (header required, any column order, extra
 * columns ignored; `,` `;` or tab separated). Durations are whole working periods (`5` or `5d`).
 *
 * @example
 * const r = parseActivitiesCsv('id,name,duration,predecessors\nA,Design,3,\nB,Build,5,A FS+2\n');
 */
export function parseActivitiesCsv(text: string): Result<CsvActivities, CsvError> {
  const cells = readCsvCells(text);
  if (!cells.ok) return cells;
  const [header, ...rows] = cells.value;
  if (!header) return err({ code: 'csv_empty', line: 1, column: 1 });
  const names = header.map((c) => c.text.trim().toLowerCase());
  const col = (name: string): number => names.indexOf(name);
  for (const required of ['id', 'duration'])
    if (col(required) < 0)
      return err({ code: 'csv_missing_column', line: 1, column: 1, column_name: required, found: header.map((c) => c.text) });
  const idCol = col('id');
  const nameCol = col('name');
  const durCol = col('duration');
  const predCol = col('predecessors');
  const activities: NetworkActivity[] = [];
  const relations: NetworkRelation[] = [];
  const relCells: Cell[] = [];
  const pending: { id: string; cell: Cell }[] = [];
  const nameMap = new Map<string, string>();
  const lines = new Map<string, number>();
  for (const row of rows) {
    const lineOf = row[0]?.line ?? 1;
    const idCell = row[idCol] ?? { text: '', line: lineOf, column: 1 };
    const id = idCell.text.trim();
    if (id === '') return err({ code: 'csv_empty_id', line: idCell.line, column: idCell.column });
    const first = lines.get(id);
    if (first !== undefined) return err({ code: 'csv_duplicate_id', line: idCell.line, column: idCell.column, id, firstLine: first });
    const durCell = row[durCol] ?? { text: '', line: lineOf, column: 1 };
    const dm = /^\s*(\d+)\s*(d|days?)?\s*$/i.exec(durCell.text);
    if (!dm) return err({ code: 'csv_bad_duration', line: durCell.line, column: durCell.column, value: durCell.text });
    activities.push({ id, duration: Number(dm[1]) });
    lines.set(id, idCell.line);
    nameMap.set(id, nameCol >= 0 ? (row[nameCol]?.text.trim() ?? '') : '');
    const predCell = predCol >= 0 ? row[predCol] : undefined;
    if (predCell && predCell.text.trim() !== '') pending.push({ id, cell: predCell });
  }
  const known = new Set(lines.keys());
  for (const { id, cell } of pending) {
    const parsed = parsePredecessors(cell.text, id, known);
    if (!parsed.ok)
      return err({ code: 'csv_bad_predecessor', line: cell.line, column: cell.column + parsed.error.offset, value: parsed.error.value });
    for (const r of parsed.value) {
      relations.push(r);
      relCells.push(cell);
    }
  }
  for (let k = 0; k < relations.length; k++) {
    const r = relations[k] as NetworkRelation;
    if (!lines.has(r.from)) {
      const cell = relCells[k] as Cell;
      const at = cell.text.indexOf(r.from);
      return err({ code: 'csv_unknown_predecessor', line: cell.line, column: cell.column + Math.max(at, 0), id: r.from });
    }
  }
  return ok({ network: { activities, relations }, names: nameMap, lines });
}
