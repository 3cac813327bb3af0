import { describe, expect, it } from 'vitest';
import { fixturePlan } from '../__fixtures__/plan.js';
import { fromMspdi, toMspdi } from '../export/mspdi.js';

const exported = (): string => {
  const r = toMspdi(fixturePlan);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value.xml;
};

const task = (fields: string): string =>
  `<?xml version="1.0"?><Project><MinutesPerDay>480</MinutesPerDay><Tasks><Task><UID>1</UID><Name>A</Name>${fields}</Task></Tasks></Project>`;

describe('MSPDI import of hostile files', () => {
  it('walks a bounded number of days for recurring calendar exceptions spanning millennia', () => {
    const yearly = (n: number) =>
      `<Exception><EnteredByOccurrences>0</EnteredByOccurrences><TimePeriod><FromDate>1900-01-0${1 + (n % 9)}T00:00:00</FromDate><ToDate>9999-12-31T23:59:00</ToDate></TimePeriod><Type>2</Type><Month>0</Month><MonthDay>${1 + (n % 9)}</MonthDay><DayWorking>0</DayWorking></Exception>`;
    const xml = `<?xml version="1.0"?><Project><CalendarUID>1</CalendarUID><Calendars><Calendar><UID>1</UID><Name>C</Name><WeekDays><WeekDay><DayType>2</DayType><DayWorking>1</DayWorking></WeekDay></WeekDays><Exceptions>${Array.from({ length: 50 }, (_, n) => yearly(n)).join('')}</Exceptions></Calendar></Calendars><Tasks><Task><UID>1</UID><Name>A</Name><Duration>PT8H0M0S</Duration></Task></Tasks></Project>`;
    const r = fromMspdi(xml);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    // 400,000 days (about 1,095 years) are looked at in all: one holiday a year, whatever the 50 ranges say.
    const holidays = r.value.calendars[0]?.holidays ?? [];
    expect(holidays.length).toBeGreaterThan(1000);
    expect(holidays.length).toBeLessThanOrEqual(1100);
    expect(holidays[0]).toEqual({ date: '1900-01-01', name: 'Non-working day' });
  });

  it('refuses DOCTYPE and entity declarations: external files and entity bombs are never read', () => {
    const external =
      '<?xml version="1.0"?><!DOCTYPE p [<!ENTITY x SYSTEM "file:///etc/passwd">]><Project><Name>&x;</Name></Project>';
    const lol = [
      '<!ENTITY a "aaaaaaaaaa">',
      ...Array.from(
        { length: 9 },
        (_, i) => `<!ENTITY ${'b'.repeat(i + 1)} "${`&${i === 0 ? 'a' : 'b'.repeat(i)};`.repeat(10)}">`,
      ),
    ];
    const bomb = `<?xml version="1.0"?><!DOCTYPE Project [${lol.join('')}]><Project><Name>&bbbbbbbbb;</Name></Project>`;
    expect(fromMspdi(external)).toEqual({ ok: false, error: { code: 'mspdi_doctype' } });
    expect(fromMspdi(bomb)).toEqual({ ok: false, error: { code: 'mspdi_doctype' } });
    expect(fromMspdi('<!doctype Project><Project/>')).toEqual({
      ok: false,
      error: { code: 'mspdi_doctype' },
    });
  });

  it('truncated markup is a located XML error', () => {
    const xml = exported();
    for (const cut of [10, Math.floor(xml.length / 3), xml.length - 12]) {
      const r = fromMspdi(xml.slice(0, cut));
      expect(r.ok).toBe(false);
      if (!r.ok) expect(['mspdi_not_xml', 'mspdi_not_a_project']).toContain(r.error.code);
    }
    expect(fromMspdi('')).toMatchObject({ ok: false });
  });

  it('absurd numbers are refused with the task and field', () => {
    expect(fromMspdi(task('<Duration>PT99999999999999999999H0M0S</Duration>'))).toEqual({
      ok: false,
      error: { code: 'mspdi_bad_task', uid: '1', field: 'Duration', value: 'PT99999999999999999999H0M0S' },
    });
    const link = `<Task><UID>2</UID><Name>B</Name><PredecessorLink><PredecessorUID>1</PredecessorUID><LinkLag>1e308</LinkLag></PredecessorLink></Task>`;
    expect(fromMspdi(task('').replace('</Tasks>', `${link}</Tasks>`))).toEqual({
      ok: false,
      error: { code: 'mspdi_bad_task', uid: '2', field: 'LinkLag', value: '1e308' },
    });
    for (const perDay of ['0', '-480', '1e400', 'abc'])
      expect(fromMspdi(task('').replace('<MinutesPerDay>480', `<MinutesPerDay>${perDay}`))).toMatchObject({
        ok: false,
        error: { code: 'mspdi_bad_task', field: 'MinutesPerDay', value: perDay },
      });
  });

  it('outline levels thousands deep import as nested summaries', () => {
    const depth = 3_000;
    const tasks = Array.from(
      { length: depth },
      (_, i) =>
        `<Task><UID>${i + 1}</UID><Name>T${i}</Name><OutlineLevel>${i + 1}</OutlineLevel><Duration>PT8H0M0S</Duration></Task>`,
    );
    const r = fromMspdi(`<Project><Tasks>${tasks.join('')}</Tasks></Project>`);
    expect(r.ok && r.value.activities.at(-1)?.parent).toBe(`T${depth - 1}`);
  }, 60_000);

  it('a well-formed export still imports', () => {
    expect(fromMspdi(exported()).ok).toBe(true);
  });
});
