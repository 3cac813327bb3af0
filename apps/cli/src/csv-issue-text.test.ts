import { createTranslator, getMessages } from '@dsc/i18n';
import type { CsvIssue } from '@dsc/indicators';
import { describe, expect, it } from 'vitest';
import { csvIssueText } from './csv-issue-text.js';

const at = { file: 'iMeta.csv', line: 3, column: 9 } as const;

describe('csvIssueText', () => {
  const en = createTranslator('en', getMessages('en')).t;
  const ru = createTranslator('ru', getMessages('ru')).t;

  it.each<[CsvIssue, ReturnType<typeof csvIssueText>]>([
    [{ ...at, code: 'invalid_direction', field: 'Direction', value: '2', indicator: 'Y' }, { message: 'Direction of "Y" must be 1 or -1', expected: '1 or -1' }],
    [{ ...at, code: 'field_count', found: 3, header: 4 }, { message: 'Record has 3 fields; the header has 4', expected: '4 fields' }],
    [{ ...at, code: 'duplicate_unit', field: 'uCode', value: 'AAA', time: 2020 }, { message: 'Unit "AAA" appears twice for 2020' }],
    [{ ...at, code: 'duplicate_unit', field: 'uCode', value: 'AAA' }, { message: 'Unit "AAA" appears twice' }],
    [{ ...at, code: 'missing_column', table: 'iMeta', field: 'iCode' }, { message: 'iMeta needs a column "iCode"', hint: 'See the COINr iMeta format' }],
    [{ ...at, code: 'missing_column', table: 'denominators', field: 'uCode' }, { message: 'The denominator table needs a column "uCode"' }],
    [{ ...at, code: 'missing_indicator_column', field: 'X' }, { message: 'No column for indicator "X"' }],
    [{ ...at, code: 'time_not_a_number', field: 'Time', value: 'x' }, { message: 'Time is not a number', expected: 'a year' }],
  ])('%o in English', (issue, text) => {
    expect(csvIssueText(issue, en)).toEqual(text);
  });

  it('speaks the reader’s language', () => {
    expect(csvIssueText({ ...at, code: 'invalid_direction', field: 'Direction', value: '2', indicator: 'Y' }, ru).expected).toBe('1 или -1');
  });
});
