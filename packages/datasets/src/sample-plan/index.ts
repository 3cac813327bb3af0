import { Plan } from '@dsc/domain';
import document from './dsc-roadmap.plan.json' with { type: 'json' };

/**
 * The ILLUSTRATIVE roadmap for establishing the Digital Solutions Centre: an example of the plan format, not an
 * agreed roadmap. The document is `examples/dsc-roadmap.plan.json` at the repository root; this folder holds the
 * copy the package ships (`pnpm --filter @dsc/datasets generate` writes it; tests compare the bytes).
 */
export const dscRoadmapPlan: Plan = Plan.parse(document);
