import { defineTranslation } from '../../define.js';
import type en from './en.js';

export default defineTranslation<typeof en>()({
  'cli.error.usage': 'Пайдалану қатесі: {message}',
  'cli.error.unreadable': '{file} оқылмады: {message}',
  'cli.error.hint': 'Кеңес: {hint}',
  'cli.summary.findings': '{errors, plural, other {# қате}}, {warnings, plural, other {# ескерту}}',
  'cli.i18n.check.ok':
    'Хабарлар толық: {locales, plural, other {# тілде}} {keys, plural, other {# кілт}}.',
  'cli.i18n.check.failed': 'Хабарлар каталогтарында {count, plural, other {# мәселе}} табылды.',
  'cli.i18n.problem.missing_key': '{locale} тілінде жоқ',
  'cli.i18n.problem.extra_key': 'ағылшын каталогында жоқ ({locale})',
  'cli.i18n.problem.icu_syntax': '{locale} тіліндегі ICU синтаксис қатесі: {detail}',
  'cli.i18n.problem.missing_plural_category': '{locale} тіліне көпше түр санаттары қажет: {categories}',
  'cli.i18n.problem.unknown_plural_category': '{locale} тілінде мұндай көпше түр санаттары жоқ: {categories}',
  'cli.i18n.problem.placeholder_mismatch': '{locale} тіліндегі толтырғыштар ағылшын тілінен өзгеше: {detail}',
  'cli.i18n.problem.same_as_english': '{locale} мәтіні ағылшын тіліндегімен бірдей',
  'cli.i18n.problem.unmapped_cyrillic': 'kk-Latn нәтижесінде кирилл әріптері қалды: {letters}',
  'cli.i18n.problem.bad_namespace': 'кілт өз атаулар кеңістігімен ("{namespace}.") басталмайды',
  'cli.i18n.problem.glossary_term_missing': '{locale} мәтінінде глоссарийдегі «{term}» термині қолданылмаған',
  'cli.i18n.problem.not_nfc': '{locale} мәтіні Unicode NFC пішінінде емес (құрама әріптер)',
  'cli.error.unknownCommand': "белгісіз команда «{command}»",
  'cli.error.unknownCommandHint': "Командалар тізімін көру үшін «dsc --help» орындаңыз.",
  'cli.error.optionHint': "Командалар мен олардың параметрлерін көру үшін «dsc --help» орындаңыз.",
  'cli.error.internal': "ішкі қате — орындалған команданы көрсетіп, ол туралы хабарлаңыз.",
  'cli.schema.wrote': "{dir} ішіне {count, plural, other {# схема}} жазылды",
  'cli.schema.missingOut': "--out <каталог> параметрі көрсетілмеген",
  'cli.schema.unknownAction': "схемалармен белгісіз әрекет «{action}»",
  'cli.schema.usageHint': "«dsc schema export --out <каталог>» пайдаланыңыз.",
});
