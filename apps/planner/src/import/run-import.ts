import type { Indicator, ObservationRow, SourceRef } from '@dsc/domain';
import type { Finding, Unreadable } from '@dsc/validation';
import { catalogueFrom, validateBytes } from '@dsc/validation';
import type { ImportLayout } from './read-observations.js';
import { readObservations } from './read-observations.js';

export const MAX_IMPORT_MB = 20;

export type ImportOutcome =
  | { kind: 'rejected'; reason: 'unsupported' | 'too_large' }
  | { kind: 'unreadable'; file: string; unreadable: Unreadable | null; findings: Finding[] }
  | { kind: 'invalid'; errors: number; warnings: number; findings: Finding[]; layout: string | null }
  | { kind: 'layout'; layout: string | null; findings: Finding[] }
  | {
      kind: 'valid';
      warnings: number;
      findings: Finding[];
      layout: ImportLayout;
      observations: ObservationRow[];
      source: SourceRef;
    };

const EXT = /\.(csv|tsv|tab|txt|xlsx)$/i;

/**
 * Validates a file with @dsc/validation's rules (the same as `dsc validate`) and, when it has no error,
 * reads its observations. A file with any error is not imported at all.
 */
export async function runImport(
  name: string,
  bytes: Uint8Array,
  indicators: readonly Pick<Indicator, 'code' | 'unit'>[],
): Promise<ImportOutcome> {
  if (!EXT.test(name)) return { kind: 'rejected', reason: 'unsupported' };
  if (bytes.length > MAX_IMPORT_MB * 1024 * 1024) return { kind: 'rejected', reason: 'too_large' };
  const rows: string[] = [];
  let header: string | undefined;
  const [result] = await validateBytes(bytes, {
    file: name,
    catalogue: catalogueFrom(indicators),
    onRow: (raw, valid, isHeader) => {
      if (isHeader) header = raw;
      else if (valid) rows.push(raw);
    },
  });
  if (!result) return { kind: 'unreadable', file: name, unreadable: null, findings: [] };
  const findings = result.findings;
  if (result.unreadable) return { kind: 'unreadable', file: name, unreadable: result.unreadable, findings };
  if (result.errors > 0 || !result.complete)
    return { kind: 'invalid', errors: Math.max(1, result.errors), warnings: result.warnings, findings, layout: result.layout };
  if ((result.layout !== 'long' && result.layout !== 'wdi-wide') || header === undefined)
    return { kind: 'layout', layout: result.layout, findings };
  const d = result.dialect ?? {};
  const str = (v: unknown, fallback: string) => (typeof v === 'string' ? v : fallback);
  const source: SourceRef = { id: `user:${name}`, title: name, licence: 'user data (licence not stated)' };
  const observations = readObservations(header, rows, {
    layout: result.layout,
    delimiter: str(d.delimiter, ','),
    quoteChar: str(d.quoteChar, '"'),
    numbers: { decimalChar: str(d.decimalChar, '.'), groupChar: typeof d.groupChar === 'string' ? d.groupChar : null },
    units: new Map(indicators.map((i) => [i.code, i.unit])),
    source: source.id,
  });
  return { kind: 'valid', warnings: result.warnings, findings, layout: result.layout, observations, source };
}
