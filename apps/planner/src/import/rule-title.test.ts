import { createTranslator, getMessages } from '@dsc/i18n';
import { RULES, renderHint, renderMessage, validateText } from '@dsc/validation';
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

describe('finding texts in the interface language', () => {
  const [f] = validateText(new TextEncoder().encode('iso3,indicator,year,value\nKAZ,EGDI,2024\n'), { file: 'r.csv' }).findings.filter((x) => x.ruleId === 'csv/ragged-row');

  it('renders a finding and its hint in Kazakh from its code and params', () => {
    const kk = createTranslator('kk', getMessages('kk'));
    const t = kk.t;
    expect(f).toBeDefined();
    if (!f) return;
    expect(renderMessage(f, t)).toBe('Жолда 3 өріс бар, ал тақырыпта — 4.');
    expect(f.hint && renderHint(f.hint, t)).toContain('Өріс немесе бөлгіш жоқ');
  });

  it('renders the same finding in English by default and in Russian', () => {
    expect(f && renderMessage(f)).toBe('The row has 3 fields, the header has 4.');
    expect(f && renderMessage(f, createTranslator('ru', getMessages('ru')).t)).toBe('В строке 3 поля, в заголовке — 4.');
  });
});
