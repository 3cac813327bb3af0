import { defineTranslation } from '../../define.js';
import type en from './en.js';

export default defineTranslation<typeof en>()({
  'plan.nav.plans': 'Жол картасын жоспарлаушы',
  'plan.list.title': 'Жоспарлар',
});
