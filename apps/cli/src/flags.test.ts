import { createTranslator, getMessages } from '@dsc/i18n';
import { describe, expect, it } from 'vitest';
import { CliError } from './cli-error.js';
import { dateFlag, datesFlag, isIsoDate, isOneOf, parseWeekdays, unknownValue, weekdaysFlag } from './flags.js';

const { t } = createTranslator('en', getMessages('en'));

/** The usage error a call throws, as its message and hint. */
function usageError(f: () => unknown): { message: string; hint: string | undefined } {
  try {
    f();
  } catch (e) {
    if (e instanceof CliError && e.kind === 'usage') return { message: e.message, hint: e.hint };
    throw e;
  }
  throw new Error('no error thrown');
}

describe('option values', () => {
  it('checks a value against its choices', () => {
    expect(isOneOf('json', ['text', 'json'])).toBe(true);
    expect(isOneOf('xml', ['text', 'json'])).toBe(false);
    expect(isOneOf(1, ['1'])).toBe(false);
    const e = unknownValue(t, '--format', 'xml', ['text', 'json']);
    expect([e.kind, e.message, e.hint]).toEqual(['usage', 'unknown --format "xml"', 'Use one of: text, json.']);
  });

  it('reads ISO weekdays as ranges and lists', () => {
    expect(parseWeekdays('1-5')).toEqual([1, 2, 3, 4, 5]);
    expect(parseWeekdays('6, 1-2,1')).toEqual([1, 2, 6]);
    for (const bad of ['0-5', '5-1', '1-8', 'mon', '1,,2', '']) expect(parseWeekdays(bad), bad).toBeUndefined();
    expect(weekdaysFlag(t, 7)).toEqual([7]);
    expect(usageError(() => weekdaysFlag(t, 'mon-fri')).message).toBe('--working-days "mon-fri" is not a list of ISO weekdays');
  });

  it('reads calendar dates written YYYY-MM-DD', () => {
    expect(isIsoDate('2027-01-04')).toBe(true);
    for (const bad of ['04.01.2027', '2027-1-4', '2027-13-01', '2027-01-32']) expect(isIsoDate(bad), bad).toBe(false);
    expect(dateFlag(t, '--start', '2027-01-04')).toBe('2027-01-04');
    expect(usageError(() => dateFlag(t, '--today', 20270104))).toEqual({ message: '--today "20270104" is not a date', hint: 'Use YYYY-MM-DD.' });
    expect(datesFlag(t, undefined)).toEqual([]);
    expect(datesFlag(t, ' 2027-01-01, ,2027-03-08 ')).toEqual(['2027-01-01', '2027-03-08']);
    expect(usageError(() => datesFlag(t, '2027-01-01,8 March')).message).toBe('--holidays: "8 March" is not a date');
  });
});
