import { getMessages } from '@dsc/i18n';
import { describe, expect, it } from 'vitest';
import { makeI18n } from './i18n-context.js';

describe('makeI18n', () => {
  it('formats Russian plurals and numbers', () => {
    const i = makeI18n('ru', getMessages('ru'));
    expect(i.t('planner.import.rows', { rows: 21 })).toBe('21 строка');
    expect(i.t('planner.import.rows', { rows: 5 })).toBe('5 строк');
    expect(i.fmt.number(1234.5).replace(/\u00a0/g, ' ')).toBe('1 234,5');
  });
  it('writes the Kazakh Latin variant from the Kazakh catalogue and data texts', () => {
    const i = makeI18n('kk-Latn', getMessages('kk'));
    expect(i.base).toBe('kk');
    expect(i.t('planner.nav.overview')).toBe('Öñırge şolu');
    expect(i.text({ en: 'Kazakhstan', kk: 'Қазақстан' })).toBe('Qazaqstan');
    expect(i.text({ en: 'Only English' })).toBe('Only English');
  });
  it('keeps Kazakh percent signs attached', () => {
    const i = makeI18n('kk', getMessages('kk'));
    expect(i.fmt.percent(87.6)).toBe('87,6%');
  });
});
