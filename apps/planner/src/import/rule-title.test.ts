import { createTranslator, getMessages } from '@dsc/i18n';
import { RULES, validateText } from '@dsc/validation';
import { describe, expect, it } from 'vitest';
import { findingText, ruleTitleKey } from './rule-title.js';

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

describe('findingText', () => {
  const [f] = validateText(new TextEncoder().encode('iso3,indicator,year,value\nKAZ,EGDI,2024\n'), { file: 'r.csv' }).findings.filter((x) => x.ruleId === 'csv/ragged-row');

  it('renders a finding and its hint in Kazakh from its id and params', () => {
    const kk = createTranslator('kk', getMessages('kk'));
    const t = kk.t;
    expect(f).toBeDefined();
    if (!f) return;
    expect(findingText(t, f.messageId, f.params, f.message)).toBe('Жолда 3 өріс бар, ал тақырыпта — 4.');
    expect(findingText(t, f.hintId, f.hintParams, f.hint ?? '')).toContain('Өріс немесе бөлгіш жоқ');
  });

  it('keeps the built-in English when the id is missing or not catalogued', () => {
    const ru = createTranslator('ru', getMessages('ru'));
    const t = ru.t;
    expect(findingText(t, undefined, undefined, 'English text.')).toBe('English text.');
    expect(findingText(t, 'validation.finding.notCatalogued', {}, 'English text.')).toBe('English text.');
  });
});
