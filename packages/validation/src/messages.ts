/**
 * English message texts of every finding, in one place so that they can move to @dsc/i18n as a whole.
 * Each function returns the message; hints are separate functions where they are generic.
 */
const english = {
  utf8Bom: () => 'The file starts with a UTF-8 byte-order mark (BOM); it was stripped.',
  unicodeBom: (enc: string, bom: boolean) => `The file is ${enc} (detected by ${bom ? 'its byte-order mark' : 'its NUL byte pattern'}); it was decoded.`,
  legacyEncoding: (enc: string) => `The file was decoded as ${enc} (--encoding).`,
  invalidUtf8: (hex: string, offset: number) => `Invalid UTF-8 byte sequence at byte ${offset}: ${hex}.`,
  invalidUtf8Hint: (best: string | undefined, preview: string | undefined) =>
    best
      ? `The bytes look like ${best} (preview: "${preview ?? ''}"). Re-run with --encoding ${best}, or convert the file to UTF-8.`
      : 'Save the file as UTF-8.',
  nul: () => 'A NUL byte (0x00) inside a text file.',
  binaryFile: (n: number) => `The file looks binary: ${n} NUL bytes in the first 8 KiB.`,
  binaryHint: () => 'If this is "Unicode text" from Excel, save it as "CSV UTF-8"; otherwise this is not a text file.',
  invisible: (ch: string) => `Invisible character ${ch} inside the value.`,
  invisibleHint: () => 'Remove the invisible character (often pasted from a web page or a word processor).',
  mixedScript: (latin: string) => `The code mixes scripts: Cyrillic or Greek look-alike letters among Latin ones (Latin spelling: "${latin}").`,
  mixedScriptHint: (latin: string) => `Retype the code in Latin letters: "${latin}".`,
  emptyFile: () => 'The file is empty (0 bytes).',
  emptyFileHint: () => 'Export the data again; an empty file is never valid.',
  noDataRows: (n: number, min: number) => `The file has a header but ${n} data row${n === 1 ? '' : 's'} (at least ${min} expected).`,
  dialect: (d: string) => `Dialect: ${d}.`,
  layout: (l: string) => `Layout: ${l}.`,
  decimalComma: (sample: string) => `Numbers use a decimal comma (e.g. "${sample}"); it was applied to numeric fields.`,
  decimalCommaHint: () => 'Pass --decimal-char , (and --group-char if needed) to declare it explicitly.',
  ragged: (expected: number, actual: number) => `The row has ${actual} field${actual === 1 ? '' : 's'}, the header has ${expected}.`,
  raggedHint: (short: boolean) =>
    short
      ? 'A field or delimiter is missing, or a quoted field with a line break was not quoted.'
      : 'A value contains the delimiter without quotes, or there are extra delimiters at the end.',
  mixedEndings: (found: string, first: string) => `Line ending ${found} here, but the file started with ${first}; line endings were normalised.`,
  mixedEndingsHint: () => 'Save the file with one kind of line ending.',
  unclosedQuote: (reason: 'eof' | 'too-large') =>
    reason === 'eof'
      ? 'A quoted field opened here is never closed: the rest of the file was consumed by it.'
      : 'A quoted field opened here is never closed before --max-line-bytes: scanning stopped here.',
  unclosedQuoteHint: () => 'Close the quote, or double quotes inside quoted values ("").',
  strayQuote: () => 'A quote character inside an unquoted field (or after a closing quote).',
  strayQuoteHint: () => 'Quote the whole field and double the inner quote ("").',
  blankHeader: (column: number) => `Header cell ${column} is empty.`,
  blankHeaderHint: () => 'Name every column.',
  duplicateHeader: (name: string, firstColumn: number) => `Header "${name}" repeats column ${firstColumn}.`,
  duplicateHeaderHint: () => 'Give every column a unique name.',
  paddedHeader: (name: string) => `Header "${name}" has leading or trailing spaces.`,
  paddedHeaderHint: () => 'Trim the header names (they were trimmed to match columns and the schema).',
  blankRow: () => 'The row is blank.',
  blankRowHint: () => 'Remove blank rows.',
  fieldTooLarge: (size: number, max: number) => `The field is ${size} characters long (limit ${max}).`,
  lineTooLong: (size: number, max: number) => `The record is more than ${size} characters long (limit ${max}); scanning stopped.`,
  sizeHint: () => 'Raise --max-field-bytes / --max-line-bytes if this is intended.',
  container: (kind: string) => `The file is a ${kind} container, not text.`,
  unknownLayout: (missing: string, count: number) => `The header has no ${missing} column${count === 1 ? '' : 's'}.`,
  unknownLayoutHint: () => 'Name the columns iso3, indicator, year, value (or pass --layout table to check only the schema).',
  typeError: (type: string, value: string) => `"${value}" is not a valid ${type}.`,
  nonFinite: (value: string) => `"${value}" is not a finite number.`,
  whitespace: () => 'The value has leading or trailing spaces.',
  whitespaceHint: () => 'Trim the value.',
  leadingZero: (value: string) => `Integer "${value}" has leading zeros.`,
  leadingZeroHint: () => 'Remove the leading zeros, or make the field a string if it is a code.',
  required: (field: string) => `"${field}" is required but the value is missing.`,
  requiredHint: () => 'Fill in the value.',
  unique: (field: string, line: number) => `Value of "${field}" repeats line ${line}.`,
  constraint: (what: string) => `The value ${what}.`,
  missingField: (name: string) => `Schema field "${name}" is not in the header.`,
  extraField: (name: string) => `Column "${name}" is not in the schema.`,
  primaryKey: (fields: string, line: number, differs: boolean) =>
    `Primary key (${fields}) repeats line ${line}${differs ? ' with different values' : ' with the same values'}.`,
  uniqueKey: (fields: string, line: number) => `Unique key (${fields}) repeats line ${line}.`,
  foreignKey: (value: string, list: string) => `"${value}" is not in ${list}.`,
  formula: (value: string) => `Text "${value}" starts with a spreadsheet formula trigger.`,
  formulaHint: () => 'Prefix the value with an apostrophe or remove the leading =, +, -, @ (CSV injection, CWE-1236).',
  countryCode: (code: string) => `"${code}" is not an ISO 3166-1 alpha-3 code or an allowed aggregate.`,
  m49Code: (code: string) => `"${code}" is not a UN M49 area code.`,
  wbCode: (code: string, name: string) => `"${code}" is ${name}.`,
  wbCodeHint: () => 'Keep it only if the consumers know World Bank codes; it has no ISO 3166-1 alpha-3 equivalent.',
  unknownIndicator: (code: string) => `Indicator "${code}" is not in the catalogue.`,
  unknownIndicatorHint: () => 'Check the code against the indicator catalogue (dsc datasets), or add the indicator.',
  percentRange: (v: number) => `A percentage of ${v} is outside 0–100.`,
  per100Range: (v: number) => `${v} per 100 inhabitants is outside 0–250.`,
  per100High: (v: number) => `${v} per 100 inhabitants is unusually high (above 180).`,
  negative: (v: number, unit: string) => `A negative value (${v}) for unit "${unit}".`,
  indexRange: (v: number) => `An index value of ${v} is outside 0–1.`,
  rangeHint: () => 'Check the unit and the scale of the value.',
  percentAsFraction: (indicator: string, n: number, max: number) =>
    `Every value of percent series "${indicator}" is ≤ 1 (${n} values, max ${max}): probably fractions from percent-formatted cells.`,
  percentAsFractionHint: () => 'Multiply by 100, or fix the unit if the indicator really is a fraction.',
  futureYear: (year: number, ref: number) => `Year ${year} is after the reference year ${ref} and the value is not flagged as a forecast (F).`,
  futureYearHint: () => 'Flag forecasts with status F, or fix the year (--reference-year sets the reference).',
  obsStatus: (code: string) => `"${code}" is not an SDMX CL_OBS_STATUS code.`,
  obsStatusHint: () => 'Use A, B, D, E, F, G, H, I, J, L, M, N, O, P, Q, S, U or V.',
  nature: (code: string) => `"${code}" is not a UN SDG Nature code.`,
  natureHint: () => 'Use C, CA, E, G, M or N.',
  action: (code: string) => `"${code}" is not an SDMX-CSV ACTION (I, A, R, D).`,
  duplicateRow: (line: number) => `The same observation as line ${line} (same value).`,
  duplicateConflict: (line: number) => `The same observation key as line ${line} with a different value.`,
  duplicateHint: () => 'Keep one row per country, indicator and period (and dimensions).',
  yoyJump: (from: number, to: number, y0: number, y1: number, z: string) =>
    `Year-on-year change ${y0}→${y1} from ${from} to ${to} is far outside this series (robust z = ${z}).`,
  yoyJumpHint: () => 'Check the value; flag a real break in the series with status B.',
  coverageGap: (area: string, indicator: string, years: string, count: number, more: boolean) =>
    `Series ${area} × ${indicator} has no value for ${years}${more ? `… (${count} years)` : ''}.`,
  censored: (value: string) => `Censored value "${value}": the qualifier was kept and the number checked.`,
  formulaWithoutValue: (formula: string) => `Formula "${formula}" has no cached value.`,
  formulaWithoutValueHint: () => 'Open the workbook in a spreadsheet application, recalculate and save it.',
  percentFormat: (v: number) => `Cell is percent-formatted: the stored value is ${v}.`,
  percentFormatHint: () => 'Values are fractions (0.5 = 50%): check the unit.',
  numberAsText: (v: string) => `Number "${v}" is stored as text.`,
  numberAsTextHint: () => 'Convert the cell to a number.',
  dateSerial: (v: number) => `A date-formatted cell holds the serial number ${v}.`,
  dateSerialHint: () => 'Store dates as ISO text (YYYY-MM-DD) or years as numbers.',
  zipLimit: (what: string) => `The archive exceeds a limit: ${what}.`,
  zipLimitHint: () => 'Raise the zip limits only for trusted archives.',
  zipEmpty: () => 'The archive contains no data file that can be validated.',
  zipSkipped: (name: string) => `Member "${name}" is not a data file and was skipped.`,
  planJson: (detail: string) => `Not valid JSON: ${detail}.`,
  planSchema: (pointer: string, detail: string) => `${pointer}: ${detail}`,
  refIndicator: (code: string) => `Indicator "${code}" is not in the catalogue.`,
  containerHint: () => 'Validate the archive itself: it is unpacked when its name ends in .zip or .xlsx.',
  zipContainerHint: () => 'Rename the file to .zip (its members were validated).',
  unicodeBomHint: () => 'Prefer UTF-8 without BOM.',
  legacyEncodingHint: () => 'Prefer UTF-8.',
  missingFieldHint: () => 'Add the column, or set fieldsMatch to "subset" or "partial".',
  extraFieldHint: () => 'Add the field to the schema, or set fieldsMatch to "superset" or "partial".',
  fieldOrder: (name: string) => `Column "${name}" is out of the schema order (fieldsMatch "exact").`,
  fieldOrderHint: () => 'Reorder the columns, or set fieldsMatch to "equal".',
  foreignKeyHint: (list: string) => `Use a code from ${list}.`,
  uniqueHint: () => 'Values of this field must be unique.',
  actionHint: () => 'Use I (information), A (append), R (replace) or D (delete).',
  timePeriodHint: () => 'Expected an SDMX time period such as 2021, 2021-Q1, 2021-M03 or 2021-03.',
  noHeaderHint: () => 'The file has no header and no data.',
  noDataRowsHint: () => 'Export the data rows too.',
  jsonUtf8Hint: () => 'JSON documents must be UTF-8.',
  planJsonHint: () => 'Fix the JSON syntax at this position.',
  planSchemaHint: () => 'Add the property.',
  zipEmptyHint: () => 'Put CSV, TSV, XLSX or JSON files in the archive.',
  // why a cell failed its type (hints of schema/type-error)
  stringFormatHint: (format: string) => `Expected a string of format "${format}".`,
  missingMarkerHint: (value: string) => `"${value}" looks like a missing-value marker: declare it in missingValues (e.g. --missing "${value}")`,
  hexNumberHint: () => 'Hexadecimal numbers are not allowed: write the decimal value.',
  binaryNumberHint: () => 'Binary numbers are not allowed: write the decimal value.',
  digitSeparatorHint: () => 'Digit separators "_" are not allowed: remove them.',
  nonAsciiDigitsHint: () => 'Non-ASCII digits are not allowed: use 0–9.',
  spaceGroupsHint: () => 'Spaces used as thousands separators: pass --group-char " " (or remove them).',
  commaDecimalHint: () => 'Looks like a decimal comma: pass --decimal-char , (or write a decimal point).',
  commaGroupsHint: () => 'Commas used as thousands separators: pass --group-char , (or remove them).',
  pointDecimalHint: () => 'A decimal point in a file declared with --decimal-char ,',
  numberSymbolsHint: () => 'Units or symbols around the number: remove them, or set bareNumber: false.',
  numberSpacesHint: () => 'Spaces inside the number: remove them.',
  overflowHint: () => 'The value overflows a 64-bit float.',
  finiteHint: () => 'Indicator values must be finite: leave the cell empty for a missing value.',
  integerDecimalHint: () => 'An integer must not have a decimal part (e.g. "2021.0").',
  yearDecimalHint: () => 'A year must not have a decimal part ("2021.0" is a spreadsheet float): write 2021.',
  yearRangeHint: () => 'A year range is not a year: split it, or use the end year and a note.',
  yearSignHint: () => 'A year has no "+" sign (XSD gYear).',
  yearHint: () => 'Expected a year like 2021 (XSD gYear).',
  booleanHint: (values: string) => `Expected one of ${values}.`,
  isoTemporalHint: (type: string) => `Expected a ${type} in ISO 8601 form.`,
  isoDateHint: () => 'Expected a date in ISO 8601 form, e.g. 2024-03-31.',
  formatTemporalHint: (type: string, format: string) => `Expected a ${type} in format "${format}".`,
  formatDateHint: (format: string) => `Expected a date in format "${format}", e.g. 2024-03-31.`,
  yearMonthHint: () => 'Expected a year and month like 2024-03.',
  durationHint: () => 'Expected an ISO 8601 duration like P1Y2M or PT30M.',
  jsonArrayHint: () => 'Expected a JSON array.',
  jsonObjectHint: () => 'Expected a JSON object.',
  geojsonHint: () => 'Expected a JSON GeoJSON object.',
  listItemHint: (item: string, type: string) => `List item "${item}" is not a ${type}.`,
  geopointHint: () => 'Expected a geopoint "lon, lat" with lon in −180…180 and lat in −90…90.',
  // how to fix an area code (hints of ind/country-code and sdg/m49-code)
  geoAreaCodeHint: () => 'GeoAreaCode must be a numeric UN M49 code (KAZ is 398).',
  upperCaseCodeHint: (code: string) => `Use upper case: "${code}".`,
  alpha2CodeHint: (code: string, alpha3: string) => `"${code}" is an alpha-2 code: use the alpha-3 code "${alpha3}".`,
  numericCodeHint: (code: string, alpha3: string) => `"${code}" is the M49/ISO numeric code of ${alpha3}: use "${alpha3}".`,
  regionCodeHint: (code: string) => `"${code}" is an M49 region code: map it to an aggregate code.`,
  didYouMeanHint: (codes: string) => `Did you mean ${codes}?`,
  alpha3CodeHint: () => 'Use an ISO 3166-1 alpha-3 code, or allow the aggregate with --aggregates.',
} as const;

