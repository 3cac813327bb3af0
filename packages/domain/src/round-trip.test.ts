import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from './parse.js';

const countries = ['AFG', 'AZE', 'KAZ', 'KGZ', 'MNG', 'TJK', 'TKM', 'UZB', 'WLD', 'ECS'] as const;
const text = fc.string({ minLength: 1, maxLength: 40 });
const i18n = fc.record({ en: text, ru: text, kk: text }, { requiredKeys: ['en'] });
const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/);
const date = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const observation = fc.record({
  kind: fc.constant('observation'),
  schemaVersion: fc.constant(1),
  iso3: fc.constantFrom(...countries),
  indicator: fc.constantFrom('IT.NET.USER.ZS', 'EGDI', 'IT_MOB_4GNTWK'),
  year: fc.integer({ min: 1990, max: 2030 }),
  value: fc.double({ noNaN: true, noDefaultInfinity: true }),
  unit: text,
  status: fc.constantFrom('A', 'E', 'F', 'P'),
  source: text,
});

const plan = fc
  .uniqueArray(id, { minLength: 1, maxLength: 8 })
  .chain((ids) =>
    fc.record({
      kind: fc.constant('plan'),
      schemaVersion: fc.constant(2),
      id: fc.constant('plan-1'),
      title: i18n,
      illustrative: fc.boolean(),
      start: date,
      currency: fc.constantFrom('USD', 'KZT', 'EUR'),
      countries: fc.uniqueArray(fc.constantFrom(...countries)),
      phases: fc.constant([]),
      results: fc.constant([]),
      activities: fc.tuple(
        ...ids.map((aid) =>
          fc.record({
            id: fc.constant(aid),
            name: i18n,
            duration: fc.integer({ min: 0, max: 200 }),
            milestone: fc.boolean(),
            assignments: fc.constant([]),
            alignment: fc.constant([]),
          }),
        ),
      ),
      dependencies: fc.array(
        fc.record({
          from: fc.constantFrom(...ids),
          to: fc.constantFrom(...ids),
          type: fc.constantFrom('FS', 'SS', 'FF', 'SF'),
          lag: fc.record({ value: fc.integer({ min: -20, max: 20 }), unit: fc.constantFrom('working', 'elapsed') }),
        }),
        { maxLength: 10 },
      ).map((deps) => deps.filter((d) => d.from !== d.to)),
      calendars: fc.constant([]),
      organisations: fc.constant([]),
      budget: fc.constant([]),
      funding: fc.constant([]),
      kpis: fc.constant([]),
      risks: fc.constant([]),
      scenarios: fc.constant([]),
      baselines: fc.constant([]),
      relatedInitiatives: fc.constant([]),
    }),
  );

describe('serialise → parse round trip', () => {
  it('is lossless for observations with any finite double value', () => {
    fc.assert(
      fc.property(observation, (doc) => {
        const r = parseDocument(JSON.parse(JSON.stringify(doc)));
        expect(r.ok).toBe(true);
        if (r.ok) expect(r.value).toEqual(JSON.parse(JSON.stringify(doc)));
      }),
    );
  });

  it('is lossless for plans with every relation type and lag unit', () => {
    fc.assert(
      fc.property(plan, (doc) => {
        const text = JSON.stringify(doc);
        const r = parseDocument(JSON.parse(text));
        if (!r.ok) throw new Error(JSON.stringify(r.error));
        expect(JSON.parse(JSON.stringify(r.value))).toEqual(JSON.parse(text));
      }),
      { numRuns: 200 },
    );
  });
});
