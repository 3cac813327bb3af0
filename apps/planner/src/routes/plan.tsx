import { PlanPage } from '../plan/plan-page.js';

export { PlanPage };
