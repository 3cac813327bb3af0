import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar.js';
import { schedulePlan } from '../plan-schedule.js';
import { fromMspdi } from './mspdi.js';

/**
 * Schedule parity with MS Project on hand-made MSPDI files (`src/__fixtures__/mspdi/`), each holding the Start and
 * Finish MS Project computes for every task and a comment saying why. Each file is imported and scheduled, and every
 * task must land on those days. MS Project's times are minutes; the plan's are whole days, so a Finish at the start
 * of a working day (an elapsed duration ending at 08:00) is the end of the day before.
 */

const DIR = new URL('../__fixtures__/mspdi/', import.meta.url);
const files = readdirSync(DIR).filter((f) => f.endsWith('.xml')).sort();

/** UID, name, Start and Finish of each task (UID 0, the project summary, left out). */
const expected = (xml: string): { uid: string; name: string; start: string; finish: string }[] =>
  [...xml.matchAll(/<Task><UID>(\d+)<\/UID>.*?<Name>([^<]*)<\/Name>.*?<Start>([^<]+)<\/Start><Finish>([^<]+)<\/Finish>/g)]
    .filter((m) => m[1] !== '0')
    .map((m) => ({ uid: m[1] ?? '', name: m[2] ?? '', start: m[3] ?? '', finish: m[4] ?? '' }));

const dayStart = (xml: string): string => /<DefaultStartTime>([^<]+)</.exec(xml)?.[1] ?? '08:00:00';

describe('MSPDI import and schedule parity with MS Project', () => {
  it('has the corpus', () => {
    expect(files).toEqual(['calendars.xml', 'constraints-honored.xml', 'constraints-not-honored.xml', 'elapsed.xml', 'manual.xml', 'minutes-split-shift.xml', 'progress.xml']);
  });

  it.each(files)('%s: every task lands on the Start and Finish MS Project computes', (file) => {
    const xml = readFileSync(new URL(file, DIR), 'utf8');
    const plan = fromMspdi(xml);
    if (!plan.ok) throw new Error(JSON.stringify(plan.error));
    const s = schedulePlan(plan.value);
    if (!s.ok) throw new Error(JSON.stringify(s.error));
    const dates = new Map(s.value.activities.map((a) => [a.id, [a.start, a.finish]]));
    const tasks = expected(xml);
    expect(tasks.length).toBeGreaterThan(2);
    const startOfDay = dayStart(xml);
    for (const t of tasks) {
      const finish = t.finish.slice(11) === startOfDay ? addDays(t.finish.slice(0, 10), -1) : t.finish.slice(0, 10);
      expect([t.name, ...(dates.get(`T${t.uid}`) ?? [])]).toEqual([t.name, t.start.slice(0, 10), finish]);
    }
  });

  it('reads progress into the plan: status date, actual dates, % complete and remaining duration', () => {
    const plan = fromMspdi(readFileSync(new URL('progress.xml', DIR), 'utf8'));
    if (!plan.ok) throw new Error(JSON.stringify(plan.error));
    expect(plan.value.statusDate).toBe('2027-01-12');
    expect(plan.value.activities.map((a) => [a.id, a.actualStart, a.actualFinish, a.percentComplete, a.remainingDuration])).toEqual([
      ['T1', '2027-01-04', '2027-01-08', 100, 0],
      ['T2', '2027-01-11', undefined, 50, 2],
      ['T3', undefined, undefined, undefined, undefined],
    ]);
  });

  it('reads recurring calendar exceptions, elapsed durations and the honor-constraints setting as it schedules them', () => {
    const cal = fromMspdi(readFileSync(new URL('calendars.xml', DIR), 'utf8'));
    expect(cal.ok && cal.value.calendars[0]?.holidays.map((h) => [h.date, h.name])).toEqual([
      ['2027-01-07', 'Orthodox Christmas'],
      ['2027-01-13', 'Wednesday shutdown'],
      ['2027-01-20', 'Wednesday shutdown'],
      ['2027-02-01', 'First Monday of February'],
      ['2028-02-07', 'First Monday of February'],
    ]);
    const elapsed = fromMspdi(readFileSync(new URL('elapsed.xml', DIR), 'utf8'));
    expect(elapsed.ok && elapsed.value.activities.find((a) => a.id === 'T3')).toMatchObject({ duration: 3, calendar: 'elapsed-days' });
    const soft = fromMspdi(readFileSync(new URL('constraints-not-honored.xml', DIR), 'utf8'));
    expect(soft.ok && soft.value.activities.map((a) => a.constraint?.type)).toEqual([undefined, 'SNET', 'FNET', 'SNLT', 'SNET']);
    const manual = fromMspdi(readFileSync(new URL('manual.xml', DIR), 'utf8'));
    expect(manual.ok && manual.value.activities.find((a) => a.id === 'T2')?.constraint).toEqual({ type: 'MSO', date: '2027-01-06' });
  });
});
