import { match } from 'ts-pattern';
import { describe, expect, it } from 'vitest';
import { broken, examples } from './__fixtures__/examples.js';
import type { DocumentError } from './errors.js';
import { documentErrorCodes } from './errors.js';
import { migrateDocument, parseDocument, parseDocumentOf } from './parse.js';
import { currentVersion, documentKinds } from './registry.js';

describe('parseDocument', () => {
  it.each(documentKinds)('accepts a valid %s document', (kind) => {
    const r = parseDocument(examples[kind]);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.value.kind).toBe(kind);
  });

  it.each(documentKinds)('rejects a broken %s document with a pointer to the value', (kind) => {
    const { doc, pointer } = broken[kind];
    const r = parseDocument(doc);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('invalid_document');
    if (r.error.code !== 'invalid_document') return;
    expect(r.error.issues.map((i) => i.pointer)).toContain(pointer);
  });

  it('reports what is wrong with the envelope', () => {
    expect(parseDocument([1, 2])).toEqual({ ok: false, error: { code: 'not_an_object', pointer: '' } });
    expect(parseDocument({ schemaVersion: 1 })).toEqual({ ok: false, error: { code: 'missing_kind', pointer: '/kind' } });
    const unknown = parseDocument({ kind: 'planz', schemaVersion: 1 });
    expect(unknown.ok || unknown.error).toMatchObject({ code: 'unknown_kind', kind: 'planz' });
    const future = parseDocument({ ...examples.plan, schemaVersion: 99 });
    expect(future.ok || future.error).toMatchObject({ code: 'unsupported_schema_version', version: 99, current: 2 });
    const missing = parseDocument({ kind: 'plan' });
    expect(missing.ok || missing.error).toMatchObject({ code: 'missing_schema_version', pointer: '/schemaVersion' });
  });

  it('locates problems deep in a plan and keeps every problem, not only the first', () => {
    const r = parseDocument({
      ...examples.plan,
      dependencies: [
        { from: 'feasibility', to: 'nowhere', type: 'FS' },
        { from: 'feasibility', to: 'wg-itsd', type: 'XX' },
      ],
    });
    expect(r.ok).toBe(false);
    if (r.ok || r.error.code !== 'invalid_document') throw new Error('expected invalid_document');
    expect(r.error.issues.map((i) => i.pointer)).toEqual(
      expect.arrayContaining(['/dependencies/1/type']),
    );
  });

  it('parseDocumentOf refuses a document of another kind', () => {
    const r = parseDocumentOf('plan', examples.country);
    expect(r.ok || r.error).toMatchObject({ code: 'unknown_kind', kind: 'country', known: ['plan'] });
  });

  it('every error code has a branch at an exhaustive edge', () => {
    const describe = (e: DocumentError): string =>
      match(e)
        .with({ code: 'not_an_object' }, () => 'not an object')
        .with({ code: 'missing_kind' }, () => 'no kind')
        .with({ code: 'unknown_kind' }, (x) => `unknown kind ${x.kind}`)
        .with({ code: 'missing_schema_version' }, () => 'no version')
        .with({ code: 'unsupported_schema_version' }, (x) => `version ${String(x.version)}`)
        .with({ code: 'migration_failed' }, (x) => `migration ${x.from}→${x.to}`)
        .with({ code: 'invalid_document' }, (x) => `${x.issues.length} issues`)
        .with({ code: 'too_deep' }, (x) => `deeper than ${x.max} at ${x.pointer}`)
        .exhaustive();
    expect(describe({ code: 'missing_kind', pointer: '/kind' })).toBe('no kind');
    expect(documentErrorCodes).toHaveLength(8);
  });
});

describe('migrations', () => {
  const v1 = {
    kind: 'plan',
    schemaVersion: 1,
    id: 'old',
    title: { en: 'A plan saved by the first release' },
    start: '2026-01-05',
    activities: [
      { id: 'a', name: { en: 'A' }, duration: 5 },
      { id: 'b', name: { en: 'B' }, duration: 3 },
      { id: 'c', name: { en: 'C' }, duration: 2 },
    ],
    dependencies: [
      { from: 'a', to: 'b', type: 'FS', lag: 2 },
      { from: 'a', to: 'c', type: 'SS', lag: -1, lagUnit: 'days' },
      { from: 'b', to: 'c', type: 'FF' },
    ],
  };

  it('migrates a v1 plan step by step to the current version without losing lags', () => {
    const r = parseDocument(v1);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.value.kind).toBe('plan');
    if (r.value.kind !== 'plan') return;
    expect(r.value.schemaVersion).toBe(currentVersion('plan'));
    expect(r.value.dependencies).toEqual([
      { from: 'a', to: 'b', type: 'FS', lag: { value: 2, unit: 'working' } },
      { from: 'a', to: 'c', type: 'SS', lag: { value: -1, unit: 'elapsed' } },
      { from: 'b', to: 'c', type: 'FF', lag: { value: 0, unit: 'working' } },
    ]);
  });

  it('never modifies the input document', () => {
    const copy = JSON.parse(JSON.stringify(v1)) as unknown;
    migrateDocument('plan', v1);
    expect(v1).toEqual(copy);
  });

  it('reports a v1 plan that is invalid after migration at the right place', () => {
    const r = parseDocument({ ...v1, dependencies: [{ from: 'a', to: 'b', lag: 'two' }] });
    expect(r.ok).toBe(false);
    if (r.ok || r.error.code !== 'invalid_document') throw new Error('expected invalid_document');
    expect(r.error.issues[0]?.pointer).toMatch(/^\/dependencies\/0\/lag/);
  });
});
