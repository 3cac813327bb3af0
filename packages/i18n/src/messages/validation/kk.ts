import { defineTranslation } from '../../define.js';
import type en from './en.js';

export default defineTranslation<typeof en>()({
  'validation.severity.error': 'қате',
  'validation.severity.warning': 'ескерту',
  'validation.severity.info': 'ақпарат',
  'validation.report.valid': 'Файл тексеруден өтті.',
  'validation.report.invalid': '{file} файлында {count, plural, other {# мәселе}} табылды.',
});
