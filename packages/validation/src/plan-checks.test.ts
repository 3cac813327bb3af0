import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createTranslator, getMessages } from '@dsc/i18n';
import { describe, expect, it } from 'vitest';
import { validateDocument } from './documents.js';
import { renderFinding } from './render.js';
import { exitStatus } from './report.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const sample = readFileSync(fileURLToPath(new URL('../../../examples/dsc-roadmap.plan.json', import.meta.url)), 'utf8');
const plan = JSON.parse(sample) as Record<string, { id: string; name?: string }[]>;

describe('plan files', () => {
  it('the sample roadmap has no duplicate ids and no XML-forbidden characters', () => {
    const r = validateDocument(enc(sample), { file: 'dsc-roadmap.plan.json' });
    expect(r.findings.map((f) => f.ruleId)).not.toContain('plan/duplicate-id');
    expect(r.findings.map((f) => f.ruleId)).not.toContain('plan/xml-char');
  });

  it.each(['[]', '[{"id":"a"}]', '42', '"plan"', 'null', 'true'])('%s in a *.plan.json is an error at 1:1, exit 1', (text) => {
    const r = validateDocument(enc(text), { file: 'x.plan.json' });
    const f = r.findings.find((x) => x.code === 'plan_not_object');
    expect(f).toMatchObject({ ruleId: 'plan/schema', severity: 'error', line: 1, column: 1 });
    expect(exitStatus([r])).toBe(1);
  });

  it('a JSON array elsewhere stays a table of records', () => {
    const r = validateDocument(enc('[{"iso3":"KAZ","indicator":"EGDI","year":2024,"value":0.5}]'), { file: 'rows.json' });
    expect(r.findings.map((f) => f.code)).not.toContain('plan_not_object');
  });

  it.each(['activities', 'phases', 'results', 'kpis', 'risks', 'budget', 'funding', 'scenarios', 'organisations'])('a duplicate id among %s names both places', (collection) => {
    const list = plan[collection]!;
    expect(list.length).toBeGreaterThan(1);
    const copy = { ...plan, [collection]: list.map((x, i) => (i === 1 ? { ...x, id: list[0]!.id } : x)) };
    const text = JSON.stringify(copy, null, 2);
    const r = validateDocument(enc(text), { file: 'dup.plan.json' });
    const f = r.findings.find((x) => x.ruleId === 'plan/duplicate-id');
    expect(f, JSON.stringify(r.findings.map((x) => x.ruleId))).toBeDefined();
    const lines = text.split('\n');
    const firstLine = lines.findIndex((l) => l.includes(`"id": ${JSON.stringify(list[0]!.id)}`)) + 1;
    const secondLine = lines.findIndex((l, i) => i + 1 > firstLine && l.includes(`"id": ${JSON.stringify(list[0]!.id)}`)) + 1;
    expect(f).toMatchObject({ severity: 'error', line: secondLine, params: { id: list[0]!.id, collection, pointer: `/${collection}/1/id`, firstPointer: `/${collection}/0/id`, firstLine } });
    expect(f!.related).toEqual([{ file: 'dup.plan.json', line: firstLine, column: expect.any(Number) as number }]);
    expect(exitStatus([r])).toBe(1);
    const ru = renderFinding(f!, createTranslator('ru', getMessages('ru')).t).message;
    expect(ru).toContain(`/${collection}/0/id`);
    expect(ru).toContain(`строка ${firstLine}`);
  });

  it('the same id in two different kinds is allowed', () => {
    const copy = { ...plan, risks: plan['risks']!.map((x, i) => (i === 0 ? { ...x, id: plan['activities']![0]!.id } : x)) };
    const r = validateDocument(enc(JSON.stringify(copy, null, 2)), { file: 'ok.plan.json' });
    expect(r.findings.map((f) => f.ruleId)).not.toContain('plan/duplicate-id');
  });

  it.each([
    ['\\u0001', 'U+0001'],
    ['\\u001f', 'U+001F'],
    ['\\uffff', 'U+FFFF'],
    ['\\ufffe', 'U+FFFE'],
    ['\\ud800', 'U+D800'],
    ['x\\udc00', 'U+DC00'],
  ])('flags %s in a name (warning with location)', (esc, cp) => {
    const acts = plan['activities']!;
    const copy = { ...plan, activities: acts.map((x, i) => (i === 2 ? { ...x, name: 'NAME_HERE' } : x)) };
    const text = JSON.stringify(copy, null, 2).replace('"NAME_HERE"', `"Build${esc}"`);
    const r = validateDocument(enc(text), { file: 'ctl.plan.json' });
    const f = r.findings.find((x) => x.ruleId === 'plan/xml-char');
    const line = text.split('\n').findIndex((l) => l.includes('"Build')) + 1;
    expect(f).toMatchObject({ severity: 'warning', line, params: { pointer: '/activities/2/name', codepoint: cp } });
  });

  it('tab, LF, CR and paired surrogates are fine', () => {
    const text = JSON.stringify({ ...plan, activities: plan['activities']!.map((x, i) => (i === 0 ? { ...x, name: 'a\tb\nc\rd 😀' } : x)) });
    const r = validateDocument(enc(text), { file: 'fine.plan.json' });
    expect(r.findings.map((f) => f.ruleId)).not.toContain('plan/xml-char');
  });
});
