import { describe, expect, it } from 'vitest';
import { MAX_DOCUMENT_DEPTH, tooDeepAt } from './depth.js';
import { migrateDocument, parseDocument, parseDocumentOf } from './parse.js';

const nested = (n: number, leaf: string): string => '{"a":'.repeat(n) + leaf + '}'.repeat(n);

describe('document depth', () => {
  it('JSON.parse itself reads 100,000 levels; parseDocument refuses them with a pointer instead of a stack overflow', () => {
    const arrays = JSON.parse(`{"kind":"plan","schemaVersion":1,"x":${'['.repeat(100_000)}${']'.repeat(100_000)}}`) as unknown;
    const r = parseDocument(arrays);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatchObject({ code: 'too_deep', max: 256 });
      expect(r.error.code === 'too_deep' && r.error.pointer).toBe(`/x${'/0'.repeat(255)}`);
    }
    const objects = JSON.parse(`{"kind":${nested(100_000, '1')}}`) as unknown;
    expect(parseDocument(objects)).toMatchObject({ ok: false, error: { code: 'too_deep' } });
    expect(parseDocumentOf('plan', objects)).toMatchObject({ ok: false, error: { code: 'too_deep' } });
    expect(migrateDocument('plan', objects as Record<string, unknown>)).toMatchObject({ ok: false, error: { code: 'too_deep' } });
  });

  it('the document itself is depth 1: 256 levels pass the check, 257 do not', () => {
    expect(tooDeepAt(JSON.parse(nested(MAX_DOCUMENT_DEPTH - 1, '1')))).toBeUndefined();
    expect(tooDeepAt(JSON.parse(nested(MAX_DOCUMENT_DEPTH, '{}')))).toBe('/a'.repeat(MAX_DOCUMENT_DEPTH));
    expect(tooDeepAt({ 'a/b': { '~': [[1]] } }, 3)).toBe('/a~1b/~0/0');
    expect(tooDeepAt('text')).toBeUndefined();
  });

  it('a shared or cyclic value ends the walk', () => {
    const shared = { leaf: 1 };
    const cyclic: Record<string, unknown> = { a: shared, b: shared };
    cyclic['self'] = cyclic;
    expect(tooDeepAt(cyclic)).toBeUndefined();
  });

  it('a huge number is a schema error, not a crash', () => {
    const r = parseDocument(JSON.parse('{"kind":"plan","schemaVersion":1e400}') as unknown);
    expect(r).toMatchObject({ ok: false, error: { code: 'unsupported_schema_version' } });
  });
});
