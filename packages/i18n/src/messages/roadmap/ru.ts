import { defineTranslation } from '../../define.js';
import type en from './en.js';

export default defineTranslation<typeof en>()({
  'roadmap.title': 'Дорожная карта',
  'roadmap.phase': 'Этап {number}',
  'roadmap.milestone': 'Контрольная точка',
  'roadmap.activities':
    '{count, plural, one {# мероприятие} few {# мероприятия} many {# мероприятий} other {# мероприятия}}',
});
