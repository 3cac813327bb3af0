/**
 * What a finding says, as data: a message `code` with named `params`, and a fix hint the same way. The texts are
 * in @dsc/i18n (`validation.finding.<code>`, `validation.hint.<code>`, ICU with the same named placeholders) and
 * are produced only when a finding is rendered (`render.ts`), in the reader's language.
 */

/** A layout id (`Layout`) as an ICU select key. */
export type LayoutCode = 'long' | 'wdi_wide' | 'sdmx_csv_1' | 'sdmx_csv_2' | 'sdg_long' | 'table';

/** A column an indicator layout needs (`validation.role.<role>`). */
export type LayoutRole = 'country' | 'indicator' | 'year' | 'value';

/** The plan arrays whose elements have ids unique within their kind (`validation.collection.<name>`). */
export type PlanCollection = 'activities' | 'phases' | 'results' | 'kpis' | 'risks' | 'budget' | 'funding' | 'scenarios' | 'organisations' | 'calendars';

/** An issue of a document schema, as data: its code and named values. */
export type SchemaIssue = { readonly issue: string; readonly params: Readonly<Record<string, string | number | boolean>> };

/** A JSON syntax error (jsonc-parser's `ParseErrorCode`, in snake case). */
export type JsonSyntaxError =
  | 'invalid_symbol'
  | 'invalid_number_format'
  | 'property_name_expected'
  | 'value_expected'
  | 'colon_expected'
  | 'comma_expected'
  | 'close_brace_expected'
  | 'close_bracket_expected'
  | 'end_of_file_expected'
  | 'invalid_comment_token'
  | 'unexpected_end_of_comment'
  | 'unexpected_end_of_string'
  | 'unexpected_end_of_number'
  | 'invalid_unicode'
  | 'invalid_escape_character'
  | 'invalid_character';

