import type { Plan } from '@dsc/domain';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { fixturePlan } from '../__fixtures__/plan.js';
import { schedulePlan } from '../plan-schedule.js';
import { proposalToDocx } from '../export/docx.js';
import { foldLine } from '../export/ical.js';
import { toIatiXml } from '../export/iati.js';
import { fromMspdi, milestonesToIcal, toMspdi } from '../export/mspdi.js';
import { buildProposal, proposalToMarkdown } from '../export/proposal.js';
import { planTables, tableToCsv } from '../export/tables.js';
import { xmlText } from '../export/xml.js';

/** Every character XML 1.0 forbids, one of each kind: NUL, other C0 controls, U+FFFE/FFFF and lone surrogates. */
const BAD = '\u0000\u0001\u0008\u000B\u000C\u001F\uFFFE\uFFFF\uDFFF\uD800';
const FORBIDDEN_CLASS = '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF\\uD800-\\uDFFF]';
const FORBIDDEN = new RegExp(FORBIDDEN_CLASS, 'u');

/** The fixture plan with hostile text in the title, an activity name and its notes. */
const hostile = (name: string, notes?: string, id = 'M'): Plan => ({
  ...fixturePlan,
  title: { en: `Plan ${BAD}` },
  activities: fixturePlan.activities.map((a) =>
    a.id === id ? { ...a, name: { en: name }, ...(notes !== undefined ? { notes } : {}) } : a,
  ),
});

describe('XML exports never carry characters XML 1.0 forbids', () => {
  it('xmlText replaces each forbidden character (and only those) and counts them', () => {
    const tally = { count: 0 };
    expect(xmlText(`a${BAD}\t\n\r😀\u0085é`, tally)).toBe(`a${'\uFFFD'.repeat(10)}\t\n\r😀\u0085é`);
    expect(tally.count).toBe(10);
  });

  it('MSPDI: replaced, reported, well-formed, and still imports', () => {
    const r = toMspdi(hostile(`Gate ${BAD} <&>`, `note\u0007`));
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(FORBIDDEN.test(r.value.xml)).toBe(false);
    expect(r.value.warnings).toEqual([{ code: 'xml_chars_replaced', count: 21 }]);
    expect(XMLValidator.validate(r.value.xml)).toBe(true);
    const back = fromMspdi(r.value.xml);
    expect(back.ok && back.value.activities.find((a) => a.id === 'M')?.name.en).toBe(
      `Gate ${'\uFFFD'.repeat(10)} <&>`,
    );
  });

  it('IATI: replaced, reported and well-formed', () => {
    const r = toIatiXml(hostile('Gate'), { today: '2027-01-15', generatedAt: '2027-01-15T00:00:00Z' });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(FORBIDDEN.test(r.value.xml)).toBe(false);
    expect(r.value.warnings[0]).toMatchObject({ code: 'xml_chars_replaced' });
    expect(r.value.warnings[0]?.count).toBeGreaterThanOrEqual(10);
    expect(XMLValidator.validate(r.value.xml)).toBe(true);
  });

  it('clean plans export without warnings', () => {
    const r = toIatiXml(fixturePlan, { today: '2027-01-15' });
    expect(r.ok && r.value.warnings).toEqual([]);
  });

  it('proposal (DOCX source): texts cleaned and reported; the DOCX renders', async () => {
    const r = buildProposal(hostile(`Gate ${BAD}`), { lang: 'en' });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.value.warnings).toEqual([{ code: 'xml_chars_replaced', count: expect.any(Number) as number }]);
    expect(JSON.stringify(r.value.blocks).includes('\\u0001')).toBe(false);
    expect(
      FORBIDDEN.test(r.value.title + JSON.stringify(r.value.blocks.map((b) => ('text' in b ? b.text : '')))),
    ).toBe(false);
    const bytes = await proposalToDocx({
      ...r.value,
      title: `raw ${BAD}`,
      blocks: [{ kind: 'paragraph', text: `raw ${BAD}` }],
    });
    expect(bytes[0]).toBe(0x50); // a ZIP (PK) package
  }, 60_000);
});

describe('Markdown proposals escape HTML', () => {
  it('`<`, `>` and `&` in plan text reach Markdown as entities', () => {
    const r = buildProposal(hostile('<script>alert(1)</script> & <b>', undefined, 'A'), { lang: 'en' });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const md = proposalToMarkdown(r.value);
    expect(md).not.toContain('<script>');
    expect(md).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;');
    expect(
      proposalToMarkdown({ ...r.value, blocks: [{ kind: 'table', columns: ['a|b'], rows: [['<i>x</i>']] }] }),
    ).toContain('| &lt;i&gt;x&lt;/i&gt; |');
  });
});

describe('CSV exports neutralise formulas', () => {
  it('text starting with = + - @ tab or CR gets a leading quote; numbers stay numbers', () => {
    const csv = tableToCsv({
      name: 't',
      columns: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'],
      rows: [['=HYPERLINK("http://x")', '+1', '-2', '@SUM(A1)', '\tx', '\rx', -3.5, 'ok']],
    });
    expect(csv.split('\r\n')[1]).toBe(`"'=HYPERLINK(""http://x"")",'+1,'-2,'@SUM(A1),'\tx,"'\rx",-3.5,ok`);
  });

  it('an activity named like a formula is neutralised in the schedule table', () => {
    const r = planTables(hostile('=cmd|" /C calc"!A0'));
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const schedule = r.value[0];
    if (!schedule) throw new Error('schedule table');
    expect(tableToCsv(schedule)).toContain(`"'=cmd|"" /C calc""!A0"`);
  });
});

describe('iCalendar folding', () => {
  it('folds at 75 octets without splitting a character', () => {
    const line = `SUMMARY:${'é'.repeat(50)}😀${'x'.repeat(100)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    for (const p of parts) expect(new TextEncoder().encode(p).length).toBeLessThanOrEqual(75);
    expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
    expect(folded).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/u);
  });

  it('a 1.2 MB milestone name folds into bounded lines', () => {
    const big = 'Ω'.repeat(600_000);
    const plan = hostile(big);
    const s = schedulePlan(plan);
    if (!s.ok) throw new Error(JSON.stringify(s.error));
    const ics = milestonesToIcal(plan, s.value, { stamp: '2027-01-01T00:00:00Z' });
    const lines = ics.split('\r\n');
    expect(Math.max(...lines.map((l) => new TextEncoder().encode(l).length))).toBeLessThanOrEqual(75);
    const summary = ics
      .replaceAll('\r\n ', '')
      .split('\r\n')
      .find((l) => l.startsWith('SUMMARY:Council: '));
    expect(summary?.length).toBe('SUMMARY:Council: '.length + big.length);
  }, 60_000);

  it('a milestone on 9999-12-31 has no DTEND past the four-digit years', () => {
    const plan: Plan = { ...fixturePlan, start: '9999-12-01', calendars: [], defaultCalendar: undefined, activities: fixturePlan.activities.filter((a) => a.id === 'M').map((a) => ({ ...a, constraint: { type: 'MSO' as const, date: '9999-12-31' } })), dependencies: [], budget: [], funding: [] };
    const s = schedulePlan(plan);
    if (!s.ok) throw new Error(JSON.stringify(s.error));
    const ics = milestonesToIcal(plan, s.value, { stamp: '2027-01-01T00:00:00Z' });
    expect(ics).toContain('DTSTART;VALUE=DATE:99991231');
    expect(ics).not.toContain('DTEND');
  });
});
