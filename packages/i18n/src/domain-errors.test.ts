import type { DocumentError } from '@dsc/domain';
import { customIssueCodes, documentErrorCodes, documentKinds, parseDocumentOf } from '@dsc/domain';
import { describe, expect, it } from 'vitest';
import { getMessages } from './catalogs.js';
import { displayLocaleName, documentIssueText, documentKindName, formatDocumentError, formatDocumentIssue } from './domain-errors.js';
import { createTranslator } from './translator.js';
import { supportedLocales } from './types.js';

const samples: { [C in DocumentError['code']]: Extract<DocumentError, { code: C }> } = {
  not_an_object: { code: 'not_an_object', pointer: '' },
  missing_kind: { code: 'missing_kind', pointer: '/kind' },
  unknown_kind: { code: 'unknown_kind', pointer: '/kind', kind: 'plann', known: ['plan', 'dataset'] },
  missing_schema_version: { code: 'missing_schema_version', pointer: '/schemaVersion', kind: 'plan' },
  unsupported_schema_version: { code: 'unsupported_schema_version', pointer: '/schemaVersion', kind: 'plan', version: 9, current: 1 },
  migration_failed: { code: 'migration_failed', pointer: '/phases', kind: 'plan', from: 1, to: 2, message: 'phases must be an array' },
  too_deep: { code: 'too_deep', pointer: '/x/0/0', max: 256 },
  invalid_document: {
    code: 'invalid_document',
    kind: 'dataset',
    issues: [
      { pointer: '/observations/0/year', issue: 'invalid_type', message: 'expected number' },
      { pointer: '', issue: 'custom', message: 'empty' },
    ],
  },
};

describe('domain errors', () => {
  it('has a sample for every DocumentError code', () => {
    expect(Object.keys(samples).sort()).toEqual([...documentErrorCodes].sort());
  });
  it.each(supportedLocales)('every code and kind has a message in %s', (locale) => {
    const translator = createTranslator(locale, getMessages(locale));
    for (const code of documentErrorCodes) {
      const text = formatDocumentError(samples[code], translator);
      expect(text.length).toBeGreaterThan(10);
      expect(text).not.toMatch(/[{}]/);
    }
    for (const kind of documentKinds) expect(documentKindName(kind, translator)).not.toBe('');
  });
  it('names the display languages', () => {
    const kk = createTranslator('kk', getMessages('kk'));
    expect(displayLocaleName('ru', kk)).toBe('Орыс тілі');
    expect(displayLocaleName('kk-Latn', createTranslator('kk-Latn', getMessages('kk')))).toBe(
      'Qazaq tılı (latyn grafikasy, 2021 jylğy älıpbi)',
    );
  });
  it('formats with localized kinds and plurals', () => {
    const ru = createTranslator('ru', getMessages('ru'));
    expect(formatDocumentError(samples.invalid_document, ru)).toBe('Документ «набор данных» недействителен: найдены 2 ошибки.');
    const kk = createTranslator('kk', getMessages('kk'));
    expect(formatDocumentError(samples.unsupported_schema_version, kk)).toBe(
      '«жоспар» құжатының 9 схема нұсқасына қолдау көрсетілмейді; ағымдағы нұсқа — 1.',
    );
    const en = createTranslator('en', getMessages('en'));
    expect(formatDocumentError(samples.migration_failed, en)).toBe(
      'The plan document could not be migrated from version 1 to 2: phases must be an array',
    );
    expect(formatDocumentIssue(samples.invalid_document.issues[1]!, en)).toBe('the whole document: empty');
  });

  it.each(supportedLocales)('every check of the domain schemas and every zod issue code has a message in %s', (locale) => {
    const { t } = createTranslator(locale, getMessages(locale));
    for (const code of customIssueCodes) {
      const text = documentIssueText({ issue: 'custom', message: 'English', params: { code, id: 'X1', collection: 'activities' } }, t);
      expect(text).not.toMatch(/[{}]|English/);
    }
    const size = { origin: 'string', limit: '64', inclusive: true, exact: false };
    const zodIssues: Record<string, Record<string, string | number | boolean>> = {
      invalid_type: { expected: 'number' },
      too_big: size,
      too_small: size,
      invalid_format: { format: 'regex', pattern: '^[A-Z]+$' },
      not_multiple_of: { divisor: '5' },
      unrecognized_keys: { keys: 'colour', count: 1 },
      invalid_value: { values: '"FS", "SS"', count: 2 },
      invalid_union: {},
      invalid_key: { origin: 'record' },
      invalid_element: { origin: 'set' },
      custom: {},
    };
    for (const [issue, params] of Object.entries(zodIssues)) expect(documentIssueText({ issue, message: 'English', params }, t)).not.toMatch(/[{}]|English/);
  });
  it('says the issues of a parsed plan in the language, not in the English of zod or the schema', () => {
    const plan = {
      kind: 'plan',
      schemaVersion: 2,
      id: 'p',
      title: { en: 'P' },
      start: '2027-01-04',
      activities: [
        { id: 'A', name: { en: 'A' }, duration: 3 },
        { id: 'A', name: { en: 'B' }, duration: 2 },
      ],
      dependencies: [{ from: 'A', to: 'Z' }],
    };
    const r = parseDocumentOf('plan', plan);
    expect(r.ok).toBe(false);
    const issues = !r.ok && r.error.code === 'invalid_document' ? r.error.issues : [];
    expect(issues.map((i) => i.message)).toContain('Duplicate activity id "A"');
    const ru = createTranslator('ru', getMessages('ru'));
    expect(issues.map((i) => formatDocumentIssue(i, ru))).toEqual([
      '/activities/1/id: идентификатор «A» уже занят другим мероприятием',
      '/dependencies/0/to: неизвестное мероприятие «Z»',
    ]);
    const wrong = parseDocumentOf('plan', { ...plan, activities: [{ id: 'A', name: { en: 'A' }, duration: 'x' }], dependencies: [] });
    const kk = createTranslator('kk', getMessages('kk'));
    expect(!wrong.ok && wrong.error.code === 'invalid_document' && wrong.error.issues.map((i) => formatDocumentIssue(i, kk))).toEqual(['/activities/0/duration: сан күтілді']);
  });
});