/** The params of every finding message, by code. */
export type MessageParams = {
  readonly utf8_bom: Record<never, never>;
  readonly unicode_bom: { readonly encoding: string; readonly bom: boolean };
  readonly legacy_encoding: { readonly encoding: string };
  readonly invalid_utf8: { readonly hex: string; readonly offset: number; readonly more: number };
  readonly nul_byte: Record<never, never>;
  readonly binary_file: { readonly count: number };
  readonly invisible: { readonly char: string };
  readonly mixed_script: { readonly latin: string };
  readonly empty_file: Record<never, never>;
  readonly no_data_rows: { readonly rows: number; readonly min: number };
  /** Delimiter, quote, decimal and group characters as JSON strings (a tab shows as "\t"); group null when none. */
  readonly dialect: {
    readonly delimiter: string;
    readonly source: 'sep_line' | 'sniffed' | 'given' | 'default';
    readonly quote: string;
    readonly decimal: string;
    readonly group: string | null;
    readonly encoding: string;
  };
  /** The layout id in snake case; `years` counts the year columns of a WDI wide file. */
  readonly layout: { readonly layout: LayoutCode; readonly years: number; readonly labelsBoth: boolean };
  readonly decimal_comma: { readonly sample: string };
  readonly ragged_row: { readonly expected: number; readonly fields: number };
  readonly mixed_endings: { readonly found: string; readonly first: string };
  readonly unclosed_quote: { readonly reason: 'eof' | 'too-large' };
  readonly stray_quote: Record<never, never>;
  readonly blank_header: { readonly column: number };
  readonly duplicate_header: { readonly name: string; readonly firstColumn: number };
  readonly padded_header: { readonly name: string };
  readonly blank_row: Record<never, never>;
  readonly field_too_large: { readonly size: number; readonly max: number };
  readonly line_too_long: { readonly size: number; readonly max: number };
  readonly container: { readonly kind: string };
  readonly unknown_layout: { readonly missing: readonly LayoutRole[]; readonly count: number };
  /** The header cells and, per layout, the columns that would have been recognised (`long: iso3, indicator, year, value`). */
  readonly unrecognised_header: { readonly found: readonly string[]; readonly expected: readonly string[] };
  readonly package_json: { readonly detail: string };
  readonly package_schema: { readonly pointer: string; readonly detail: string };
  readonly package_file: { readonly pointer: string; readonly path: string };
  readonly resource_path: { readonly resource: string; readonly path: string; readonly reason: 'absolute' | 'escape' | 'url' };
  readonly resource_skipped: { readonly resource: string; readonly reason: 'inline' | 'format' };
  readonly type_error: { readonly type: string; readonly value: string };
  readonly non_finite: { readonly value: string };
  readonly whitespace: Record<never, never>;
  readonly leading_zero: { readonly value: string };
  readonly required: { readonly field: string };
  readonly unique: { readonly field: string; readonly line: number };
  readonly min_length: { readonly limit: number };
  readonly max_length: { readonly limit: number };
  readonly minimum: { readonly limit: string | number };
  readonly maximum: { readonly limit: string | number };
  readonly pattern: { readonly pattern: string };
  readonly enum: { readonly values: string };
  readonly missing_field: { readonly name: string };
  readonly extra_field: { readonly name: string };
  readonly primary_key: { readonly fields: string; readonly line: number; readonly differs: boolean };
  readonly unique_key: { readonly fields: string; readonly line: number };
  readonly foreign_key: { readonly value: string; readonly list: string };
  readonly formula: { readonly value: string };
  readonly country_code: { readonly code: string };
  readonly m49_code: { readonly code: string };
  /** A World Bank code that is not ISO 3166-1 (XKX Kosovo, CHI Channel Islands): the message names the area by its code. */
  readonly wb_code: { readonly code: string };
  readonly unknown_indicator: { readonly code: string };
  readonly percent_range: { readonly value: number };
  readonly per100_range: { readonly value: number };
  readonly per100_high: { readonly value: number };
  readonly negative: { readonly value: number; readonly unit: string };
  readonly index_range: { readonly value: number };
  readonly percent_as_fraction: { readonly indicator: string; readonly count: number; readonly max: number };
  readonly future_year: { readonly year: number; readonly reference: number };
  readonly obs_status: { readonly code: string };
  readonly nature: { readonly code: string };
  readonly action: { readonly code: string };
  readonly duplicate_row: { readonly line: number };
  readonly duplicate_conflict: { readonly line: number };
  readonly yoy_jump: { readonly from: number; readonly to: number; readonly fromYear: number; readonly toYear: number; readonly z: string };
  readonly coverage_gap: { readonly area: string; readonly indicator: string; readonly years: string; readonly count: number; readonly more: boolean };
  readonly censored: { readonly value: string };
  readonly formula_without_value: { readonly formula: string };
  readonly percent_format: { readonly value: number };
  readonly number_as_text: { readonly value: string };
  readonly date_serial: { readonly value: number };
  /** The limit an archive exceeds: `entries` or `total_bytes` (`value` > `max`), or one `member` over the expansion `ratio`. */
  readonly zip_limit: { readonly what: 'entries' | 'total_bytes' | 'ratio'; readonly value: number; readonly max: number; readonly member: string };
  readonly xlsx_limit: { readonly limit: string; readonly value: number; readonly max: number; readonly part: string };
  readonly zip_empty: Record<never, never>;
  readonly zip_skipped: { readonly name: string };
  readonly plan_json: { readonly error: JsonSyntaxError };
  readonly json_too_deep: { readonly max: number };
  /**
   * A document schema issue at `pointer`: `detail` is the zod issue code (`invalid_type`, `too_small`, `custom`…) or
   * document error code (`missing_kind`…) with its named values (from @dsc/domain's `DocumentIssue`), rendered as text
   * in the reader's language; `missing` names the property when it is absent.
   */
  readonly plan_schema: { readonly pointer: string; readonly detail: SchemaIssue; readonly missing: string | null };
  readonly plan_not_object: { readonly found: string };
  readonly plan_duplicate_id: { readonly id: string; readonly collection: PlanCollection; readonly pointer: string; readonly firstPointer: string; readonly firstLine: number; readonly firstColumn: number };
  readonly plan_xml_char: { readonly pointer: string; readonly codepoint: string };
  readonly ref_indicator: { readonly code: string };
  readonly field_order: { readonly name: string };
};

