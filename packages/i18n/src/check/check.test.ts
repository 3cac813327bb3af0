import { describe, expect, it } from 'vitest';
import en from '../__fixtures__/broken/en.json' with { type: 'json' };
import kk from '../__fixtures__/broken/kk.json' with { type: 'json' };
import ru from '../__fixtures__/broken/ru.json' with { type: 'json' };
import { getMessages } from '../catalogs.js';
import { createTranslator } from '../translator.js';
import { catalogProblemCodes, checkCatalogs } from './check.js';
import { formatCheckReport } from './format.js';
import { checkProjectCatalogs } from './project.js';

describe('checkProjectCatalogs', () => {
  it('passes on the project catalogues', () => {
    const report = checkProjectCatalogs();
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.locales).toEqual(['en', 'ru', 'kk']);
    expect(report.keys).toBe(Object.keys(getMessages('en')).length);
  });
});

describe('checkCatalogs on a broken fixture', () => {
  const glossary = [{ id: 'roadmap', en: 'roadmap', ru: 'дорожная карта', kk: 'жол картасы', usedIn: ['demo.roadmap'] }];
  const report = checkCatalogs({ catalogs: { en, ru, kk }, namespaces: ['demo'], glossary });
  const codes = (locale: string, key: string): string[] =>
    report.problems.filter((p) => p.locale === locale && p.key === key).map((p) => p.code);

  it('fails', () => {
    expect(report.ok).toBe(false);
  });
  it('finds every kind of problem', () => {
    expect(new Set(report.problems.map((p) => p.code))).toEqual(new Set(catalogProblemCodes));
  });
  it('reports missing and extra keys', () => {
    expect(codes('ru', 'demo.version')).toEqual(['missing_key']);
    expect(codes('ru', 'demo.extra')).toEqual(['extra_key']);
  });
  it('reports keys outside the namespaces', () => {
    expect(codes('en', 'stray')).toEqual(['bad_namespace']);
  });
  it('reports ICU syntax errors with a position', () => {
    const problem = report.problems.find((p) => p.code === 'icu_syntax');
    expect(problem).toMatchObject({ locale: 'ru', key: 'demo.kind', line: 1 });
  });
  it('reports Russian plural categories that are missing and Kazakh ones that do not exist', () => {
    expect(report.problems).toContainEqual({
      code: 'missing_plural_category',
      locale: 'ru',
      key: 'demo.count',
      argument: 'count',
      categories: ['few', 'many'],
    });
    expect(report.problems).toContainEqual({
      code: 'unknown_plural_category',
      locale: 'kk',
      key: 'demo.count',
      argument: 'count',
      categories: ['few'],
    });
  });
  it('reports placeholders that differ, by name and by kind', () => {
    expect(report.problems).toContainEqual({
      code: 'placeholder_mismatch',
      locale: 'ru',
      key: 'demo.greeting',
      missing: ['name'],
      extra: ['nmae'],
      kinds: [],
    });
    expect(report.problems).toContainEqual({
      code: 'placeholder_mismatch',
      locale: 'kk',
      key: 'demo.kind',
      missing: [],
      extra: [],
      kinds: ['kind: select → number'],
    });
  });
  it('reports texts identical to English unless allowed', () => {
    expect(codes('ru', 'demo.title')).toEqual(['same_as_english']);
    const allowed = checkCatalogs({ catalogs: { en, ru, kk }, allowSameAsEnglish: ['demo.title'] });
    expect(allowed.problems.filter((p) => p.key === 'demo.title' && p.locale === 'ru')).toEqual([]);
  });
  it('reports Cyrillic left in the Kazakh Latin output, unless a policy maps it', () => {
    expect(report.problems).toContainEqual({ code: 'unmapped_cyrillic', locale: 'kk', key: 'demo.version', letters: ['Ц'] });
    const mapped = checkCatalogs({ catalogs: { en, ru, kk }, transliteration: { loanLetters: { ц: 'ts' } } });
    expect(mapped.problems.some((p) => p.code === 'unmapped_cyrillic')).toBe(false);
  });
  it('reports texts that are not NFC', () => {
    expect(codes('kk', 'demo.greeting')).toEqual(['not_nfc']);
  });
  it('reports messages that do not use the glossary term', () => {
    expect(report.problems.filter((p) => p.code === 'glossary_term_missing')).toEqual([
      { code: 'glossary_term_missing', locale: 'ru', key: 'demo.roadmap', term: 'дорожная карта' },
    ]);
  });
  it('prints every problem in the chosen language', () => {
    const text = formatCheckReport(report, createTranslator('en', getMessages('en')));
    expect(text).toContain('demo.greeting: placeholders in ru differ from English: -{name} +{nmae}');
    expect(text).toContain('demo.count: ru needs plural categories: {count}: few, many');
    expect(text.trimEnd().split('\n').at(-1)).toBe(`${report.problems.length} problems in the message catalogues.`);
    const ruText = formatCheckReport(report, createTranslator('ru', getMessages('ru')));
    expect(ruText).toContain('demo.version: отсутствует в ru');
  });
});