/** Formats one finding text from its stable id and params; return undefined to keep the built-in English. */
export type MessageFormatter = (id: string, params: Readonly<Record<string, unknown>>) => string | undefined;

/** The id and params of one text produced by `msg`, recorded while a kept finding is built. */
export type TextRef = { readonly id: string; readonly params: Readonly<Record<string, unknown>> };

/** Texts produced since the last `startRecording()`, keyed by the English text (only kept samples are built). */
let recorded: Map<string, TextRef> | null = null;

export const startRecording = (): void => {
  recorded = new Map();
};

/** The id and params of an English text built since `startRecording()`; stops recording. */
export const stopRecording = (): Map<string, TextRef> | null => {
  const r = recorded;
  recorded = null;
  return r;
};

/** Stable id of a text: `validation.finding.<name>` for messages, `validation.hint.<name>` for hints. */
export const textId = (name: string): string =>
  name.endsWith('Hint') ? `validation.hint.${name.slice(0, -'Hint'.length)}` : `validation.finding.${name}`;

const wrap = <T extends Record<string, (...args: never[]) => string>>(table: T): T => {
  const out: Record<string, (...args: unknown[]) => string> = {};
  for (const [name, fn] of Object.entries(table)) {
    const id = textId(name);
    out[name] = (...args: unknown[]) => {
      const text = (fn as (...a: unknown[]) => string)(...args);
      if (recorded) {
        const params: Record<string, unknown> = {};
        args.forEach((a, i) => {
          // numbers as written by JS (no digit grouping), so that the catalogue renders them exactly as the English
          params[String(i)] = a === undefined ? null : typeof a === 'number' ? String(a) : a;
        });
        recorded.set(text, { id, params });
      }
      return text;
    };
  }
  return out as unknown as T;
};

/** The built-in English texts; each call is recorded with its id and params while a finding is built. */
export const msg = wrap(english);

