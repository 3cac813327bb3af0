import { describe, expect, it } from 'vitest';
import { fixturePlan } from '../__fixtures__/plan.js';
import { schedulePlan } from '../plan-schedule.js';
import { proposalToDocx } from './docx.js';
import { durationMinutes, fromMspdi, milestonesToIcal, toMspdi } from './mspdi.js';
import { ENGLISH_PROPOSAL_LABELS, PROPOSAL_LABEL_KEYS, buildProposal, proposalToMarkdown } from './proposal.js';
import { planTables, tableToCsv } from './tables.js';
import { tablesToXlsx } from './xlsx.js';

const unzipNames = (bytes: Uint8Array): string[] => {
  // Central directory entries of a ZIP file: signature 0x02014b50, name length at +28, name at +46.
  const names: string[] = [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i + 46 < bytes.length; i++)
    if (view.getUint32(i, true) === 0x02014b50) {
      const len = view.getUint16(i + 28, true);
      names.push(new TextDecoder().decode(bytes.subarray(i + 46, i + 46 + len)));
    }
  return names;
};

describe('DA proposal', () => {
  it('builds the document structure with the logframe, risks, work plan and budget annexes', () => {
    const r = buildProposal(fixturePlan, { lang: 'en' });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const headings = r.value.blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
    expect(headings).toEqual(expect.arrayContaining(['1. Executive summary', '2. Background', '4. Risks and mitigation', 'Annex 1. Results-based work plan', 'Annex 2. Justification by budget code']));
    const md = proposalToMarkdown(r.value);
    expect(md).toContain('| Expected accomplishment | EA1 | Outcome 1 | Users |  | 10 (2023) | 20 (2027) |  |');
    expect(md).toContain('| Activity | OP1.A1 | Study |');
    expect(md).toMatch(/\| 105 \| USD 3,000 \|/);
    expect(md).toContain('| Total | USD 3,635 | USD 615 | USD 4,250 |');
    expect(md).toContain('Background\n\nNot provided yet');
    expect(md).toContain('| 2027-Q1 | USD 3,000 |  | USD 3,000 |');
    expect(md).toContain('| EA1 | Build | X |  |  |  | 105, 612 | USD 3,250 |');
    expect(md).toContain('| C |  | 2 work-month × USD 1,000 | 2027-02-01 – 2027-03-31 | USD 2,000 |');
  });
  it('uses the labels and texts of the chosen language, falling back to English for missing texts', () => {
    const labels = Object.fromEntries(PROPOSAL_LABEL_KEYS.map((k) => [k, `ru:${ENGLISH_PROPOSAL_LABELS[k]}`])) as typeof ENGLISH_PROPOSAL_LABELS;
    const plan = { ...fixturePlan, title: { en: 'Fixture plan', ru: 'Тестовый план' } };
    const r = buildProposal(plan, { lang: 'ru', labels });
    if (!r.ok) throw new Error();
    expect(r.value.title).toBe('Тестовый план');
    expect(r.value.untranslated).toBeGreaterThan(0);
    expect(proposalToMarkdown(r.value)).toContain('# ru:Project document: Тестовый план');
  });
  it('renders a DOCX package', async () => {
    const r = buildProposal(fixturePlan, { lang: 'en' });
    if (!r.ok) throw new Error();
    const bytes = await proposalToDocx(r.value);
    expect(bytes[0]).toBe(0x50);
    expect(bytes[1]).toBe(0x4b);
    expect(unzipNames(bytes)).toEqual(expect.arrayContaining(['word/document.xml', '[Content_Types].xml']));
  });
});

describe('tables, XLSX and CSV', () => {
  it('exports schedule, budget, funding, KPI and risk tables', () => {
    const r = planTables(fixturePlan);
    if (!r.ok) throw new Error();
    expect(r.value.map((t) => t.name)).toEqual(['Schedule', 'Budget', 'Funding', 'KPIs', 'Risks']);
    const csv = tableToCsv(r.value[0]!);
    expect(csv.split('\r\n')[0]).toBe('id,wbs,name,phase,output,duration,predecessors,start,finish,late_start,late_finish,total_float,free_float,critical,driving_predecessor,milestone,gate');
    expect(csv).toContain('C,,Build,P2,OP1,20,M,2027-02-01,2027-02-26,2027-02-01,2027-02-26,0,0,true,M,false,');
    expect(tableToCsv(r.value[1]!)).toContain('b2,C,P2,OC1,612,,2027-12-01,2028-01-30,500000,KZT,2027-12-01,1250,f2');
  });
  it('writes an XLSX workbook with one sheet per table', async () => {
    const r = planTables(fixturePlan);
    if (!r.ok) throw new Error();
    const bytes = await tablesToXlsx(r.value);
    const names = unzipNames(bytes);
    expect(names).toEqual(expect.arrayContaining(['xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet5.xml']));
  });
});

/** The file without the plan payload in the project summary task's Notes, as another tool would write it. */
const withoutPayload = (xml: string): string => xml.replace(/<Notes>dsc-plan-payload[^<]*<\/Notes>\n/, '');

