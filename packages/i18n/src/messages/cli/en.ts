import { defineMessages } from '../../define.js';

/** Output of the `dsc` command line (one block of keys per command: `cli.<command>.…`). */
export default defineMessages('cli')({
  'cli.error.usage': 'Usage error: {message}',
  'cli.error.unreadable': 'Cannot read {file}: {message}',
  'cli.error.hint': 'Hint: {hint}',
  'cli.summary.findings':
    '{errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}}',
  'cli.i18n.check.ok':
    'Messages are complete: {keys, plural, one {# key} other {# keys}} in {locales, plural, one {# locale} other {# locales}}.',
  'cli.i18n.check.failed': '{count, plural, one {# problem} other {# problems}} in the message catalogues.',
  'cli.i18n.problem.missing_key': 'missing in {locale}',
  'cli.i18n.problem.extra_key': 'not in the English catalogue ({locale})',
  'cli.i18n.problem.icu_syntax': 'ICU syntax error in {locale}: {detail}',
  'cli.i18n.problem.missing_plural_category': '{locale} needs plural categories: {categories}',
  'cli.i18n.problem.unknown_plural_category': '{locale} has no plural categories: {categories}',
  'cli.i18n.problem.placeholder_mismatch': 'placeholders in {locale} differ from English: {detail}',
  'cli.i18n.problem.same_as_english': 'the {locale} text is identical to English',
  'cli.i18n.problem.unmapped_cyrillic': 'kk-Latn output keeps Cyrillic letters: {letters}',
  'cli.i18n.problem.bad_namespace': 'the key does not start with its namespace "{namespace}."',
  'cli.i18n.problem.glossary_term_missing': 'the {locale} text does not use the glossary term "{term}"',
  'cli.i18n.problem.not_nfc': 'the {locale} text is not in Unicode NFC (composed letters)',
  'cli.error.unknownCommand': "unknown command \"{command}\"",
  'cli.error.unknownCommandHint': "Run \"dsc --help\" to list the commands.",
  'cli.error.optionHint': "Run \"dsc --help\" for the commands and their options.",
  'cli.error.internal': "internal error — please report it with the command you ran.",
  'cli.schema.wrote': "wrote {count, plural, one {# schema} other {# schemas}} to {dir}",
  'cli.schema.missingOut': "missing --out <dir>",
  'cli.schema.unknownAction': "unknown schema action \"{action}\"",
  'cli.schema.usageHint': "Use \"dsc schema export --out <dir>\".",
});