/** The params of every fix hint, by code. */
export type HintParams = {
  readonly invalid_utf8: { readonly best: string | null; readonly preview: string | null; readonly candidates: string | null };
  readonly binary: Record<never, never>;
  readonly invisible: Record<never, never>;
  readonly mixed_script: { readonly latin: string };
  readonly empty_file: Record<never, never>;
  readonly decimal_comma: Record<never, never>;
  readonly ragged: { readonly short: boolean };
  readonly mixed_endings: Record<never, never>;
  readonly unclosed_quote: Record<never, never>;
  readonly stray_quote: Record<never, never>;
  readonly blank_header: Record<never, never>;
  readonly duplicate_header: Record<never, never>;
  readonly padded_header: Record<never, never>;
  readonly blank_row: Record<never, never>;
  readonly size: Record<never, never>;
  readonly unknown_layout: Record<never, never>;
  readonly unrecognised_header: Record<never, never>;
  readonly package_descriptor: Record<never, never>;
  readonly resource_path: Record<never, never>;
  readonly whitespace: Record<never, never>;
  readonly leading_zero: Record<never, never>;
  readonly required: Record<never, never>;
  readonly formula: Record<never, never>;
  readonly wb_code: Record<never, never>;
  readonly unknown_indicator: Record<never, never>;
  readonly range: Record<never, never>;
  readonly percent_as_fraction: Record<never, never>;
  readonly future_year: Record<never, never>;
  readonly obs_status: Record<never, never>;
  readonly nature: Record<never, never>;
  readonly duplicate: Record<never, never>;
  readonly yoy_jump: Record<never, never>;
  readonly formula_without_value: Record<never, never>;
  readonly percent_format: Record<never, never>;
  readonly number_as_text: Record<never, never>;
  readonly date_serial: Record<never, never>;
  readonly zip_limit: Record<never, never>;
  readonly xlsx_limit: Record<never, never>;
  readonly container: Record<never, never>;
  readonly zip_container: Record<never, never>;
  readonly unicode_bom: Record<never, never>;
  readonly legacy_encoding: Record<never, never>;
  readonly missing_field: Record<never, never>;
  readonly extra_field: Record<never, never>;
  readonly field_order: Record<never, never>;
  readonly foreign_key: { readonly list: string };
  readonly unique: Record<never, never>;
  readonly action: Record<never, never>;
  readonly time_period: Record<never, never>;
  readonly no_header: Record<never, never>;
  readonly no_data_rows: Record<never, never>;
  readonly json_utf8: Record<never, never>;
  readonly plan_json: Record<never, never>;
  readonly json_too_deep: Record<never, never>;
  readonly plan_schema: Record<never, never>;
  readonly plan_not_object: Record<never, never>;
  readonly plan_duplicate_id: Record<never, never>;
  readonly plan_xml_char: Record<never, never>;
  readonly zip_empty: Record<never, never>;
  readonly string_format: { readonly format: string };
  readonly missing_marker: { readonly value: string };
  readonly hex_number: Record<never, never>;
  readonly binary_number: Record<never, never>;
  readonly digit_separator: Record<never, never>;
  readonly non_ascii_digits: Record<never, never>;
  readonly space_groups: Record<never, never>;
  readonly comma_decimal: Record<never, never>;
  readonly comma_groups: Record<never, never>;
  readonly point_decimal: Record<never, never>;
  readonly number_symbols: Record<never, never>;
  readonly number_spaces: Record<never, never>;
  readonly overflow: Record<never, never>;
  readonly finite: Record<never, never>;
  readonly integer_decimal: Record<never, never>;
  readonly year_decimal: Record<never, never>;
  readonly year_range: Record<never, never>;
  readonly year_sign: Record<never, never>;
  readonly year: Record<never, never>;
  readonly boolean: { readonly values: string };
  readonly iso_temporal: { readonly type: string };
  readonly iso_date: Record<never, never>;
  readonly format_temporal: { readonly type: string; readonly format: string };
  readonly format_date: { readonly format: string };
  readonly year_month: Record<never, never>;
  readonly duration: Record<never, never>;
  readonly json_array: Record<never, never>;
  readonly json_object: Record<never, never>;
  readonly geojson: Record<never, never>;
  readonly list_item: { readonly item: string; readonly type: string };
  readonly geopoint: Record<never, never>;
  readonly geo_area_code: Record<never, never>;
  readonly upper_case_code: { readonly code: string };
  readonly alpha2_code: { readonly code: string; readonly alpha3: string };
  readonly numeric_code: { readonly code: string; readonly alpha3: string };
  readonly region_code: { readonly code: string };
  readonly did_you_mean: { readonly codes: string };
  readonly alpha3_code: Record<never, never>;
};

export type MessageCode = keyof MessageParams;
export type HintCode = keyof HintParams;

/** A finding's message: a union keyed by the literal `code`, with named params. */
export type FindingMessage = { [C in MessageCode]: { readonly code: C; readonly params: MessageParams[C] } }[MessageCode];

/** A finding's fix hint: a union keyed by the literal `code`, with named params. */
export type FindingHint = { [C in HintCode]: { readonly code: C; readonly params: HintParams[C] } }[HintCode];

/** The codes of the hints without params. */
type FixedHintCode = { [C in HintCode]: HintParams[C] extends Record<never, never> ? C : never }[HintCode];

/** A hint without params, as a shared function (casters and area checks set it per bad cell without allocating). */
export const fixedHint = (code: FixedHintCode): (() => FindingHint) => {
  const hint = { code, params: {} } as FindingHint;
  return () => hint;
};
