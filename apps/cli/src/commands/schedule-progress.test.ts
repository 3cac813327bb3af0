import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../main.js';
import { recordingIo } from '../test-io.js';

const dir = mkdtempSync(join(tmpdir(), 'dsc-schedule-progress-'));
const line = (id: string, activity: string, amount: number, actualCost?: number) => ({
  id,
  activity,
  budgetClass: '604',
  periodStart: '2027-01-01',
  periodEnd: '2027-01-20',
  money: { amount, currency: 'USD', valueDate: '2027-01-01' },
  ...(actualCost !== undefined ? { actualCost } : {}),
});

// Every day is worked (no calendar). A: planned 01-01 … 01-10, done 01-01 … 01-12. B: planned 01-11 … 01-20,
// started 01-13, 20 % done → remaining ceil(10 × 0.8) = 8 days from the end of the status day.
const plan = {
  kind: 'plan',
  schemaVersion: 2,
  id: 'p',
  title: { en: 'P' },
  start: '2027-01-01',
  statusDate: '2027-01-15',
  activities: [
    { id: 'A', name: { en: 'Design' }, duration: 10, actualStart: '2027-01-01', actualFinish: '2027-01-12' },
    { id: 'B', name: { en: 'Build' }, duration: 10, actualStart: '2027-01-13', percentComplete: 20 },
    { id: 'C', name: { en: 'Launch' }, duration: 0, milestone: true },
  ],
  dependencies: [
    { from: 'A', to: 'B' },
    { from: 'B', to: 'C' },
  ],
  budget: [line('L1', 'A', 1000, 600), line('L2', 'B', 2000, 500)],
  baselines: [
    {
      id: 'b0',
      name: 'inception',
      capturedAt: '2026-12-01',
      activities: [
        { id: 'A', start: '2027-01-01', finish: '2027-01-10' },
        { id: 'B', start: '2027-01-11', finish: '2027-01-20' },
        { id: 'C', start: '2027-01-20', finish: '2027-01-20' },
      ],
    },
  ],
};
writeFileSync(join(dir, 'p.plan.json'), JSON.stringify(plan));

type Out = {
  statusDate: string;
  baseline: string;
  activities: Record<string, unknown>[];
  earnedValue: { plan: Record<string, number> };
  progressFindings: { code: string; message: string }[];
};

describe('dsc schedule with progress', () => {
  it('prints status, actuals, variance against the latest baseline and earned value in JSON', async () => {
    const io = recordingIo(dir);
    expect(await run(['schedule', 'p.plan.json', '--format', 'json'], io)).toBe(0);
    const out = JSON.parse(io.out()) as Out;
    expect(out.statusDate).toBe('2027-01-15');
    expect(out.baseline).toBe('b0');
    // A finished 2 days after its baseline finish; B finishes 01-23 (offset 15 + 8 = 23), 3 days late
    expect(out.activities[0]).toMatchObject({ id: 'A', status: 'complete', percentComplete: 100, actualFinish: '2027-01-12', startVariance: 0, finishVariance: 2, bac: 1000, pv: 1000, ev: 1000, ac: 600 });
    expect(out.activities[1]).toMatchObject({ id: 'B', status: 'in_progress', remainingDuration: 8, start: '2027-01-13', finish: '2027-01-23', startVariance: 2, finishVariance: 3 });
    // B: PV over the baseline 01-11 … 01-20 by 01-15 = 2000 × 5/10 = 1000; EV = 20 % × 2000 = 400; SPI 0.4, CPI 400/500 = 0.8
    expect(out.activities[1]).toMatchObject({ pv: 1000, ev: 400, ac: 500, spi: 0.4, cpi: 0.8, eac: 2500 });
    // plan: PV 2000, EV 1400, AC 1100 → SPI 0.7, CPI 1.273, EAC 3000 / (1400/1100) = 2357.14
    expect(out.earnedValue.plan).toMatchObject({ bac: 3000, pv: 2000, ev: 1400, ac: 1100, spi: 0.7, cpi: 1.273, eac: 2357.14, vac: 642.86 });
    expect(out.progressFindings).toEqual([]);
  });

  it('--status-date overrides the plan: later, the remaining work moves and PV grows', async () => {
    const io = recordingIo(dir);
    expect(await run(['schedule', 'p.plan.json', '--format', 'csv', '--status-date', '2027-01-20'], io)).toBe(0);
    const [head, , b] = io.out().trim().split('\n');
    expect(head).toBe(
      'id,name,duration,es,ef,ls,lf,total_float,free_float,critical,driving_predecessor,start,finish,status,percent_complete,remaining_duration,actual_start,actual_finish,baseline_start,baseline_finish,start_variance,finish_variance,bac,pv,ev,ac,spi,cpi,eac',
    );
    // B: remaining 8 days from offset 20 → finish 01-28 (+8 against the baseline); PV = 2000 (all planned days past), EV 400 → SPI 0.2
    expect(b).toBe('B,Build,8,20,28,20,28,0,0,true,,2027-01-13,2027-01-28,in_progress,20,8,2027-01-13,,2027-01-11,2027-01-20,2,8,2000,2000,400,500,0.2,0.8,2500');
    expect(io.err()).toContain('progress at 2027-01-20: 1 complete, 1 in progress, 1 not started');
  });

  it('prints the progress and earned-value blocks under the table, and reports out-of-sequence work', async () => {
    const oos = { ...plan, activities: [plan.activities[0], plan.activities[1], { ...plan.activities[2], actualStart: '2027-01-14' }] };
    writeFileSync(join(dir, 'oos.plan.json'), JSON.stringify(oos));
    const io = recordingIo(dir);
    expect(await run(['schedule', 'oos.plan.json'], io)).toBe(0);
    expect(io.out()).toContain('status');
    expect(io.out()).toContain('earned value at 2027-01-15, USD:');
    expect(io.out()).toMatch(/plan\s+3000\s+2000\s+1400\s+1100\s+-600\s+300\s+0\.7\s+1\.273\s+2357\.14/);
    expect(io.out()).toContain('C progressed before its FS predecessor B allowed (out of sequence); its remaining work keeps the link [out_of_sequence]');
    const ru = recordingIo(dir);
    expect(await run(['schedule', 'oos.plan.json'], ru, { DSC_LANG: 'ru' })).toBe(0);
    expect(ru.out()).toContain('нарушение последовательности');
    expect(ru.out()).toContain('выполняется');
  });

  it('refuses an unknown baseline, a bad status date and progress options on a CSV (exit 2)', async () => {
    const bad = recordingIo(dir);
    expect(await run(['schedule', 'p.plan.json', '--baseline', 'nope'], bad)).toBe(2);
    expect(bad.err()).toContain('unknown baseline "nope"');
    expect(bad.err()).toContain('Known baselines: b0.');
    expect(await run(['schedule', 'p.plan.json', '--status-date', '15.01.2027'], recordingIo(dir))).toBe(2);
    writeFileSync(join(dir, 'a.csv'), 'id,name,duration,predecessors\nA,a,1,\n');
    const csv = recordingIo(dir);
    expect(await run(['schedule', 'a.csv', '--status-date', '2027-01-15'], csv)).toBe(2);
    expect(csv.err()).toContain('--status-date needs a plan file');
  });
});
