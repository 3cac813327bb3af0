import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../main.js';
import { recordingIo } from '../test-io.js';

/** The committed illustrative roadmap at the repository root, read where it lies. */
const examples = join(dirname(fileURLToPath(import.meta.url)), '../../../../examples');
const PLAN = 'dsc-roadmap.plan.json';

describe('examples/dsc-roadmap.plan.json', () => {
  it('validates without a finding', async () => {
    const io = recordingIo(examples);
    expect(await run(['validate', PLAN], io)).toBe(0);
    expect(io.out()).toContain('0 errors, 0 warnings');
  });

  it('schedules every activity and finds a critical path', async () => {
    const io = recordingIo(examples);
    expect(await run(['schedule', PLAN, '--format', 'json'], io)).toBe(0);
    const out = JSON.parse(io.out()) as { criticalPath: string[]; activities: { id: string }[] };
    const plan = JSON.parse(readFileSync(join(examples, PLAN), 'utf8')) as { activities: { id: string }[] };
    expect(out.activities.map((a) => a.id).sort()).toEqual(plan.activities.map((a) => a.id).sort());
    expect(out.criticalPath.length).toBeGreaterThan(0);
  });

  it('exports the schedule table and the proposal in every language', async () => {
    const csv = recordingIo(examples);
    expect(await run(['export', 'csv', PLAN, '--table', 'schedule'], csv)).toBe(0);
    expect(csv.out()).toContain('Finalise the independent feasibility study');
    for (const [lang, title] of [
      ['en', 'ILLUSTRATIVE roadmap'],
      ['ru', 'ИЛЛЮСТРАТИВНАЯ дорожная карта'],
      ['kk', 'ИЛЛЮСТРАТИВТІК жол картасы'],
    ] as const) {
      const io = recordingIo(examples);
      expect(await run(['export', 'proposal', PLAN, '--lang', lang, '--format', 'md'], io)).toBe(0);
      expect(io.out()).toContain(title);
    }
  });
});
