import type { PolicyInstrument, Result } from '@dsc/domain';
import { IsoPartialDate, PolicyArea, Verification, err, isIsoAlpha3, ok } from '@dsc/domain';
import type { CsvRow, CsvTable } from './csv.js';
import { readCsv } from './csv.js';
import type { ImportError } from './errors.js';

export const POLICY_FILE = 'policy_instruments.csv';
export const POLICY_COLUMNS = [
  'iso3',
  'area',
  'type',
  'name_en',
  'name_original',
  'adopted',
  'document_no',
  'status',
  'superseded_by',
  'issuer',
  'description',
  'source_url',
  'source_title',
  'verified',
] as const;

const UNVERIFIED = 'UNVERIFIED';
const isUrl = (s: string): boolean => {
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
};

/** Stable id of an instrument: the area code and a slug of its English name (suffixed on a clash). */
export function instrumentId(iso3: string, nameEn: string, taken: ReadonlySet<string>): string {
  const slug = nameEn
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const words = slug.split('-');
  let short = '';
  for (const w of words) {
    if (short.length > 0 && short.length + 1 + w.length > 56) break;
    short = short.length > 0 ? `${short}-${w}` : w;
  }
  const base = `${iso3.toLowerCase()}-${short}`;
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/** Converts `policy_instruments.csv` into PolicyInstrument documents (UNVERIFIED markers kept, never resolved). */
export function convertPolicyInstruments(text: string, file = POLICY_FILE): Result<PolicyInstrument[], ImportError[]> {
  const table = readCsv(file, text, POLICY_COLUMNS);
  if (!table.ok) return table;
  const errors: ImportError[] = [];
  const out: PolicyInstrument[] = [];
  const ids = new Set<string>();
  for (const row of table.value.rows) {
    const doc = convertPolicyRow(table.value, row, ids, errors);
    if (doc) {
      ids.add(doc.id);
      out.push(doc);
    }
  }
  return errors.length > 0 ? err(errors) : ok(out);
}

function convertPolicyRow(table: CsvTable, row: CsvRow, ids: Set<string>, errors: ImportError[]): PolicyInstrument | undefined {
  const f = (k: (typeof POLICY_COLUMNS)[number]): string => (row.fields[k] ?? '').trim();
  const before = errors.length;
  const bad = (field: (typeof POLICY_COLUMNS)[number], expected: string, hint: string): void => {
    errors.push({
      code: 'invalid_field',
      file: table.file,
      line: row.line,
      column: table.column(field),
      field,
      value: f(field),
      expected,
      hint,
    });
  };
  const iso3 = f('iso3');
  if (!isIsoAlpha3(iso3)) bad('iso3', 'an ISO 3166-1 alpha-3 country code', 'Instruments belong to a country, not an aggregate');
  const area = PolicyArea.safeParse(f('area'));
  if (!area.success) bad('area', 'policy, regulatory or institutional', 'See POLICY_SOURCES: the area column');
  const verified = Verification.safeParse(f('verified'));
  if (!verified.success) bad('verified', 'yes, partial or no', 'Never promote a fact: use "partial" or "no" when unsure');
  const adoptedText = f('adopted');
  const adoptedKnown = adoptedText !== '' && adoptedText !== UNVERIFIED;
  if (adoptedKnown && !IsoPartialDate.safeParse(adoptedText).success)
    bad('adopted', 'YYYY, YYYY-MM, YYYY-MM-DD or UNVERIFIED', 'Write only what the source shows');
  if (f('type') === '') bad('type', 'an instrument type (strategy, law, institution, …)', 'The type column is required');
  if (f('name_en') === '') bad('name_en', 'an English name', 'The English name is required');
  if (!isUrl(f('source_url'))) bad('source_url', 'an absolute URL', 'Every instrument needs the source that establishes it');
  if (f('source_title') === '') bad('source_title', 'the title of the source', 'Name the page or document cited');
  if (errors.length > before || !area.success || !verified.success) return undefined;

  const unverifiedFields: string[] = [];
  const opt = (k: (typeof POLICY_COLUMNS)[number], field: string): string | undefined => {
    const v = f(k);
    if (v === UNVERIFIED) {
      unverifiedFields.push(field);
      return undefined;
    }
    if (v.includes(UNVERIFIED)) unverifiedFields.push(field);
    return v === '' ? undefined : v;
  };
  const nameOriginal = f('name_original');
  const adopted = opt('adopted', 'adopted');
  const documentNo = opt('document_no', 'documentNo');
  const status = opt('status', 'status');
  const supersededBy = opt('superseded_by', 'supersededBy');
  const issuer = opt('issuer', 'issuer');
  const description = opt('description', 'description');
  return {
    kind: 'policy-instrument',
    schemaVersion: 1,
    id: instrumentId(iso3, f('name_en'), ids),
    iso3,
    area: area.data,
    type: f('type'),
    name: { en: f('name_en'), ...(nameOriginal === '' ? {} : { original: nameOriginal }) },
    ...(adopted === undefined ? {} : { adopted }),
    ...(documentNo === undefined ? {} : { documentNo }),
    ...(status === undefined ? {} : { status }),
    ...(supersededBy === undefined ? {} : { supersededBy }),
    ...(issuer === undefined ? {} : { issuer }),
    ...(description === undefined ? {} : { description }),
    source: { url: f('source_url'), title: f('source_title') },
    verified: verified.data,
    ...(unverifiedFields.length === 0 ? {} : { unverifiedFields }),
    origin: { file: table.file, line: row.line },
  };
}
