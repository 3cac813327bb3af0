// Loaded on demand: the MS Project XML reader brings an XML parser.
import { fromMspdi } from '@dsc/roadmap';
import type { PlanFileResult } from './plan-json.js';

/** Reads an MS Project XML (MSPDI) file into a plan, with the plan id to keep. */
export function readMspdiFile(text: string, file: string, id: string): PlanFileResult {
  const r = fromMspdi(text, { id });
  if (r.ok) return { ok: true, value: r.value };
  const e = r.error;
  return {
    ok: false,
    error: {
      code: 'invalid_mspdi',
      file,
      error: e,
      ...(e.code === 'mspdi_not_xml' && e.line !== undefined ? { line: e.line, column: e.column ?? 1 } : {}),
    },
  };
}
