/**
 * The rule catalogue. IDs are `<pack>/<kebab-name>` and stable forever: never rename or reuse one;
 * retire a rule by setting `deprecated` with a note.
 */
export type RuleSeverity = 'error' | 'warning' | 'info';
export type SeverityOverride = RuleSeverity | 'off';

export type RuleInfo = {
  readonly id: string;
  readonly severity: RuleSeverity;
  readonly description: string;
  readonly deprecated?: string;
};

const r = (id: string, severity: RuleSeverity, description: string): RuleInfo => ({ id, severity, description });

export const RULES = [
  // encoding
  r('enc/utf8-bom', 'info', 'The file starts with a UTF-8 byte-order mark (stripped before parsing).'),
  r('enc/unicode-bom', 'info', 'The file is UTF-16 or UTF-32 (detected by its byte-order mark or NUL pattern) and was decoded.'),
  r('enc/invalid-utf8', 'error', 'Bytes that are not valid UTF-8.'),
  r('enc/legacy-encoding', 'info', 'The file was decoded with a legacy 8-bit encoding given by --encoding.'),
  r('enc/binary-byte', 'error', 'A NUL byte inside a text file.'),
  r('enc/binary-file', 'error', 'The file looks binary (many NUL bytes), not text.'),
  r('enc/invisible-char', 'error', 'An invisible character (zero-width space, bidi control, soft hyphen…) inside a value.'),
  r('enc/mixed-script', 'error', 'A code mixes Latin letters with look-alike Cyrillic or Greek letters (homoglyphs).'),
  // structure and dialect
  r('csv/empty-file', 'error', 'The file has no bytes.'),
  r('csv/no-data-rows', 'warning', 'The file has a header but fewer data rows than min-rows.'),
  r('csv/dialect', 'info', 'The dialect that was used (delimiter, quote, decimal and group characters).'),
  r('csv/layout', 'info', 'The layout detected from the header (long, WDI wide, SDMX-CSV, UN SDG).'),
  r('csv/decimal-comma', 'info', 'Numbers use a decimal comma (detected and applied); declare it with --decimal-char , to be explicit.'),
  r('csv/ragged-row', 'error', 'A row has more or fewer fields than the header.'),
  r('csv/mixed-line-endings', 'warning', 'The file mixes CRLF, LF and CR line endings.'),
  r('csv/unclosed-quote', 'error', 'A quoted field is never closed; the rest of the file was consumed by it.'),
  r('csv/stray-quote', 'warning', 'A quote character inside an unquoted field.'),
  r('csv/blank-header', 'error', 'A header cell is empty.'),
  r('csv/duplicate-header', 'error', 'Two header cells have the same name.'),
  r('csv/padded-header', 'warning', 'A header name has leading or trailing spaces.'),
  r('csv/blank-row', 'warning', 'A row is empty or contains only delimiters.'),
  r('csv/field-too-large', 'error', 'A field is larger than --max-field-bytes.'),
  r('csv/line-too-long', 'error', 'A record is larger than --max-line-bytes.'),
  r('csv/container', 'warning', 'The file is a ZIP/XLSX container although its name says text.'),
  r('csv/unknown-layout', 'error', 'The header has no country, indicator, year and value columns.'),
  r('csv/unrecognised-header', 'warning', 'The header matches no known layout: only the header, the dialect and text checks apply (pass --layout table or --schema to say so).'),
  // Table Schema
  r('schema/type-error', 'error', 'A value cannot be cast to the field type.'),
  r('schema/non-finite', 'error', 'A numeric value is NaN or infinite.'),
  r('schema/whitespace', 'warning', 'A value has leading or trailing spaces.'),
  r('schema/leading-zero', 'warning', 'An integer has leading zeros.'),
  r('schema/required', 'error', 'A required field is missing.'),
  r('schema/unique', 'error', 'A value of a unique field repeats.'),
  r('schema/enum', 'error', 'A value is not one of the allowed values.'),
  r('schema/pattern', 'error', 'A value does not match the field pattern.'),
  r('schema/min-length', 'error', 'A value is shorter than minLength.'),
  r('schema/max-length', 'error', 'A value is longer than maxLength.'),
  r('schema/minimum', 'error', 'A value is below the minimum.'),
  r('schema/maximum', 'error', 'A value is above the maximum.'),
  r('schema/missing-field', 'error', 'A field of the schema is missing from the header.'),
  r('schema/extra-field', 'warning', 'A header column is not in the schema.'),
  r('schema/primary-key', 'error', 'Two rows have the same primary key.'),
  r('schema/unique-key', 'error', 'Two rows have the same unique key.'),
  r('schema/foreign-key', 'error', 'A value is not in the referenced code list.'),
  r('schema/formula-injection', 'error', 'A text value starts with a spreadsheet formula trigger (=, +, -, @, tab, CR, ＝).'),
  // indicator domain
  r('ind/country-code', 'error', 'A country code is not an ISO 3166-1 alpha-3 code or an allowed aggregate.'),
  r('ind/wb-code', 'warning', 'A World Bank-specific area code that is not ISO 3166-1 (e.g. XKX).'),
  r('ind/unknown-indicator', 'warning', 'An indicator code is not in the catalogue.'),
  r('ind/percent-range', 'error', 'A percentage outside 0–100.'),
  r('ind/per100-range', 'error', 'A per-100-inhabitants value outside 0–250.'),
  r('ind/per100-high', 'warning', 'A per-100-inhabitants value above 180.'),
  r('ind/negative-value', 'error', 'A negative value where the unit cannot be negative.'),
  r('ind/index-range', 'error', 'An index 0–1 value outside 0–1.'),
  r('ind/percent-as-fraction', 'warning', 'Every value of a percent series is ≤ 1: probably fractions of percent-formatted cells.'),
  r('ind/future-year', 'error', 'A year after the reference year that is not flagged as a forecast (F).'),
  r('ind/obs-status', 'error', 'A status flag not in SDMX CL_OBS_STATUS.'),
  r('ind/duplicate-row', 'warning', 'The same observation key appears twice with the same value.'),
  r('ind/duplicate-conflict', 'error', 'The same observation key appears twice with different values.'),
  r('ind/yoy-jump', 'warning', 'A year-on-year change far outside the series (robust median/MAD z-score).'),
  r('ind/coverage-gap', 'info', 'Missing years inside a country × indicator series.'),
  r('ind/censored-value', 'info', 'A censored value such as <2.5 (the qualifier is kept).'),
  // layouts
  r('sdg/nature', 'error', 'A UN SDG Nature code not in C, CA, E, G, M, N.'),
  r('sdg/m49-code', 'error', 'A GeoAreaCode that is not a UN M49 code.'),
  r('sdmx/action', 'error', 'An SDMX-CSV 2.0 ACTION that is not I, A, R or D.'),
  // spreadsheets
  r('xlsx/formula-without-value', 'error', 'A formula cell without a cached value (the workbook was never recalculated).'),
  r('xlsx/percent-format', 'info', 'A numeric cell formatted as a percentage (the stored value is a fraction).'),
  r('xlsx/number-as-text', 'warning', 'A number stored as text.'),
  r('xlsx/limit-exceeded', 'error', 'A workbook claims more rows, columns or unzipped bytes than the limits allow (possible zip bomb).'),
  r('xlsx/date-serial', 'warning', 'A date-formatted cell stored as an Excel serial number.'),
  // containers
  r('zip/limit-exceeded', 'error', 'A zip archive exceeds the size, ratio or entry limits (possible zip bomb).'),
  r('zip/empty-archive', 'error', 'A zip archive has no member that can be validated.'),
  r('zip/skipped-member', 'info', 'A zip member that is not a data file was skipped.'),
  // Frictionless Data Packages
  r('package/descriptor', 'error', 'A datapackage.json is not valid JSON or not a Data Package descriptor.'),
  r('package/resource-path', 'error', 'A resource path is absolute, leaves the package folder or is a URL (not read).'),
  r('package/skipped-resource', 'info', 'A resource that is not a delimited text or workbook file was not validated.'),
  // plans and cross-file references
  r('plan/invalid-json', 'error', 'A plan file is not valid JSON.'),
  r('plan/schema', 'error', 'A plan file does not match its document schema.'),
  r('plan/duplicate-id', 'error', 'Two elements of the same kind in a plan (activities, phases, KPIs, risks…) share an id.'),
  r('plan/xml-char', 'warning', 'A name or text in a plan holds a character XML cannot carry (control character, U+FFFE/U+FFFF, lone surrogate).'),
  r('ref/unknown-indicator', 'error', 'A plan refers to an indicator code that is not in the catalogue.'),
] as const satisfies readonly RuleInfo[];

export type RuleId = (typeof RULES)[number]['id'];

const byId = new Map<string, RuleInfo>(RULES.map((x) => [x.id, x]));

/** The catalogue entry of a rule, or undefined for an unknown ID. */
export const ruleInfo = (id: string): RuleInfo | undefined => byId.get(id);
export const isRuleId = (id: string): id is RuleId => byId.has(id);
