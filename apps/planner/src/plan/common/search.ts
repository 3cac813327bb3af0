import * as z from 'zod/mini';

const opt = <T extends z.ZodMiniType>(schema: T) => z.catch(z.optional(schema), undefined);
const code = z.string().check(z.regex(/^[A-Za-z0-9._:-]{1,64}$/));

export const planViews = [
  'schedule',
  'logframe',
  'kpis',
  'alignment',
  'budget',
  'scenarios',
  'proposal',
] as const;
export type PlanView = (typeof planViews)[number];
export const zooms = ['week', 'month', 'quarter', 'year'] as const;
export type Zoom = (typeof zooms)[number];

/** View state of the plan editor in the URL; plan content stays in IndexedDB. */
export const planSearch = z.object({
  view: opt(z.enum(planViews)),
  zoom: opt(z.enum(zooms)),
  scenario: opt(code),
  baseline: opt(code),
  focus: opt(code),
  plang: opt(z.enum(['en', 'ru', 'kk'])),
  by: opt(z.enum(['phase', 'year', 'class', 'fundingSource'])),
});
export type PlanSearch = z.infer<typeof planSearch>;
