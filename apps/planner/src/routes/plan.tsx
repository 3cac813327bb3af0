import { PlanPage } from '../plan/editor/plan-page.js';

export { PlanPage };
