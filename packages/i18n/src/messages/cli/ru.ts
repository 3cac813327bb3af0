import { defineTranslation } from '../../define.js';
import type en from './en.js';

export default defineTranslation<typeof en>()({
  'cli.error.usage': 'Ошибка использования: {message}',
  'cli.error.unreadable': 'Не удаётся прочитать {file}: {message}',
  'cli.error.hint': 'Подсказка: {hint}',
  'cli.summary.findings':
    '{errors, plural, one {# ошибка} few {# ошибки} many {# ошибок} other {# ошибки}}, {warnings, plural, one {# предупреждение} few {# предупреждения} many {# предупреждений} other {# предупреждения}}',
  'cli.i18n.check.ok':
    'Сообщения полные: {keys, plural, one {# ключ} few {# ключа} many {# ключей} other {# ключа}} в {locales, plural, one {# языке} few {# языках} many {# языках} other {# языка}}.',
  'cli.i18n.check.failed':
    'В каталогах сообщений {count, plural, one {найдена # проблема} few {найдены # проблемы} many {найдено # проблем} other {найдено # проблемы}}.',
  'cli.i18n.problem.missing_key': 'отсутствует в {locale}',
  'cli.i18n.problem.extra_key': 'нет в английском каталоге ({locale})',
  'cli.i18n.problem.icu_syntax': 'синтаксическая ошибка ICU в {locale}: {detail}',
  'cli.i18n.problem.missing_plural_category': 'в {locale} нужны категории множественного числа: {categories}',
  'cli.i18n.problem.unknown_plural_category': 'в {locale} нет категорий множественного числа: {categories}',
  'cli.i18n.problem.placeholder_mismatch': 'заполнители в {locale} отличаются от английских: {detail}',
  'cli.i18n.problem.same_as_english': 'текст {locale} совпадает с английским',
  'cli.i18n.problem.unmapped_cyrillic': 'в выводе kk-Latn остались кириллические буквы: {letters}',
  'cli.i18n.problem.bad_namespace': 'ключ не начинается с пространства имён "{namespace}."',
  'cli.i18n.problem.glossary_term_missing': 'текст {locale} не использует термин глоссария «{term}»',
  'cli.i18n.problem.not_nfc': 'текст {locale} не в форме Unicode NFC (составные буквы)',
  'cli.error.unknownCommand': "неизвестная команда «{command}»",
  'cli.error.unknownCommandHint': "Выполните «dsc --help», чтобы увидеть список команд.",
  'cli.error.optionHint': "Выполните «dsc --help», чтобы увидеть команды и их параметры.",
  'cli.error.internal': "внутренняя ошибка — сообщите о ней, указав выполненную команду.",
  'cli.schema.wrote': "записано {count, plural, one {# схема} few {# схемы} many {# схем} other {# схемы}} в {dir}",
  'cli.schema.missingOut': "не указан параметр --out <каталог>",
  'cli.schema.unknownAction': "неизвестное действие со схемами «{action}»",
  'cli.schema.usageHint': "Используйте «dsc schema export --out <каталог>».",
});
