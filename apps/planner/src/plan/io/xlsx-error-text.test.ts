import { createTranslator, getMessages } from '@dsc/i18n';
import { describe, expect, it } from 'vitest';
import { xlsxImportErrorText } from './xlsx-error-text.js';

const t = (locale: 'en' | 'ru' | 'kk') => createTranslator(locale, getMessages(locale)).t;

describe('xlsxImportErrorText', () => {
  it('renders what was expected and found from the error data, in each language', () => {
    const amount = { code: 'xlsx_bad_cell', sheet: 'Budget', cell: 'Budget!I2', expected: { what: 'amount' }, found: { what: 'number', value: '-5' } } as const;
    expect(xlsxImportErrorText(amount, 'p.xlsx', t('en'))).toBe('cell Budget!I2: expected an amount of zero or more, found -5.');
    expect(xlsxImportErrorText(amount, 'p.xlsx', t('ru'))).toBe('ячейка Budget!I2: ожидалось сумма не меньше нуля, найдено -5.');
    expect(xlsxImportErrorText(amount, 'p.xlsx', t('kk'))).toContain('нөлден кем емес сома');
    const currency = { code: 'xlsx_bad_cell', sheet: 'Budget', cell: 'Budget!J2', expected: { what: 'currency' }, found: { what: 'value', value: 'XYZ' } } as const;
    expect(xlsxImportErrorText(currency, 'p.xlsx', t('en'))).toBe('cell Budget!J2: expected an ISO 4217 currency code such as USD or KZT, found "XYZ".');
    const sheet = { code: 'xlsx_missing_sheet', sheet: 'Risks', cell: 'Risks!A1', expected: { what: 'sheet', name: 'Risks' }, found: { what: 'sheets', value: 'Schedule, Plan' } } as const;
    expect(xlsxImportErrorText(sheet, 'p.xlsx', t('ru'))).toBe('ячейка Risks!A1: ожидалось лист с именем «Risks», найдено листы Schedule, Plan.');
    const limit = { code: 'xlsx_limit', sheet: 'xl/worksheets/sheet1.xml', cell: '', expected: { what: 'at_most', max: 1048576 }, found: { what: 'number', value: '900000000' }, limit: 'rows' } as const;
    expect(xlsxImportErrorText(limit, 'big.xlsx', t('en'))).toMatch(/^cell big\.xlsx: expected at most 1,048,576, found 900000000\.$/);
  });
});
