import { defineTranslation } from '../../define.js';
import type en from './en.js';

export default defineTranslation<typeof en>()({
  'datasets.error.unknown_area': 'Неизвестный код территории «{value}». Возможно, имелось в виду: {suggestions}?',
  'datasets.error.unknown_indicator': 'Неизвестный показатель «{value}». Возможно, имелось в виду: {suggestions}?',
  'datasets.error.invalid_years': 'Недопустимый диапазон лет {value}: ожидается {expected}.',
});
