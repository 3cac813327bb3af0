import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixturePlan } from '../__fixtures__/plan.js';
import { createCalendar } from '../calendar.js';
import type { Network, NetworkActivity, NetworkRelation, ScheduleErrorCode } from '../cpm.js';
import { schedule } from '../cpm.js';
import type { MspdiImportError } from '../export/mspdi.js';
import { fromMspdi, toMspdi } from '../export/mspdi.js';
import { schedulePlan } from '../plan-schedule.js';

const SCHEDULE_CODES: readonly ScheduleErrorCode[] = [
  'duplicate_activity',
  'unknown_activity',
  'self_dependency',
  'invalid_duration',
  'invalid_lag',
  'constraint_needs_date',
  'unknown_parent',
  'parent_cycle',
  'dependency_cycle',
  'value_out_of_range',
];
const MSPDI_CODES: readonly MspdiImportError['code'][] = [
  'mspdi_not_xml',
  'mspdi_not_a_project',
  'mspdi_doctype',
  'mspdi_bad_task',
  'mspdi_unknown_predecessor',
  'mspdi_invalid_plan',
];

const IDS = ['a', 'b', 'c', 'd', 'e', 'f'];
/** Numbers an attacker or a typo produces: small ones, the Int32 edges, beyond them, and non-numbers. */
const hostileNumber = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 60 }), weight: 12 },
  { arbitrary: fc.constantFrom(2 ** 30, 2 ** 31 - 1, -(2 ** 31 - 1), 2 ** 31 - 2, 2 ** 29), weight: 6 },
  { arbitrary: fc.integer({ min: -20, max: -1 }), weight: 1 },
  {
    arbitrary: fc.constantFrom(
      2 ** 31,
      -(2 ** 31),
      2 ** 32,
      1e8,
      1e21,
      Number.MAX_SAFE_INTEGER,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      0.5,
    ),
    weight: 1,
  },
  { arbitrary: fc.integer(), weight: 1 },
  { arbitrary: fc.double(), weight: 1 },
);
const activity: fc.Arbitrary<NetworkActivity> = fc
  .record(
    {
      id: fc.constantFrom(...IDS),
      duration: hostileNumber,
      constraint: fc.record(
        {
          type: fc.constantFrom('ASAP', 'ALAP', 'SNET', 'SNLT', 'FNET', 'FNLT', 'MSO', 'MFO' as const),
          offset: hostileNumber,
        },
        { requiredKeys: ['type'] },
      ),
      deadline: hostileNumber,
      parent: fc.constantFrom(...IDS, 'zz'),
    },
    { requiredKeys: ['id', 'duration'] },
  )
  .chain((a) =>
    fc
      .record({ keepParent: fc.nat({ max: 9 }), keepConstraint: fc.nat({ max: 3 }) })
      .map(({ keepParent, keepConstraint }) => {
        // Mostly plain activities, so that runs reach the passes instead of stopping at a structural error.
        const { parent, constraint, ...rest } = a;
        return {
          ...rest,
          ...(parent !== undefined && keepParent === 0 ? { parent } : {}),
          ...(constraint !== undefined && keepConstraint === 0 ? { constraint } : {}),
        };
      }),
  );
const relation: fc.Arbitrary<NetworkRelation> = fc.record(
  {
    from: fc.oneof(
      { arbitrary: fc.constantFrom(...IDS), weight: 20 },
      { arbitrary: fc.constant('zz'), weight: 1 },
    ),
    to: fc.constantFrom(...IDS),
    type: fc.constantFrom('FS', 'SS', 'FF', 'SF' as const),
    lag: hostileNumber,
    lagUnit: fc.constantFrom('working', 'elapsed' as const),
  },
  { requiredKeys: ['from', 'to'] },
);
const calendar = createCalendar('2027-01-04', { workingDays: [1, 2, 3, 4, 5], holidays: ['2027-01-07'] });
const network: fc.Arbitrary<Network> = fc
  .record({
    activities: fc.oneof(
      { arbitrary: fc.uniqueArray(activity, { selector: (a) => a.id, maxLength: 6 }), weight: 5 },
      { arbitrary: fc.array(activity, { maxLength: 8 }), weight: 1 },
    ),
    relations: fc.array(relation, { maxLength: 10 }),
    withCalendar: fc.boolean(),
  })
  .map(({ activities, relations, withCalendar }) => ({
    activities,
    relations,
    ...(withCalendar && calendar ? { elapsed: calendar, range: calendar.range } : {}),
  }));

// Generous time limits: the machines running the suite may be busy; the runs check results, never speed.
describe('property: hostile input gives a typed result, never an exception or a wrapped number', () => {
  it('schedule', () => {
    fc.assert(
      fc.property(network, (net) => {
        const r = schedule(net);
        if (!r.ok) {
          expect(SCHEDULE_CODES).toContain(r.error.code);
          return;
        }
        const { min, max } = net.range ?? { min: -(2 ** 31 - 1), max: 2 ** 31 - 1 };
        for (const a of r.value.activities)
          for (const v of [a.es, a.ef, a.ls, a.lf]) {
            expect(Number.isSafeInteger(v)).toBe(true);
            expect(v >= min && v <= max).toBe(true);
          }
        for (const a of r.value.activities) {
          if (a.summary) continue;
          // No wrapped sums: a leaf's dates lie exactly its duration apart, and it never starts before the project.
          expect(a.es).toBeGreaterThanOrEqual(0);
          expect(a.ef - a.es).toBe(a.duration);
          expect(a.lf - a.ls).toBe(a.duration);
        }
      }),
      { numRuns: 2000 },
    );
  }, 120_000);

  const exported = toMspdi(fixturePlan);
  if (!exported.ok) throw new Error(JSON.stringify(exported.error));
  const xml = exported.value.xml;
  /** An export damaged at random: cut, spliced with random text, or with its numbers replaced. */
  const damaged = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.nat({ max: xml.length }).map((n) => xml.slice(0, n)),
    fc
      .tuple(fc.nat({ max: xml.length }), fc.string({ unit: 'binary', maxLength: 40 }))
      .map(([at, s]) => xml.slice(0, at) + s + xml.slice(at)),
    fc
      .tuple(
        fc.array(
          fc.oneof(
            fc.integer().map(String),
            fc.constantFrom('1e308', '-1e308', 'NaN', '99999999999999999999', '-0', '0x10', '', '9999-99-99'),
          ),
          { minLength: 1, maxLength: 50 },
        ),
      )
      .map(([nums]) => {
        let k = 0;
        return xml.replace(/>(-?\d+(?:\.\d+)?)</g, () => `>${nums[k++ % nums.length] ?? '0'}<`);
      }),
    fc
      .tuple(fc.array(fc.string({ unit: 'binary', maxLength: 30 }), { minLength: 1, maxLength: 20 }))
      .map(([texts]) => {
        let k = 0;
        return xml.replace(
          />([^<>]+)</g,
          () => `>${(texts[k++ % texts.length] ?? '').replace(/[<&]/g, '')}<`,
        );
      }),
  );

  it('fromMspdi, and scheduling what it imports', () => {
    fc.assert(
      fc.property(damaged, (text) => {
        const r = fromMspdi(text);
        if (!r.ok) {
          expect(MSPDI_CODES).toContain(r.error.code);
          return;
        }
        const s = schedulePlan(r.value);
        if (!s.ok) expect(typeof s.error.code).toBe('string');
      }),
      { numRuns: 500 },
    );
  }, 120_000);
});
