import { Plan } from '@dsc/domain';
import { describe, expect, it } from 'vitest';
import { fixturePlan } from '../__fixtures__/plan.js';
import { fromMspdi, toMspdi } from './mspdi.js';
import { mspdiExportLosses, mspdiImportLosses } from './mspdi-losses.js';

describe('mspdiExportLosses', () => {
  it('is empty for a plan export (the payload holds the whole plan); a scenario export loses the values its patch replaced', () => {
    expect(mspdiExportLosses(fixturePlan)).toEqual([]);
    expect(mspdiExportLosses(fixturePlan, { scenario: 'fast' })).toEqual([{ part: 'scenario_base', count: 1 }]);
    const xml = toMspdi(fixturePlan);
    if (!xml.ok) throw new Error(xml.error.code);
    const back = fromMspdi(xml.value.xml);
    expect(back.ok && back.value).toEqual(fixturePlan);
  });

  it('is empty for a plan made only of what the file holds, and the round trip keeps that plan', () => {
    const plan = Plan.parse({
      kind: 'plan',
      schemaVersion: 2,
      id: 'bare',
      title: { en: 'Bare' },
      start: '2027-01-04',
      activities: [
        { id: 'a', name: { en: 'A' }, duration: 3, notes: 'n' },
        { id: 'b', name: { en: 'B' }, duration: 0, milestone: true, deadline: '2027-02-01' },
      ],
      dependencies: [{ from: 'a', to: 'b', type: 'FS', lag: { value: 1, unit: 'working' } }],
    });
    expect(mspdiExportLosses(plan)).toEqual([]);
    const xml = toMspdi(plan);
    if (!xml.ok) throw new Error(xml.error.code);
    const back = fromMspdi(xml.value.xml, { id: 'bare' });
    if (!back.ok) throw new Error(back.error.code);
    expect(back.value.activities.map((a) => [a.id, a.name.en, a.duration, a.milestone])).toEqual([
      ['a', 'A', 3, false],
      ['b', 'B', 0, true],
    ]);
    expect(mspdiImportLosses(xml.value.xml)).toEqual([]);
  });

  it('keeps translated names, assignments and gates of activities, which MSPDI has no field for', () => {
    const plan = Plan.parse({
      kind: 'plan',
      schemaVersion: 2,
      id: 'p',
      title: { en: 'P', ru: 'П' },
      start: '2027-01-04',
      organisations: [{ id: 'o', name: { en: 'O' } }],
      activities: [{ id: 'a', name: { en: 'A', kk: 'А' }, duration: 1, gate: 'Council', assignments: [{ organisation: 'o', role: 'R' }] }],
    });
    expect(mspdiExportLosses(plan)).toEqual([]);
    const xml = toMspdi(plan);
    if (!xml.ok) throw new Error(xml.error.code);
    const back = fromMspdi(xml.value.xml);
    expect(back.ok && back.value).toEqual(plan);
  });
});

describe('mspdiImportLosses', () => {
  it('counts resources, assignments, baselines and costs that the import does not read, and reads progress', () => {
    const xml = `<Project xmlns="http://schemas.microsoft.com/project">
<Tasks>
<Task><UID>0</UID><Name>Project</Name><Cost>900</Cost></Task>
<Task><UID>1</UID><Name>A</Name><Duration>PT8H0M0S</Duration><PercentComplete>50</PercentComplete><Cost>100</Cost><Baseline><Number>0</Number></Baseline></Task>
<Task><UID>2</UID><Name>B</Name><Duration>PT8H0M0S</Duration><PercentComplete>0</PercentComplete></Task>
</Tasks>
<Resources><Resource><UID>0</UID></Resource><Resource><UID>1</UID><Name>Analyst</Name></Resource></Resources>
<Assignments><Assignment><TaskUID>1</TaskUID><ResourceUID>1</ResourceUID></Assignment><Assignment><TaskUID>2</TaskUID><ResourceUID>-65535</ResourceUID></Assignment></Assignments>
</Project>`;
    expect(mspdiImportLosses(xml)).toEqual([
      { part: 'resources', count: 1 },
      { part: 'resource_assignments', count: 1 },
      { part: 'task_baselines', count: 1 },
      { part: 'task_costs', count: 1 },
    ]);
    const plan = fromMspdi(xml);
    expect(plan.ok && plan.value.activities.map((a) => [a.id, a.percentComplete])).toEqual([
      ['T1', 50],
      ['T2', undefined],
    ]);
  });

  it('is empty for a file that is not XML or has a DOCTYPE (the import reports those)', () => {
    expect(mspdiImportLosses('<Project><Tasks>')).toEqual([]);
    expect(mspdiImportLosses('<!DOCTYPE x><Project><Resources><Resource><UID>1</UID></Resource></Resources></Project>')).toEqual([]);
  });
});
