import { defineTranslation } from '../../define.js';
import type en from './en.js';

export default defineTranslation<typeof en>()({
  'roadmap.title': 'Жол картасы',
  'roadmap.phase': '{number}-кезең',
  'roadmap.milestone': 'Бақылау нүктесі',
  'roadmap.activities': '{count, plural, other {# іс-шара}}',
});
