import { defineMessages } from '../../define.js';

/** Roadmap engine, schedules, budgets and exports of `@dsc/roadmap` (`roadmap.…`). */
export default defineMessages('roadmap')({
  'roadmap.title': 'Roadmap',
  'roadmap.phase': 'Phase {number}',
  'roadmap.milestone': 'Milestone',
  'roadmap.activities': '{count, plural, one {# activity} other {# activities}}',
});
