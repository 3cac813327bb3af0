import { afterEach, describe, expect, it } from 'vitest';
import { setKazakhIntlMode } from './format/kk-support.js';
import { getMessages } from './catalogs.js';
import { loadMessages } from './load.js';
import { createTranslator } from './translator.js';

const ru = createTranslator('ru', getMessages('ru'));
const kk = createTranslator('kk', getMessages('kk'));
const en = createTranslator('en', getMessages('en'));
const NBSP = '\u00a0';

describe('Russian plurals', () => {
  it.each([
    [0, '0 показателей'],
    [1, '1 показатель'],
    [2, '2 показателя'],
    [5, '5 показателей'],
    [11, '11 показателей'],
    [21, '21 показатель'],
    [22, '22 показателя'],
    [25, '25 показателей'],
    [111, '111 показателей'],
    [1001, `1${NBSP}001 показатель`],
  ])('%d → %s', (count, expected) => {
    expect(ru.t('common.count.indicators', { count })).toBe(expected);
  });

  it('uses "other" for fractions, with a decimal comma', () => {
    expect(ru.t('common.count.indicators', { count: 1.5 })).toBe('1,5 показателя');
    expect(ru.t('common.count.indicators', { count: 0.5 })).toBe('0,5 показателя');
    expect(ru.t('common.duration.years', { count: 2.5 })).toBe('2,5 года');
    expect(ru.t('common.duration.years', { count: 5 })).toBe('5 лет');
  });
});

describe('Kazakh plurals', () => {
  it.each([
    [0, '0 көрсеткіш'],
    [1, '1 көрсеткіш'],
    [2, '2 көрсеткіш'],
    [5, '5 көрсеткіш'],
    [21, '21 көрсеткіш'],
    [1.5, '1,5 көрсеткіш'],
    [12345, `12${NBSP}345 көрсеткіш`],
  ])('%d → %s (nouns stay singular)', (count, expected) => {
    expect(kk.t('common.count.indicators', { count })).toBe(expected);
  });
});

describe('English', () => {
  it('distinguishes one and other', () => {
    expect(en.t('common.count.countries', { count: 1 })).toBe('1 country');
    expect(en.t('common.count.countries', { count: 8 })).toBe('8 countries');
    expect(en.t('common.count.countries', { count: 1234 })).toBe('1,234 countries');
  });
  it('formats messages without values', () => {
    expect(en.t('common.action.save')).toBe('Save');
  });
});

describe('kk-Latn display variant', () => {
  it('transliterates Kazakh output to the 2021 Latin alphabet', () => {
    const latin = createTranslator('kk-Latn', getMessages('kk'));
    expect(latin.locale).toBe('kk');
    expect(latin.t('roadmap.title')).toBe('Jol kartasy');
    expect(latin.t('common.count.indicators', { count: 3 })).toBe('3 körsetkış');
  });
});

describe('errors and loading', () => {
  it('throws a clear error for a key missing from a catalogue', () => {
    const partial = createTranslator('en', { ...getMessages('en'), 'common.action.save': undefined } as unknown as ReturnType<
      typeof getMessages
    >);
    expect(() => partial.t('common.action.save')).toThrow(/no message "common.action.save" in the en catalogue/);
  });
  it('loads a locale lazily and returns the same catalogue', async () => {
    expect(await loadMessages('kk')).toEqual(getMessages('kk'));
    expect(await loadMessages('ru')).toEqual(getMessages('ru'));
  });
});

describe('Kazakh numbers inside messages without Kazakh ICU data (as in Chromium)', () => {
  afterEach(() => setKazakhIntlMode('auto'));
  it('formats # with Kazakh separators, not root data', () => {
    setKazakhIntlMode('fallback');
    const fallback = createTranslator('kk', getMessages('kk'));
    expect(fallback.t('common.count.indicators', { count: 12345.5 })).toBe(`12${NBSP}345,5 көрсеткіш`);
  });
});
