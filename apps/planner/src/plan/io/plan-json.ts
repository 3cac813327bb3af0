import type { DocumentError, Plan, Result } from '@dsc/domain';
import type { CsvError, MspdiImportError } from '@dsc/roadmap';
import type { XlsxImportError } from '@dsc/roadmap/export';
import type { Unreadable } from '@dsc/validation';
import { parseDocumentOf } from '@dsc/domain';

/** Why a `*.plan.json` file could not be read, with where. */
export type PlanFileError =
  | { code: 'invalid_json'; file: string; line: number; column: number; message: string }
  | { code: 'invalid_plan'; file: string; error: DocumentError; line?: number; column?: number }
  | { code: 'invalid_mspdi'; file: string; error: MspdiImportError; line?: number; column?: number }
  | { code: 'invalid_csv'; file: string; error: CsvError; line?: number; column?: number }
  | { code: 'csv_schedule'; file: string; detail: string; line?: number; column?: number }
  | { code: 'invalid_xlsx'; file: string; message: string; unreadable?: Unreadable | undefined; line?: number; column?: number }
  | { code: 'invalid_plan_xlsx'; file: string; error: XlsxImportError; line?: number; column?: number };

export type PlanFileResult = Result<Plan, PlanFileError>;

/** Line and column (1-based) of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset && i < text.length; i++)
    if (text.charCodeAt(i) === 10) {
      line++;
      last = i;
    }
  return { line, column: offset - last };
}

/** Finds where a JSON pointer's value starts in the text (best effort: walks keys and array items). */
export function locatePointer(text: string, pointer: string): { line: number; column: number } | undefined {
  if (pointer === '') return { line: 1, column: 1 };
  const parts = pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  let pos = 0;
  for (const part of parts) {
    if (/^\d+$/.test(part)) {
      // Skip to the n-th element of the array that starts at or after pos.
      let i = text.indexOf('[', pos);
      if (i < 0) return undefined;
      let depth = 0;
      let index = 0;
      const target = Number(part);
      let inString = false;
      for (i = i + 1; i < text.length; i++) {
        const ch = text[i];
        if (inString) {
          if (ch === '\\') i++;
          else if (ch === '"') inString = false;
          continue;
        }
        if (ch === '"') inString = true;
        if (depth === 0 && index === target && ch !== undefined && !/\s|,/.test(ch)) break;
        if (ch === '[' || ch === '{') depth++;
        else if (ch === ']' || ch === '}') depth--;
        else if (ch === ',' && depth === 0) index++;
        if (depth < 0) return undefined;
      }
      pos = i;
    } else {
      const i = text.indexOf(JSON.stringify(part), pos);
      if (i < 0) return undefined;
      pos = i;
    }
  }
  return lineColumn(text, pos);
}

/** Reads a `*.plan.json` text: JSON syntax, then the Plan schema with its migrations. */
export function readPlanFile(text: string, file: string): PlanFileResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const m = /position (\d+)/.exec(message);
    const lc = m ? lineColumn(text, Number(m[1])) : { line: 1, column: 1 };
    return { ok: false, error: { code: 'invalid_json', file, ...lc, message } };
  }
  const r = parseDocumentOf('plan', data);
  if (r.ok) return { ok: true, value: r.value };
  const pointer = r.error.code === 'invalid_document' ? (r.error.issues[0]?.pointer ?? '') : r.error.pointer;
  const where = locatePointer(text, pointer);
  return { ok: false, error: { code: 'invalid_plan', file, error: r.error, ...(where ?? {}) } };
}

/** The lossless file form of a plan: stable two-space JSON with a final newline. */
export const writePlanFile = (plan: Plan): string => `${JSON.stringify(plan, null, 2)}\n`;

export const planFileName = (plan: Plan): string => `${plan.id}.plan.json`;
