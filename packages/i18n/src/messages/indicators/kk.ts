import { defineTranslation } from '../../define.js';
import type en from './en.js';

export default defineTranslation<typeof en>()({
  'indicators.direction.positive': 'неғұрлым жоғары болса, соғұрлым жақсы',
  'indicators.direction.negative': 'неғұрлым төмен болса, соғұрлым жақсы',
  'indicators.baseline': 'Базалық мән: {value}',
  'indicators.target': 'Нысаналы мән: {value}',
  'indicators.coverage': '{total, plural, other {# көрсеткіштің}} {available} бойынша деректер бар',
});