describe('MS Project XML', () => {
  it('round-trips activities, links with lags, constraints and the calendar', () => {
    const plan = {
      ...fixturePlan,
      activities: [...fixturePlan.activities, { id: 'D', name: { en: 'Docs' }, duration: 4, milestone: false, assignments: [], alignment: [], deadline: '2027-03-31' }],
      dependencies: [...fixturePlan.dependencies, { from: 'C', to: 'D', type: 'SS' as const, lag: { value: -2, unit: 'working' as const } }, { from: 'A', to: 'D', type: 'FF' as const, lag: { value: 3, unit: 'elapsed' as const } }],
    };
    const out = toMspdi(plan);
    if (!out.ok) throw new Error();
    const xml = { value: out.value.xml };
    expect(out.value.warnings).toEqual([]);
    expect(xml.value).toContain('<Project xmlns="http://schemas.microsoft.com/project">');
    expect(xml.value).toMatch(/<PredecessorUID>4<\/PredecessorUID>\s*<Type>3<\/Type>\s*<CrossProject>0<\/CrossProject>\s*<LinkLag>-9600<\/LinkLag>/);
    const back = fromMspdi(xml.value, { id: 'fixture' });
    if (!back.ok) throw new Error(JSON.stringify(back.error));
    expect(back.value.activities.map((a) => [a.id, a.duration, a.milestone])).toEqual(plan.activities.map((a) => [a.id, a.duration, a.milestone]));
    expect(back.value.dependencies).toEqual(plan.dependencies);
    expect(back.value.activities.find((a) => a.id === 'M')?.constraint).toEqual({ type: 'SNET', date: '2027-02-01' });
    expect(back.value.activities.find((a) => a.id === 'D')?.deadline).toBe('2027-03-31');
    expect(back.value.calendars[0]).toMatchObject({ workingDays: [1, 2, 3, 4, 5], holidays: [{ date: '2027-01-07' }] });
    const s1 = schedulePlan(plan);
    const s2 = schedulePlan(back.value);
    expect(s1.ok && s2.ok && s2.value.activities.map((a) => a.finish)).toEqual(s1.ok && s1.value.activities.map((a) => a.finish));
  });
  it('round-trips activity calendars', () => {
    const plan = {
      ...fixturePlan,
      calendars: [...fixturePlan.calendars, { id: 'wk6', name: 'Six days', workingDays: [1, 2, 3, 4, 5, 6], holidays: [{ date: '2027-02-06', name: 'Closed' }] }],
      activities: fixturePlan.activities.map((a) => (a.id === 'C' ? { ...a, calendar: 'wk6' } : a)),
    };
    const out = toMspdi(plan);
    if (!out.ok) throw new Error();
    const xml = { value: out.value.xml };
    expect(xml.value).toContain('<CalendarUID>2</CalendarUID>');
    // Without the plan payload (a file written by another tool), calendars are named after their MSPDI UIDs.
    const back = fromMspdi(withoutPayload(xml.value));
    if (!back.ok) throw new Error(JSON.stringify(back.error));
    expect(back.value.activities.find((a) => a.id === 'C')?.calendar).toBe('calendar-2');
    expect(back.value.calendars.find((c) => c.id === 'calendar-2')).toMatchObject({ workingDays: [1, 2, 3, 4, 5, 6], holidays: [{ date: '2027-02-06' }] });
    // With it, the plan's own calendar ids come back.
    const withPayload = fromMspdi(xml.value);
    expect(withPayload.ok && withPayload.value.activities.find((a) => a.id === 'C')?.calendar).toBe('wk6');
    const s1 = schedulePlan(plan);
    const s2 = schedulePlan(back.value);
    expect(s1.ok && s2.ok && s2.value.activities.map((a) => [a.start, a.finish])).toEqual(s1.ok && s1.value.activities.map((a) => [a.start, a.finish]));
    expect(s1.ok && s1.value.activities.find((a) => a.id === 'C')?.finish).toBe('2027-02-24');
  });
  it('imports summary tasks from outline levels and reports bad input', () => {
    const xml = `<?xml version="1.0"?><Project xmlns="http://schemas.microsoft.com/project"><Title>P</Title><StartDate>2027-01-04T08:00:00</StartDate>
      <Tasks><Task><UID>0</UID><OutlineLevel>0</OutlineLevel><Name>P</Name></Task>
      <Task><UID>1</UID><Name>Phase</Name><OutlineLevel>1</OutlineLevel><Duration>PT80H0M0S</Duration><Summary>1</Summary></Task>
      <Task><UID>2</UID><Name>Work</Name><OutlineLevel>2</OutlineLevel><Duration>PT40H0M0S</Duration></Task>
      <Task><UID>3</UID><Name>More</Name><OutlineLevel>2</OutlineLevel><Duration>PT16H0M0S</Duration><PredecessorLink><PredecessorUID>2</PredecessorUID><Type>1</Type><LinkLag>0</LinkLag></PredecessorLink></Task></Tasks></Project>`;
    const r = fromMspdi(xml);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.value.activities.map((a) => [a.id, a.parent, a.duration])).toEqual([['T1', undefined, 10], ['T2', 'T1', 5], ['T3', 'T1', 2]]);
    expect(fromMspdi('<nope/>')).toMatchObject({ ok: false, error: { code: 'mspdi_not_a_project' } });
    expect(fromMspdi(xml.replace('<PredecessorUID>2<', '<PredecessorUID>9<'))).toMatchObject({ ok: false, error: { code: 'mspdi_unknown_predecessor', predecessor: '9' } });
    expect(fromMspdi(xml.replace('PT40H0M0S', 'forty'))).toMatchObject({ ok: false, error: { code: 'mspdi_bad_task', field: 'Duration' } });
    expect(durationMinutes('P1DT2H30M')).toBe(1440 + 150);
  });
});

describe('iCalendar', () => {
  it('lists milestones and gates as all-day events', () => {
    const s = schedulePlan(fixturePlan);
    if (!s.ok) throw new Error();
    const ics = milestonesToIcal(fixturePlan, s.value, { stamp: '2027-01-01T00:00:00Z' });
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics).toContain('DTSTART;VALUE=DATE:20270201\r\nDTEND;VALUE=DATE:20270202\r\nSUMMARY:Council: Gate');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(ics.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
  });
});
