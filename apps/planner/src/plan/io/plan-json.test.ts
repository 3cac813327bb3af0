import { samplePlan } from '@dsc/datasets';
import { describe, expect, it } from 'vitest';
import { locatePointer, readPlanFile, writePlanFile } from './plan-json.js';

describe('plan files', () => {
  it('round-trips the sample plan byte for byte', async () => {
    const plan = await samplePlan();
    const text = writePlanFile(plan);
    const back = readPlanFile(text, 'sample.plan.json');
    expect(back.ok).toBe(true);
    expect(back.ok && writePlanFile(back.value)).toBe(text);
  });

  it('locates JSON syntax errors by line and column', () => {
    const r = readPlanFile('{\n  "kind": "plan",\n  oops\n}', 'bad.plan.json');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatchObject({
      code: 'invalid_json',
      file: 'bad.plan.json',
      line: 3,
      column: 3,
    });
  });

  it('locates schema errors through their JSON pointer', () => {
    const text =
      '{\n  "kind": "plan",\n  "schemaVersion": 2,\n  "id": "x",\n  "title": { "en": "T" },\n  "start": "2027-13-01"\n}';
    const r = readPlanFile(text, 'p.plan.json');
    expect(!r.ok && r.error).toMatchObject({ code: 'invalid_plan', line: 6, column: 3 });
    expect(locatePointer('{"a":[{"b":1},{"b":2}]}', '/a/1/b')).toEqual({ line: 1, column: 16 });
  });

  it('refuses a document of another kind', () => {
    const r = readPlanFile('{"kind":"country"}', 'c.json');
    expect(!r.ok && r.error.code).toBe('invalid_plan');
  });
});
