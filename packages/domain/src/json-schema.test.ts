import { Ajv2020 } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { broken, examples } from './__fixtures__/examples.js';
import { allJsonSchemas, toJsonSchema } from './json-schema.js';
import { documentKinds } from './registry.js';

const ajv = new Ajv2020({ allErrors: true, strict: false });
const addFormats = formats as unknown as (a: Ajv2020) => Ajv2020;
addFormats(ajv);
const validators = Object.fromEntries(
  Object.entries(allJsonSchemas()).map(([kind, schema]) => [kind, ajv.compile(schema)]),
);

describe('JSON Schema export', () => {
  it.each(documentKinds)('the %s schema is draft 2020-12 with an $id', (kind) => {
    const schema = toJsonSchema(kind);
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema['$id']).toBe(`https://dsc-toolkit.github.io/schemas/${kind}.schema.json`);
  });

  it.each(documentKinds)('the %s schema accepts the example document', (kind) => {
    const validate = validators[kind]!;
    const ok = validate(examples[kind]);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('rejects broken documents that JSON Schema can express', () => {
    // Cross-references and date existence are refinements only parseDocument checks.
    const expressible = documentKinds.filter((k) => !['dataset', 'policy-instrument'].includes(k));
    for (const kind of expressible) expect(validators[kind]!(broken[kind].doc), kind).toBe(false);
  });

  it('turns code lists into enums, so an unknown country code fails in any JSON Schema validator', () => {
    expect(validators['country']!({ ...examples.country, iso3: 'KAX' })).toBe(false);
    expect(validators['country']!({ ...examples.country, currency: 'KZZ' })).toBe(false);
    expect(validators['observation']!({ ...examples.observation, iso3: 'WLD' })).toBe(true);
  });

  it('describes documents as written: fields with defaults may be left out', () => {
    const minimal = { kind: 'plan', schemaVersion: 2, id: 'p', title: { en: 'P' }, start: '2027-01-04' };
    expect(validators['plan']!(minimal)).toBe(true);
  });
});
