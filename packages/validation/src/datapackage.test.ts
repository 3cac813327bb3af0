import { describe, expect, it } from 'vitest';
import { planDataPackage, unsafeResourcePath } from './datapackage.js';

const plan = (descriptor: unknown, files: Record<string, string> = {}): ReturnType<typeof planDataPackage> =>
  planDataPackage(typeof descriptor === 'string' ? descriptor : JSON.stringify(descriptor, null, 2), { file: 'pkg/datapackage.json', readText: (f) => files[f] });

describe('Frictionless Data Package descriptors', () => {
  it('plans each tabular resource relative to the descriptor, with its schema and dialect', () => {
    const p = plan(
      {
        resources: [
          { name: 'scores', path: 'data/a.csv', schema: { fields: [{ name: 'id', type: 'integer' }], primaryKey: 'id' }, dialect: { delimiter: ';' } },
          { name: 'parts', path: ['data/p1.csv', 'data/p2.csv'], schema: 'schema.json', encoding: 'windows-1251' },
        ],
      },
      { 'pkg/schema.json': '{"fields":[{"name":"code"}]}' },
    );
    expect(p.descriptor.findings).toEqual([]);
    expect(p.resources).toEqual([
      { name: 'scores', files: ['pkg/data/a.csv'], schema: { fields: [{ name: 'id', type: 'integer' }], primaryKey: 'id' }, dialect: { delimiter: ';' }, encoding: undefined },
      { name: 'parts', files: ['pkg/data/p1.csv', 'pkg/data/p2.csv'], schema: { fields: [{ name: 'code' }] }, dialect: {}, encoding: 'windows-1251' },
    ]);
  });

  it('refuses absolute paths, escapes from the folder and URLs, at their place in the descriptor', () => {
    const p = plan({
      resources: [
        { name: 'up', path: '../secret.csv' },
        { name: 'deep', path: 'data/../../x.csv' },
        { name: 'abs', path: '/etc/hosts.csv' },
        { name: 'win', path: 'C:\\data\\x.csv' },
        { name: 'url', path: 'https://example.org/x.csv' },
        { name: 'ok', path: 'data/./../ok.csv' },
      ],
    });
    const found = p.descriptor.findings.filter((f) => f.ruleId === 'package/resource-path');
    expect(found.map((f) => [f.resource, f.code === 'resource_path' && f.params.reason, f.line])).toEqual([
      ['up', 'escape', 5],
      ['deep', 'escape', 9],
      ['abs', 'absolute', 13],
      ['win', 'absolute', 17],
      ['url', 'url', 21],
    ]);
    expect(p.resources.map((r) => r.name)).toEqual(['ok']);
    expect(p.descriptor.errors).toBe(5);
  });

  it('a schema file outside the package is refused like a resource path', () => {
    const p = plan({ resources: [{ name: 'a', path: 'a.csv', schema: '../schema.json' }] });
    expect(p.descriptor.findings.map((f) => f.ruleId)).toEqual(['package/resource-path']);
    expect(p.resources).toEqual([]);
  });

  it('bad JSON and a bad shape are located findings, not exceptions', () => {
    const bad = plan('{\n  "resources": [\n    {"name": "a", "path": "a.csv"}\n  ');
    expect(bad.descriptor.findings[0]).toMatchObject({ ruleId: 'package/descriptor', code: 'package_json', line: 4 });
    const shape = plan({ resources: [{ name: 3, path: 'a.csv' }] });
    expect(shape.descriptor.findings[0]).toMatchObject({ ruleId: 'package/descriptor', code: 'package_schema', line: 4, params: { pointer: '/resources/0/name' } });
    expect(plan({ name: 'x' }).descriptor.findings[0]).toMatchObject({ code: 'package_schema', params: { pointer: '/resources' } });
  });

  it('inline data and non-tabular files are said to be skipped', () => {
    const p = plan({ resources: [{ name: 'inline', data: [{ a: 1 }] }, { name: 'pdf', path: 'doc.pdf' }, { name: 'geo', path: 'x.json', format: 'json' }] });
    expect(p.descriptor.findings.map((f) => [f.ruleId, f.resource])).toEqual([
      ['package/skipped-resource', 'inline'],
      ['package/skipped-resource', 'pdf'],
      ['package/skipped-resource', 'geo'],
    ]);
    expect(p.descriptor.errors).toBe(0);
  });

  it('unsafeResourcePath', () => {
    expect(unsafeResourcePath('a/b.csv')).toBeUndefined();
    expect(unsafeResourcePath('a/../b.csv')).toBeUndefined();
    expect(unsafeResourcePath('..\\b.csv')).toBe('escape');
    expect(unsafeResourcePath('file:///etc/passwd')).toBe('url');
    expect(unsafeResourcePath('\\\\server\\share\\x.csv')).toBe('absolute');
  });
});
