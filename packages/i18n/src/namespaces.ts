/**
 * The message namespaces. Each one is a folder `src/messages/<namespace>/` with `en.ts` (source of truth),
 * `ru.ts` and `kk.ts`, owned by one area of the toolkit.
 */
export const namespaces = ['common', 'domain', 'cli', 'validation', 'indicators', 'roadmap', 'planner', 'plan', 'datasets', 'assessment', 'report'] as const;
export type Namespace = (typeof namespaces)[number];
