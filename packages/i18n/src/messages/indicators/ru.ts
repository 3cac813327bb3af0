import { defineTranslation } from '../../define.js';
import type en from './en.js';

export default defineTranslation<typeof en>()({
  'indicators.direction.positive': 'чем больше, тем лучше',
  'indicators.direction.negative': 'чем меньше, тем лучше',
  'indicators.baseline': 'Базовое значение: {value}',
  'indicators.target': 'Целевое значение: {value}',
  'indicators.coverage':
    'Данные есть по {available} из {total, plural, one {# показателя} few {# показателей} many {# показателей} other {# показателя}}',
});
