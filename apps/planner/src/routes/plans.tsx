import { PlansPage } from '../plan/plans-page.js';

export { PlansPage };
