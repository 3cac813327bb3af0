import { getMessages } from '@dsc/i18n';
import { RULES } from '@dsc/validation';
import { describe, expect, it } from 'vitest';
import { ruleTitleKey } from './rule-title.js';

describe('ruleTitleKey', () => {
  it('maps a rule id to its catalogue key', () => {
    expect(ruleTitleKey('csv/ragged-row')).toBe('validation.rule.csv.raggedRow');
    expect(ruleTitleKey('enc/invalid-utf8')).toBe('validation.rule.enc.invalidUtf8');
  });

  it('every validation rule has a title in en, ru and kk', () => {
    for (const locale of ['en', 'ru', 'kk'] as const) {
      const messages = getMessages(locale) as Readonly<Record<string, string>>;
      for (const rule of RULES) expect(messages[ruleTitleKey(rule.id)], `${locale} ${rule.id}`).toBeTruthy();
    }
  });
});
