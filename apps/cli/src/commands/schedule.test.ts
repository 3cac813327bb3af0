import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../main.js';
import { recordingIo } from '../test-io.js';

const dir = mkdtempSync(join(tmpdir(), 'dsc-schedule-'));
const write = (name: string, text: string): string => {
  writeFileSync(join(dir, name), text);
  return name;
};

const CSV = 'id,name,duration,predecessors\nA,Design,3,\nB,Build,2,A\nC,Train,4,A FS+0\nD,Launch,1,"B;C"\n';

describe('dsc schedule', () => {
  it('schedules a CSV and prints JSON in the documented shape', async () => {
    const io = recordingIo(dir);
    expect(await run(['schedule', write('a.csv', CSV), '--format', 'json'], io)).toBe(0);
    const out = JSON.parse(io.out()) as { projectDuration: number; criticalPath: string[]; activities: { id: string; totalFloat: number; es: number }[] };
    expect(out.projectDuration).toBe(8);
    expect(out.criticalPath).toEqual(['A', 'C', 'D']);
    expect(out.activities.find((a) => a.id === 'B')).toMatchObject({ es: 3, ef: 5, ls: 5, lf: 7, totalFloat: 2, freeFloat: 2, critical: false });
  });

  it('reads every relation type in MS Project notation', async () => {
    const io = recordingIo(dir);
    const csv = 'id,name,duration,predecessors\nA,a,5,\nB,b,3,A SS+2\nC,c,2,A FF+1\nD,d,3,A SF+5\nE,e,1,"B FS-1;C"\n';
    expect(await run(['schedule', write('types.csv', csv), '--format', 'csv'], io)).toBe(0);
    const lines = io.out().trim().split('\n');
    expect(lines[0]).toBe('id,name,duration,es,ef,ls,lf,total_float,free_float,critical,driving_predecessor');
    expect(lines[2]).toMatch(/^B,b,3,2,5,/);
    expect(lines[3]).toMatch(/^C,c,2,4,6,/);
    expect(lines[4]).toMatch(/^D,d,3,2,5,/);
    expect(lines[5]).toMatch(/^E,e,1,6,7,/);
  });

  it('prints a table with the critical path', async () => {
    const io = recordingIo(dir);
    expect(await run(['schedule', write('t.csv', CSV)], io)).toBe(0);
    expect(io.out()).toContain('critical path: A → C → D');
  });

  it('locates bad notation with line and column (exit 1)', async () => {
    const io = recordingIo(dir);
    expect(await run(['schedule', write('bad.csv', 'id,name,duration,predecessors\nA,a,1,\nB,b,2,A XX+2\n')], io)).toBe(1);
    expect(io.err()).toContain('bad.csv:3:7: cannot read predecessor "A XX+2"');
    expect(io.err()).toMatch(/hint:/i);
  });

  it('locates an unknown predecessor and a bad duration', async () => {
    const io = recordingIo(dir);
    expect(await run(['schedule', write('unk.csv', 'id,name,duration,predecessors\nA,a,1,Z\n')], io)).toBe(1);
    expect(io.err()).toContain('unk.csv:2:7: predecessor "Z" is not an activity id');
    const io2 = recordingIo(dir);
    expect(await run(['schedule', write('dur.csv', 'id,name,duration,predecessors\nA,a,x,\n')], io2)).toBe(1);
    expect(io2.err()).toContain('dur.csv:2:5:');
  });

  it('names a cycle', async () => {
    const io = recordingIo(dir);
    expect(await run(['schedule', write('cyc.csv', 'id,name,duration,predecessors\nA,a,1,C\nB,b,1,A\nC,c,1,B\n')], io)).toBe(1);
    expect(io.err()).toMatch(/dependency cycle: (A → B → C → A|B → C → A → B|C → A → B → C)/);
  });

  it('refuses an unknown format (exit 2) and a missing file (exit 3)', async () => {
    expect(await run(['schedule', write('f.csv', CSV), '--format', 'xml'], recordingIo(dir))).toBe(2);
    expect(await run(['schedule', 'missing.csv'], recordingIo(dir))).toBe(3);
  });

  it('schedules a plan file with dates on its calendar', async () => {
    const plan = {
      kind: 'plan',
      schemaVersion: 2,
      id: 'p',
      title: { en: 'P' },
      start: '2027-01-04',
      defaultCalendar: 'kz',
      calendars: [{ id: 'kz', name: 'Mon–Fri', workingDays: [1, 2, 3, 4, 5], holidays: [] }],
      activities: [
        { id: 'A', name: { en: 'A' }, duration: 5 },
        { id: 'B', name: { en: 'B' }, duration: 2 },
      ],
      dependencies: [{ from: 'A', to: 'B' }],
      scenarios: [{ id: 'long', name: { en: 'Longer A' }, patch: [{ op: 'replace', path: '/activities/0/duration', value: 10 }] }],
    };
    write('p.plan.json', JSON.stringify(plan));
    const io = recordingIo(dir);
    expect(await run(['schedule', 'p.plan.json', '--format', 'json'], io)).toBe(0);
    const out = JSON.parse(io.out()) as { projectFinish: string; activities: { id: string; start: string }[] };
    expect(out.projectFinish).toBe('2027-01-12');
    expect(out.activities[1]?.start).toBe('2027-01-11');
    const io2 = recordingIo(dir);
    expect(await run(['schedule', 'p.plan.json', '--scenario', 'long', '--format', 'json'], io2)).toBe(0);
    expect((JSON.parse(io2.out()) as { projectDuration: number }).projectDuration).toBe(12);
    const io3 = recordingIo(dir);
    expect(await run(['schedule', 'p.plan.json', '--scenario', 'nope'], io3)).toBe(2);
    expect(io3.err()).toContain('Known scenarios: long');
  });

  it('locates a cycle in a plan by JSON pointer', async () => {
    const plan = {
      kind: 'plan',
      schemaVersion: 2,
      id: 'p',
      title: { en: 'P' },
      start: '2027-01-04',
      activities: [
        { id: 'A', name: { en: 'A' }, duration: 5 },
        { id: 'B', name: { en: 'B' }, duration: 2 },
      ],
      dependencies: [{ from: 'A', to: 'B' }, { from: 'B', to: 'A' }],
    };
    write('c.plan.json', JSON.stringify(plan));
    const io = recordingIo(dir);
    expect(await run(['schedule', 'c.plan.json'], io)).toBe(1);
    expect(io.err()).toMatch(/c\.plan\.json#\/dependencies\/\d: dependency cycle/);
  });

  it('runs the quality checks on a plan with --quality (exit 1 on errors)', async () => {
    const plan = {
      kind: 'plan',
      schemaVersion: 2,
      id: 'q',
      title: { en: 'Q' },
      start: '2027-01-04',
      activities: [
        { id: 'A', name: { en: 'A' }, duration: 5 },
        { id: 'B', name: { en: 'B' }, duration: 2, deadline: '2027-01-04' },
      ],
      dependencies: [{ from: 'A', to: 'B', type: 'SS', lag: { value: -1, unit: 'working' } }],
    };
    write('q.plan.json', JSON.stringify(plan));
    const io = recordingIo(dir);
    expect(await run(['schedule', 'q.plan.json', '--quality'], io)).toBe(1);
    expect(io.out()).toContain('FAIL  dcma.leads');
    expect(io.out()).toMatch(/q\.plan\.json#\/activities\/1: Error: Negative float \(-?\d+\) on B \[dcma\.negative_float\]/);
    // the findings in the user's language, with the same pointers and rule ids
    const ru = recordingIo(dir);
    expect(await run(['schedule', 'q.plan.json', '--quality'], ru, { DSC_LANG: 'ru' })).toBe(1);
    expect(ru.out()).toMatch(/q\.plan\.json#\/activities\/1: Ошибка: .+ \[dcma\.negative_float\]/);
    const json = recordingIo(dir);
    expect(await run(['schedule', 'q.plan.json', '--quality', '--format', 'json'], json)).toBe(1);
    const out = JSON.parse(json.out()) as { quality: { errors: number; findings: { ruleId: string; message: string }[] } };
    expect(out.quality.errors).toBeGreaterThan(0);
    expect(out.quality.findings.find((f) => f.ruleId === 'dcma.leads')?.message).toContain('lead');
  });

  it('--quality labels each finding by its own severity; the summary counts the listed findings', async () => {
    const plan = {
      kind: 'plan',
      schemaVersion: 2,
      id: 'q',
      title: { en: 'Q' },
      start: '2027-01-04',
      activities: [
        { id: 'A', name: { en: 'A' }, duration: 5, constraint: { type: 'MSO', date: '2027-01-04' } },
        { id: 'B', name: { en: 'B' }, duration: 2, deadline: '2027-01-04' },
        { id: 'C', name: { en: 'C' }, duration: 3 },
      ],
      dependencies: [{ from: 'A', to: 'B', type: 'SS', lag: { value: -1, unit: 'working' } }],
    };
    write('s.plan.json', JSON.stringify(plan));
    const json = recordingIo(dir);
    await run(['schedule', 's.plan.json', '--quality', '--format', 'json'], json);
    const findings = (JSON.parse(json.out()) as { quality: { findings: { ruleId: string; severity: string; pointer: string }[] } }).quality.findings;
    const bySeverity = (s: string): number => findings.filter((f) => f.severity === s).length;
    expect(bySeverity('info')).toBeGreaterThan(0);
    expect(bySeverity('warning')).toBeGreaterThan(0);
    expect(bySeverity('error')).toBeGreaterThan(0);
    const io = recordingIo(dir);
    expect(await run(['schedule', 's.plan.json', '--quality'], io)).toBe(1);
    const listed = io.out().split('\n').filter((l) => l.startsWith('s.plan.json#'));
    expect(listed).toHaveLength(findings.length);
    for (const f of findings) expect(listed).toContain(listed.find((l) => l.startsWith(`s.plan.json#${f.pointer}: ${f.severity === 'error' ? 'Error' : f.severity === 'warning' ? 'Warning' : 'Info'}: `) && l.endsWith(`[${f.ruleId}]`)));
    const label = (l: string): string => /^s\.plan\.json#\S*: (Error|Warning|Info): /.exec(l)?.[1] ?? '';
    expect(listed.filter((l) => label(l) === 'Info')).toHaveLength(bySeverity('info'));
    expect(listed.filter((l) => label(l) === 'Warning')).toHaveLength(bySeverity('warning'));
    expect(io.out()).toContain(`${bySeverity('error')} error${bySeverity('error') === 1 ? '' : 's'}, ${bySeverity('warning')} warning${bySeverity('warning') === 1 ? '' : 's'}, ${bySeverity('info')} note${bySeverity('info') === 1 ? '' : 's'}`);
  });

  it('dates a CSV schedule on a working calendar with --start, --working-days and --holidays', async () => {
    const io = recordingIo(dir);
    const csv = write('cal.csv', 'id,name,duration,predecessors\nA,Design,5,\nB,Build,3,A FS+2ed\n');
    expect(await run(['schedule', csv, '--start', '2027-01-04', '--holidays', '2027-01-07', '--format', 'json'], io)).toBe(0);
    const out = JSON.parse(io.out()) as { projectFinish: string; activities: { id: string; es: number; start: string; finish: string }[] };
    expect(out.activities.map((a) => [a.id, a.es, a.start, a.finish])).toEqual([
      ['A', 0, '2027-01-04', '2027-01-11'],
      ['B', 7, '2027-01-14', '2027-01-18'],
    ]);
    expect(out.projectFinish).toBe('2027-01-18');
    expect(await run(['schedule', csv, '--start', '2027-01-04', '--working-days', '8'], recordingIo(dir))).toBe(2);
    expect(await run(['schedule', csv, '--start', '04.01.2027'], recordingIo(dir))).toBe(2);
  });
});

describe('dsc schedule in Russian and Kazakh (DSC_LANG)', () => {
  it.each([
    ['ru', 'длительность проекта: 8', 'критический путь: A → C → D'],
    ['kk', 'жоба ұзақтығы: 8', 'сыни жол: A → C → D'],
  ])('DSC_LANG=%s: the table footer is translated, the CSV output is not', async (lang, duration, path) => {
    const io = recordingIo(dir);
    expect(await run(['schedule', write('lang.csv', CSV)], io, { DSC_LANG: lang })).toBe(0);
    expect(io.out()).toContain(duration);
    expect(io.out()).toContain(path);
    const csv = recordingIo(dir);
    expect(await run(['schedule', 'lang.csv', '--format', 'csv'], csv, { DSC_LANG: lang })).toBe(0);
    expect(csv.out().split('\n')[0]).toBe('id,name,duration,es,ef,ls,lf,total_float,free_float,critical,driving_predecessor');
  });

  it.each([
    ['ru', '--start «04.01.2027» — не дата', 'Подсказка: Используйте формат ГГГГ-ММ-ДД.'],
    ['kk', '--start «04.01.2027» күн емес', 'Кеңес: ЖЖЖЖ-АА-КК пішімін пайдаланыңыз.'],
  ])('DSC_LANG=%s: a bad --start is a usage error with a hint', async (lang, message, hint) => {
    const io = recordingIo(dir);
    expect(await run(['schedule', write('start.csv', CSV), '--start', '04.01.2027'], io, { DSC_LANG: lang })).toBe(2);
    expect(io.err()).toContain(message);
    expect(io.err()).toContain(hint);
  });

  it('DSC_LANG=ru: an invalid plan file names each JSON pointer under a Russian heading', async () => {
    const io = recordingIo(dir);
    const file = write('bad.plan.json', JSON.stringify({ kind: 'plan', schemaVersion: 1 }));
    expect(await run(['schedule', file], io, { DSC_LANG: 'ru' })).toBe(1);
    expect(io.err()).toContain('недопустимый план:');
    expect(io.err()).toContain('bad.plan.json#/');
    expect(io.err()).toContain('Подсказка: Исправьте значения по этим указателям JSON.');
  });
});
