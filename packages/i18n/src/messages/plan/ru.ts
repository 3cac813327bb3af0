import { defineTranslation } from '../../define.js';
import type en from './en.js';

export default defineTranslation<typeof en>()({
  'plan.nav.plans': 'Планировщик дорожной карты',
  'plan.list.title': 'Планы',
});
