import { defineMessages } from '../../define.js';

/** The roadmap planner screens of the web app (`plan.<screen>.…`). */
export default defineMessages('plan')({
  'plan.nav.plans': 'Roadmap planner',
  'plan.list.title': 'Plans',
});
