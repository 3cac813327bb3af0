import type { Translator } from '@dsc/i18n';
import type { CsvIssue } from '@dsc/indicators';

/** The values a COINr `Type` cell may hold: file tokens, the same in every language. */
const TYPES = 'Indicator | Aggregate | Group | Denominator | Other';

/**
 * The text of a CSV issue of @dsc/indicators in the translator's language: what is wrong, what was expected
 * (when the issue says) and what to do (when there is more to say than "fix the file at that position").
 */
export function csvIssueText(issue: CsvIssue, t: Translator['t']): { message: string; expected?: string; hint?: string } {
  switch (issue.code) {
    case 'unterminated_quote':
      return { message: t('indicators.csv.unterminatedQuote'), hint: t('indicators.csv.unterminatedQuoteHint') };
    case 'text_after_quote':
      return { message: t('indicators.csv.textAfterQuote'), hint: t('indicators.csv.textAfterQuoteHint') };
    case 'empty_file':
      return { message: t('indicators.csv.emptyFile') };
    case 'field_count':
      return {
        message: t('indicators.csv.fieldCount', { found: issue.found, header: issue.header }),
        expected: t('indicators.csv.expectedFields', { header: issue.header }),
      };
    case 'duplicate_column':
      return { message: t('indicators.csv.duplicateColumn', { column: issue.field }) };
    case 'missing_column':
      if (issue.table === 'iMeta')
        return { message: t('indicators.csv.metaColumn', { column: issue.field }), hint: t('indicators.csv.metaColumnHint') };
      return { message: t(issue.table === 'iData' ? 'indicators.csv.dataColumn' : 'indicators.csv.denominatorColumn', { column: issue.field }) };
    case 'missing_indicator_column':
      return { message: t('indicators.csv.indicatorColumn', { code: issue.field }) };
    case 'missing_value':
      return { message: t('indicators.csv.emptyCode', { column: issue.field }) };
    case 'missing_level':
      return { message: t('indicators.csv.needsLevel', { code: issue.indicator }) };
    case 'invalid_type':
      return { message: t('indicators.csv.unknownType', { type: issue.value, code: issue.indicator }), expected: TYPES };
    case 'invalid_direction':
      return { message: t('indicators.csv.invalidDirection', { code: issue.indicator }), expected: t('indicators.csv.expectedDirection') };
    case 'meta_not_a_number':
      return {
        message: t('indicators.csv.metaNotANumber', { column: issue.field, code: issue.indicator }),
        expected: t('indicators.csv.expectedNumberOrNa'),
      };
    case 'time_not_a_number':
      return { message: t('indicators.csv.timeNotANumber'), expected: t('indicators.csv.expectedYear') };
    case 'not_a_number':
      return {
        message: t('indicators.csv.valueNotANumber', { code: issue.field, unit: issue.unit }),
        expected: t('indicators.csv.expectedNumberOrNa'),
      };
    case 'unknown_column':
      return { message: t('indicators.csv.unknownColumn', { column: issue.field }), hint: t('indicators.csv.unknownColumnHint') };
    case 'duplicate_unit':
      return {
        message:
          issue.time === undefined
            ? t('indicators.csv.duplicateUnit', { unit: issue.value })
            : t('indicators.csv.duplicateUnitAt', { unit: issue.value, time: String(issue.time) }),
      };
  }
}
