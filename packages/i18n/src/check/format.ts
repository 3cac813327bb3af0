import { match } from 'ts-pattern';
import type { Translator } from '../translator.js';
import type { CatalogProblem, CheckCatalogsReport } from './check.js';

/** One problem as a line of text in the translator's language: `<key>: <what is wrong>`. */
export const formatCatalogProblem = (problem: CatalogProblem, { t }: Translator): string => {
  const { locale } = problem;
  const what = match(problem)
    .with({ code: 'missing_key' }, () => t('cli.i18n.problem.missing_key', { locale }))
    .with({ code: 'extra_key' }, () => t('cli.i18n.problem.extra_key', { locale }))
    .with({ code: 'bad_namespace' }, (p) => t('cli.i18n.problem.bad_namespace', { namespace: p.namespace }))
    .with({ code: 'icu_syntax' }, (p) => t('cli.i18n.problem.icu_syntax', { locale, detail: `${p.detail} (${p.line}:${p.column})` }))
    .with({ code: 'missing_plural_category' }, (p) =>
      t('cli.i18n.problem.missing_plural_category', { locale, categories: `{${p.argument}}: ${p.categories.join(', ')}` }),
    )
    .with({ code: 'unknown_plural_category' }, (p) =>
      t('cli.i18n.problem.unknown_plural_category', { locale, categories: `{${p.argument}}: ${p.categories.join(', ')}` }),
    )
    .with({ code: 'placeholder_mismatch' }, (p) =>
      t('cli.i18n.problem.placeholder_mismatch', {
        locale,
        detail: [
          ...p.missing.map((n) => `-{${n}}`),
          ...p.extra.map((n) => `+{${n}}`),
          ...p.kinds,
        ].join(' '),
      }),
    )
    .with({ code: 'same_as_english' }, () => t('cli.i18n.problem.same_as_english', { locale }))
    .with({ code: 'not_nfc' }, () => t('cli.i18n.problem.not_nfc', { locale }))
    .with({ code: 'glossary_term_missing' }, (p) => t('cli.i18n.problem.glossary_term_missing', { locale, term: p.term }))
    .with({ code: 'unmapped_cyrillic' }, (p) => t('cli.i18n.problem.unmapped_cyrillic', { letters: p.letters.join(' ') }))
    .exhaustive();
  return `${problem.key}: ${what}`;
};

/** The whole report as text: one line per problem, then a summary line. */
export const formatCheckReport = (report: CheckCatalogsReport, translator: Translator): string => {
  const lines = report.problems.map((p) => formatCatalogProblem(p, translator));
  lines.push(
    report.ok
      ? translator.t('cli.i18n.check.ok', { keys: report.keys, locales: report.locales.length })
      : translator.t('cli.i18n.check.failed', { count: report.problems.length }),
  );
  return lines.join('\n') + '\n';
};
