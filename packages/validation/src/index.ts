export type { RuleId, RuleInfo, RuleSeverity, SeverityOverride } from './rules.js';
export { RULES, isRuleId, ruleInfo } from './rules.js';
export type { Finding, FindingLocation } from './collector.js';
export type { FindingHint, FindingMessage, HintCode, HintParams, MessageCode, MessageParams } from './finding.js';
export type { Translate } from './render.js';
export { englishTranslate, renderFinding, renderHint, renderMessage } from './render.js';
export type { SupportedEncoding, EncodingLookup, Candidate } from './decode.js';
export { encodingNames, findInvalidUtf8, rankLegacyEncodings, resolveEncoding } from './decode.js';
export type { SniffedDialect } from './dialect.js';
export { sniffDialect } from './dialect.js';
export type { Layout, Role } from './layouts.js';
export { LAYOUTS } from './layouts.js';
export type { FieldType } from './table-schema.js';
export { FIELD_TYPES } from './table-schema.js';
export type { SchemaField, TableDialect, TableSchema, ValidateConfig } from './descriptors.js';
export type { CodeLists, IndicatorCatalogue, ValidateOptions } from './options.js';
export type { CoverageRow, FileResult, UnreadableCode } from './result.js';
export { emptyFileResult } from './result.js';
export type { Unreadable } from './unreadable.js';
export { ioError, renderUnreadable } from './unreadable.js';
export { StreamValidator, createValidator, sniffContainer, validateStream, validateText } from './validate.js';
export { escapeValue } from './text-checks.js';
export type { ExitStatus, ReportFormat, ReportOptions, SarifOptions } from './report.js';
export {
  EXIT,
  REPORT_FORMATS,
  atLeast,
  buildReport,
  exitStatus,
  formatGithub,
  formatJson,
  formatJunit,
  formatMarkdown,
  formatNdjsonFinding,
  formatNdjsonUnreadable,
  formatReport,
  formatSarif,
  formatText,
} from './report.js';
export type { ConfigError } from './config.js';
export { dialectOptions, parseRuleFlags } from './config.js';
export { ruleTitle } from './report-common.js';
export { catalogueFrom } from './catalogue.js';
export type { FileOptions, InputKind, ZipLimits } from './files.js';
export { detectKind, validateBytes } from './files.js';
export type { XlsxOptions } from './xlsx.js';
export { validateXlsx, xlsxSheetToCsv } from './xlsx.js';
export type { XlsxLimitExceeded, XlsxLimitName, XlsxLimits } from './xlsx-limits.js';
export { XLSX_LIMITS } from './xlsx-limits.js';
