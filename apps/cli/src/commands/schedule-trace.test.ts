import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { recommendationSet } from '@dsc/datasets';
import { describe, expect, it } from 'vitest';
import { run } from '../main.js';
import { recordingIo } from '../test-io.js';

const examples = join(dirname(fileURLToPath(import.meta.url)), '../../../../examples');
const PLAN = 'dsc-roadmap.plan.json';
const dir = mkdtempSync(join(tmpdir(), 'dsc-trace-'));
type Out = { quality: { findings: { ruleId: string; severity: string; subject?: string; value?: string; message: string }[]; metrics: { ruleId: string; pass: boolean }[] } };
const trace = (out: Out) => out.quality.findings.filter((f) => f.ruleId.startsWith('trace.'));

describe('dsc schedule --quality: traceability to recommendations', () => {
  it('traces the illustrative roadmap to the packaged recommendations with no error or warning', async () => {
    const io = recordingIo(examples);
    await run(['schedule', PLAN, '--quality', '--format', 'json'], io);
    const out = JSON.parse(io.out()) as Out;
    expect(trace(out).filter((f) => f.severity !== 'info')).toEqual([]);
    expect(out.quality.metrics.find((m) => m.ruleId === 'trace.recommendation_without_action')?.pass).toBe(true);
  });

  it('reads the set given with --recommendations and reports what it does not hold, in the user’s language', async () => {
    const set = recommendationSet();
    const without = { ...set, recommendations: set.recommendations.filter((r) => r.id !== 'rec-tjk-internet-use') };
    writeFileSync(join(dir, 'set.json'), JSON.stringify(without));
    writeFileSync(join(dir, PLAN), readFileSync(join(examples, PLAN)));
    const io = recordingIo(dir);
    expect(await run(['schedule', PLAN, '--quality', '--recommendations', 'set.json', '--format', 'json'], io, { DSC_LANG: 'ru' })).toBe(1);
    const unknown = trace(JSON.parse(io.out()) as Out).filter((f) => f.ruleId === 'trace.unknown_recommendation');
    expect(unknown.map((f) => [f.subject, f.value])).toEqual([
      ['A13', 'rec-tjk-internet-use'],
      ['K2', 'rec-tjk-internet-use'],
    ]);
    expect(unknown[0]!.message).toBe('A13 ссылается на рекомендацию, которой нет в наборе: «rec-tjk-internet-use»');
  });

  it('says where a recommendation-set file is wrong', async () => {
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ ...recommendationSet(), schemaVersion: 1, id: '' }));
    const io = recordingIo(dir);
    expect(await run(['schedule', PLAN, '--quality', '--recommendations', 'bad.json'], io)).not.toBe(0);
    expect(io.err()).toContain('bad.json#/id');
  });

  it('leaves out the traceability check for a plan that names no recommendation', async () => {
    const plan = { kind: 'plan', schemaVersion: 2, id: 'p', title: { en: 'P' }, start: '2027-01-04', activities: [{ id: 'a', name: { en: 'A' }, duration: 3 }] };
    writeFileSync(join(dir, 'plain.plan.json'), JSON.stringify(plan));
    const io = recordingIo(dir);
    await run(['schedule', 'plain.plan.json', '--quality', '--format', 'json'], io);
    expect(trace(JSON.parse(io.out()) as Out)).toEqual([]);
  });
});
