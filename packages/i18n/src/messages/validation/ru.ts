import { defineTranslation } from '../../define.js';
import type en from './en.js';

export default defineTranslation<typeof en>()({
  'validation.severity.error': 'ошибка',
  'validation.severity.warning': 'предупреждение',
  'validation.severity.info': 'сведения',
  'validation.report.valid': 'Файл прошёл проверку.',
  'validation.report.invalid':
    'В файле {file} {count, plural, one {найдена # проблема} few {найдены # проблемы} many {найдено # проблем} other {найдено # проблемы}}.',
});
