import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { documentKinds } from '@dsc/domain';
import { Ajv2020 } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { run } from '../main.js';
import { recordingIo } from '../test-io.js';

const addFormats = formats as unknown as (a: Ajv2020) => Ajv2020;

describe('dsc schema export', () => {
  it('writes one valid JSON Schema per document kind that accepts good and rejects broken documents', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dsc-schema-'));
    const io = recordingIo(dir);
    expect(await run(['schema', 'export', '--out', 's'], io, {})).toBe(0);
    expect(io.out()).toContain(`wrote ${documentKinds.length} schemas`);
    const files = (await readdir(join(dir, 's'))).sort();
    expect(files).toContain('plan.schema.json');
    expect(files).toContain('observation.schema.json');
    expect(files).toHaveLength(documentKinds.length);
    expect(files).toEqual(documentKinds.map((k) => `${k}.schema.json`).sort());
    const ajv = new Ajv2020({ strict: false });
    addFormats(ajv);
    const plan = ajv.compile(JSON.parse(await readFile(join(dir, 's', 'plan.schema.json'), 'utf8')) as object);
    const good = {
      kind: 'plan',
      schemaVersion: 2,
      id: 'dsc',
      title: { en: 'DSC roadmap', ru: 'Дорожная карта ЦЦР' },
      start: '2027-01-04',
      activities: [{ id: 'a1', name: { en: 'Feasibility study' }, duration: 40 }],
    };
    expect(plan(good)).toBe(true);
    expect(plan({ ...good, activities: [{ id: 'a1', name: { en: 'x' }, duration: 'long' }] })).toBe(false);
    expect(plan({ ...good, currency: 'DOLLARS' })).toBe(false);
  });

  it('asks for --out', async () => {
    const io = recordingIo(process.cwd());
    expect(await run(['schema', 'export'], io, {})).toBe(2);
    expect(io.err()).toContain('--out');
  });

  it('refuses an unknown action', async () => {
    const io = recordingIo(process.cwd());
    expect(await run(['schema', 'import', '--out', 'x'], io)).toBe(2);
  });
});
