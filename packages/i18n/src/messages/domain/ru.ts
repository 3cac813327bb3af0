import { defineTranslation } from '../../define.js';
import type en from './en.js';

export default defineTranslation<typeof en>()({
  'domain.kind.country': 'страна',
  'domain.kind.indicator': 'показатель',
  'domain.kind.observation': 'наблюдение',
  'domain.kind.dataset': 'набор данных',
  'domain.kind.framework': 'рамочная структура',
  'domain.kind.policy-instrument': 'инструмент политики',
  'domain.kind.assessment-rubric': 'шкала оценки',
  'domain.kind.policy-assessment': 'оценка политики',
  'domain.kind.methodology': 'методология',
  'domain.kind.index-result': 'результат индекса',
  'domain.kind.plan': 'план',
  'domain.kind.validation-report': 'отчёт о проверке',
  'domain.error.not_an_object': 'Документ не является объектом JSON.',
  'domain.error.missing_kind': 'В документе нет поля "kind".',
  'domain.error.unknown_kind': 'Неизвестный тип документа "{kind}". Известные типы: {known}.',
  'domain.error.missing_schema_version': 'В документе «{kind}» нет поля "schemaVersion".',
  'domain.error.unsupported_schema_version':
    'Версия схемы {version} документа «{kind}» не поддерживается; текущая версия — {current}.',
  'domain.error.migration_failed': 'Не удалось перенести документ «{kind}» с версии {from} на версию {to}: {message}',
  'domain.error.invalid_document':
    'Документ «{kind}» недействителен: {count, plural, one {найдена # ошибка} few {найдены # ошибки} many {найдено # ошибок} other {найдено # ошибки}}.',
  'domain.issue.at': '{pointer}: {message}',
  'domain.issue.root': 'весь документ',
});
