import { readFileSync } from 'node:fs';
import { Plan } from '@dsc/domain';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { everyFeaturePlan } from '../__fixtures__/every-feature.js';
import { fromMspdi, toMspdi } from './mspdi.js';
import { importMspdi } from './mspdi-import.js';
import { mspdiExportLosses, mspdiImportLosses } from './mspdi-losses.js';

const sample = Plan.parse(JSON.parse(readFileSync(new URL('../../../../examples/dsc-roadmap.plan.json', import.meta.url), 'utf8')));

const exported = (plan: Plan): string => {
  const r = toMspdi(plan);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  expect(XMLValidator.validate(r.value.xml)).toBe(true);
  return r.value.xml;
};
const imported = (xml: string): ReturnType<typeof importMspdi> & { ok: true } => {
  const r = importMspdi(xml);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r;
};
/** The `<Task>` element whose Text1 is `id`, for editing a file the way MS Project would. */
const taskOf = (xml: string, id: string): string => {
  const at = xml.indexOf(`<Value>${id}</Value>`);
  const from = xml.lastIndexOf('<Task>', at);
  return xml.slice(from, xml.indexOf('</Task>', at) + '</Task>'.length);
};

describe('MSPDI round trip: plan → MSPDI → plan', () => {
  it.each([
    ['the illustrative roadmap', sample],
    ['a plan using every feature', everyFeaturePlan],
  ])('is lossless for %s', (_name, plan) => {
    const xml = exported(plan);
    const back = imported(xml);
    expect(back.value.plan).toEqual(plan);
    expect(Plan.parse(JSON.parse(JSON.stringify(back.value.plan)))).toEqual(plan);
    expect(back.value.report).toEqual({ payload: 'read', deletedActivities: [], budgetLinks: 0 });
    expect(mspdiExportLosses(plan)).toEqual([]);
    expect(mspdiImportLosses(xml)).toEqual([]);
  });

  it('writes phases and outputs as summary tasks with outline numbers and WBS codes', () => {
    const xml = exported(everyFeaturePlan);
    expect(taskOf(xml, 'P1')).toMatch(/<Name>One<\/Name>[\s\S]*<WBS>P1<\/WBS>\s*<OutlineNumber>1<\/OutlineNumber>\s*<OutlineLevel>1<\/OutlineLevel>[\s\S]*<Summary>1<\/Summary>[\s\S]*<Value>phase<\/Value>/);
    expect(taskOf(xml, 'A')).toMatch(/<WBS>1\.1<\/WBS>\s*<OutlineNumber>1\.1\.1<\/OutlineNumber>\s*<OutlineLevel>3<\/OutlineLevel>/);
    expect(taskOf(xml, 'B')).toMatch(/<PercentComplete>38<\/PercentComplete>\s*<ActualStart>2027-01-19T08:00:00<\/ActualStart>\s*<RemainingDuration>PT24H0M0S<\/RemainingDuration>/);
    expect(xml).toContain('<StatusDate>2027-02-12T17:00:00</StatusDate>');
    // Phase P3 has no activities and gets no task; it still comes back from the payload.
    expect(xml).not.toContain('<Name>Empty phase</Name>');
  });

  it('without the payload, reads the structure the file shows: phases, outputs, summary tree and progress', () => {
    const xml = exported(everyFeaturePlan).replace(/<Notes>dsc-plan-payload[^<]*<\/Notes>/, '');
    const back = imported(xml);
    expect(back.value.report.payload).toBe('none');
    const p = back.value.plan;
    expect(p.phases.map((x) => [x.id, x.name.en])).toEqual([['P1', 'One'], ['P2', 'Two']]);
    expect(p.results.map((x) => [x.id, x.level, x.title.en])).toEqual([['OP1', 'output', 'Output 1'], ['OP2', 'output', 'Output 2']]);
    expect(p.activities.map((a) => [a.id, a.parent, a.phase, a.output])).toEqual(everyFeaturePlan.activities.map((a) => [a.id, a.parent, a.parent === undefined ? a.phase : undefined, a.parent === undefined ? a.output : undefined]));
    expect(p.activities.find((a) => a.id === 'B')).toMatchObject({ actualStart: '2027-01-19', percentComplete: 38, remainingDuration: 3 });
    expect(p.statusDate).toBe('2027-02-12');
  });
});

