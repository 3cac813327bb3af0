import { PlansPage } from '../plan/list/plans-page.js';

export { PlansPage };
