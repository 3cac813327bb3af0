import { describe, expect, it } from 'vitest';
import { validateBytes } from '../files.js';
import { jsonLocation, tooDeepOffset } from '../json-location.js';
import { renderMessage } from '../render.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

async function only(text: string) {
  const [r] = await validateBytes(enc(text), { file: 'deep.plan.json' });
  return r!;
}

describe('hostile JSON', () => {
  it('100,000 nested arrays give one located error, not a stack overflow', async () => {
    const r = await only('['.repeat(100_000) + ']'.repeat(100_000));
    expect(r.errors).toBe(1);
    const f = r.findings[0]!;
    expect([f.ruleId, f.code, f.params]).toEqual(['plan/invalid-json', 'json_too_deep', { max: 256 }]);
    expect([f.line, f.column]).toEqual([1, 257]);
    expect(f.hint).toEqual({ code: 'json_too_deep', params: {} });
    expect(renderMessage(f)).toBe('Arrays and objects are nested more than 256 levels deep; the document was not read.');
  });

  it('deep objects inside a plan are located at the line of the first bracket too deep', async () => {
    const r = await only(`{\n"kind": "plan",\n"x": ${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}}`);
    expect(r.findings.map((f) => [f.code, f.line, f.column])).toEqual([['json_too_deep', 3, 6 + 255 * 5]]);
  });

  it('an unclosed run of brackets is refused the same way', async () => {
    expect((await only('{"kind":"plan","x":' + '['.repeat(300_000))).findings[0]!.code).toBe('json_too_deep');
  });

  it('brackets inside strings do not count', () => {
    expect(tooDeepOffset(`{"a":"${'['.repeat(1000)}\\"${'{'.repeat(1000)}"}`, 2)).toBeUndefined();
    expect(tooDeepOffset('[[[]]]', 3)).toBeUndefined();
    expect(tooDeepOffset('[[[[]]]]', 3)).toBe(3);
  });

  it('huge numbers and a huge exponent are schema errors', async () => {
    const r = await only('{"kind":"plan","schemaVersion":1e999999,"x":123456789012345678901234567890e300}');
    expect(r.errors).toBeGreaterThan(0);
    expect(r.findings.every((f) => f.ruleId === 'plan/schema')).toBe(true);
  });

  it('a table of records with deep cells stays within the limit', async () => {
    const r = await only(`[{"iso3":"KAZ","v":${'['.repeat(200)}${']'.repeat(200)}}]`);
    expect(r.findings.some((f) => f.code === 'json_too_deep')).toBe(false);
  });

  it('jsonLocation does not locate text nested too deep', () => {
    expect(jsonLocation('['.repeat(100_000), [0])).toBeUndefined();
  });
});