describe('MSPDI edited in MS Project, then imported', () => {
  const xml = exported(everyFeaturePlan);

  it('takes the fields MS Project changed and keeps the payload for the rest', () => {
    const b = taskOf(xml, 'B');
    const edited = b
      .replace('<Name>Design</Name>', '<Name>Design (revised)</Name>')
      .replace('<Duration>PT40H0M0S</Duration>', '<Duration>PT56H0M0S</Duration>')
      .replace('<PercentComplete>38</PercentComplete>', '<PercentComplete>60</PercentComplete>');
    const back = imported(xml.replace(b, edited)).value.plan;
    const before = everyFeaturePlan.activities.find((a) => a.id === 'B');
    expect(back.activities.find((a) => a.id === 'B')).toEqual({ ...before, name: { en: 'Design (revised)' }, duration: 7, percentComplete: 60 });
    // Untouched activities keep everything, translations included.
    expect(back.activities.find((a) => a.id === 'A')).toEqual(everyFeaturePlan.activities.find((a) => a.id === 'A'));
    expect(back.kpis).toEqual(everyFeaturePlan.kpis);
  });

  it('drops the activity of a task deleted in MS Project, with its links and budget lines’ references, and reports it', () => {
    const s2 = taskOf(xml, 'S2');
    const r = imported(xml.replace(s2, ''));
    expect(r.value.plan.activities.map((a) => a.id)).not.toContain('S2');
    expect(r.value.plan.dependencies.some((d) => d.to === 'S2' || d.from === 'S2')).toBe(false);
    expect(r.value.plan.budget.find((x) => x.id === 'b4')).not.toHaveProperty('activity');
    expect(r.value.report).toEqual({ payload: 'read', deletedActivities: ['S2'], budgetLinks: 1 });
    expect(mspdiImportLosses(xml.replace(s2, ''))).toEqual([
      { part: 'deleted_activities', count: 1 },
      { part: 'budget_activity_links', count: 1 },
    ]);
  });

  it('adds a task added in MS Project, under the phase it was put in', () => {
    const d = taskOf(xml, 'D');
    const added = `${d}\n<Task><UID>99</UID><ID>99</ID><Name>New work</Name><OutlineLevel>2</OutlineLevel><Duration>PT16H0M0S</Duration><PredecessorLink><PredecessorUID>1</PredecessorUID><Type>1</Type><LinkLag>0</LinkLag></PredecessorLink></Task>`;
    const back = imported(xml.replace(d, added)).value.plan;
    expect(back.activities.at(-1)).toMatchObject({ id: 'T99', name: { en: 'New work' }, duration: 2, phase: 'P2' });
    expect(back.dependencies.at(-1)).toEqual({ from: 'A', to: 'T99', type: 'FS', lag: { value: 0, unit: 'working' } });
    expect(back.activities.slice(0, -1)).toEqual(everyFeaturePlan.activities);
  });

  it('moves an activity that MS Project put under another phase out of its output', () => {
    const d = taskOf(xml, 'D');
    const b = taskOf(xml, 'B');
    const moved = xml.replace(d, '').replace(b, `${b}\n${d.replace(/<OutlineLevel>\d+<\/OutlineLevel>/, '<OutlineLevel>2</OutlineLevel>')}`);
    const back = imported(moved).value.plan;
    const before = everyFeaturePlan.activities.find((a) => a.id === 'D');
    expect(back.activities.find((a) => a.id === 'D')).toEqual({ ...before, phase: 'P1' });
    expect(back.activities.find((a) => a.id === 'B')).toEqual(everyFeaturePlan.activities.find((a) => a.id === 'B'));
  });

  it('ignores a payload that no longer decodes, and reports it', () => {
    const broken = xml.replace(/(dsc-plan-payload\/1\n)(.)/, '$1!');
    const r = imported(broken);
    expect(r.value.report.payload).toBe('unreadable');
    expect(mspdiImportLosses(broken)).toEqual([{ part: 'unreadable_payload', count: 1 }]);
    expect(fromMspdi(broken).ok).toBe(true);
  });
});
