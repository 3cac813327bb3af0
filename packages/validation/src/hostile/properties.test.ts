import { parseDocument } from '@dsc/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateBytes } from '../files.js';
import type { FileResult } from '../result.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

/** A result is data: counts agree with the findings kept, and every finding has a rule and a message code. */
function wellFormed(results: readonly FileResult[]): void {
  expect(results.length).toBeGreaterThan(0);
  for (const r of results) {
    expect(r.errors + r.warnings + r.infos).toBeGreaterThanOrEqual(r.findings.length > 0 ? 1 : 0);
    for (const f of r.findings) {
      expect(typeof f.ruleId).toBe('string');
      expect(typeof f.code).toBe('string');
    }
  }
}

const csvish = fc
  .array(fc.array(fc.oneof(fc.constantFrom('KAZ', 'iso3', 'year', 'value', '2024', '1,5', '"', '""', '', ' ', '\t', 'NaN', '-0', '1e309', '=A1', '\u00a0'), fc.string()), { maxLength: 8 }), { maxLength: 12 })
  .chain((rows) => fc.constantFrom(',', ';', '\t').chain((sep) => fc.constantFrom('\n', '\r\n', '\r').map((nl) => rows.map((r) => r.join(sep)).join(nl))));

const jsonish = fc.oneof(
  fc.json({ depthSize: 'medium' }),
  fc.jsonValue().map((v) => JSON.stringify({ kind: 'plan', schemaVersion: 1, v })),
  fc.record({ kind: fc.constantFrom('plan', 'dataset', 'country', 'x'), schemaVersion: fc.oneof(fc.integer(), fc.double()), observations: fc.array(fc.dictionary(fc.constantFrom('iso3', 'indicator', 'year', 'value'), fc.jsonValue({ maxDepth: 2 })), { maxLength: 5 }) }).map((d) => JSON.stringify(d)),
);

describe('no input throws', () => {
  it('random bytes under every kind of name give results, never an exception', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), fc.constantFrom('a.csv', 'a.json', 'a.xlsx', 'a.zip', 'a.tsv'), async (bytes, file) => {
        wellFormed(await validateBytes(bytes, { file }));
      }),
      { numRuns: 300 },
    );
  });

  it('random bytes after a zip signature give results', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), fc.constantFrom('a.xlsx', 'a.zip'), async (tail, file) => {
        const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...tail]);
        wellFormed(await validateBytes(bytes, { file }));
      }),
      { numRuns: 200 },
    );
  });

  it('random CSV-like text gives results', async () => {
    await fc.assert(
      fc.asyncProperty(csvish, async (text) => {
        wellFormed(await validateBytes(enc(text), { file: 'a.csv' }));
      }),
      { numRuns: 300 },
    );
  });

  it('random JSON gives results from the validator and a Result from parseDocument', async () => {
    await fc.assert(
      fc.asyncProperty(jsonish, async (text) => {
        wellFormed(await validateBytes(enc(text), { file: 'a.json' }));
        const r = parseDocument(JSON.parse(text) as unknown);
        expect(typeof r.ok).toBe('boolean');
        if (!r.ok) expect(typeof r.error.code).toBe('string');
      }),
      { numRuns: 300 },
    );
  });
});
