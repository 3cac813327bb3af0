import { assessmentV1toV2, rubricV1toV2 } from './policy-migrations.js';
import type { DocumentKind } from './registry.js';

/** A step that turns a document of version `from` into version `from + 1`. It receives a deep copy. */
export type Migration = {
  readonly from: number;
  readonly description: string;
  readonly migrate: (doc: Record<string, unknown>) => Record<string, unknown>;
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The migration registry: for each kind, the steps from every older version to the current one.
 * A migration never drops information a user entered; when a field moves, its value moves with it.
 */
export const migrations: { readonly [K in DocumentKind]?: readonly Migration[] } = {
  plan: [
    {
      from: 1,
      description:
        'Plan v1 stored a dependency lag as a plain number of working days (`lag: 5`); v2 stores `{ value, unit }` ' +
        'so lags can be in working or elapsed days. v1 `lagUnit: "days"` meant elapsed days.',
      migrate: (doc) => {
        const deps = Array.isArray(doc['dependencies']) ? doc['dependencies'] : [];
        const dependencies = deps.map((d: unknown) => {
          if (!isRecord(d)) return d;
          const { lag, lagUnit, ...rest } = d;
          if (lag === undefined || isRecord(lag)) return d;
          return { ...rest, lag: { value: lag, unit: lagUnit === 'days' ? 'elapsed' : 'working' } };
        });
        return { ...doc, dependencies, schemaVersion: 2 };
      },
    },
  ],
  'assessment-rubric': [rubricV1toV2],
  'policy-assessment': [assessmentV1toV2],
};

export const migrationsFor = (kind: DocumentKind): readonly Migration[] => migrations[kind] ?? [];
