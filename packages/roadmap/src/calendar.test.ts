import { describe, expect, it } from 'vitest';
import { createCalendar, fromEpochDay, isoWeekday, toEpochDay } from './calendar.js';

describe('calendar', () => {
  const cal = createCalendar('2027-01-04', { workingDays: [1, 2, 3, 4, 5], holidays: ['2027-01-07', '2027-01-09'] });
  if (!cal) throw new Error('calendar');

  it('knows ISO weekdays', () => {
    expect(isoWeekday(toEpochDay('2027-01-04'))).toBe(1);
    expect(isoWeekday(toEpochDay('2027-01-10'))).toBe(7);
  });
  it('counts working days and skips weekends and holidays', () => {
    expect(cal.isWorkingDay('2027-01-07')).toBe(false);
    expect(cal.isWorkingDay('2027-01-08')).toBe(true);
    expect(cal.offsetOf('2027-01-04')).toBe(0);
    expect(cal.offsetOf('2027-01-11')).toBe(4); // Mon, Tue, Wed, Fri
    expect(cal.finishOffsetOf('2027-01-08')).toBe(4);
    expect(cal.offsetOf('2027-01-01')).toBe(-1); // Friday before the start
  });
  it('maps offsets to start and finish days (day-1 convention)', () => {
    expect(cal.startDate(0)).toBe('2027-01-04');
    expect(cal.startDate(3)).toBe('2027-01-08');
    expect(cal.finishDate(4, 4)).toBe('2027-01-08');
    expect(cal.finishDate(4, 0)).toBe('2027-01-11');
    expect(cal.workingDay(0)).toBe('2027-01-01');
  });
  it('inverts elapsed shifts exactly', () => {
    for (let t = -3; t < 30; t++)
      for (let days = -9; days <= 9; days++) {
        const s = cal.shiftElapsed(t, days);
        const back = cal.unshiftElapsed(s, days);
        expect(back).toBeGreaterThanOrEqual(t);
        expect(cal.shiftElapsed(back, days)).toBeLessThanOrEqual(s);
        expect(cal.shiftElapsed(back + 1, days)).toBeGreaterThan(s);
      }
  });
  it('writes dates by arithmetic exactly as Date#toISOString does, and clamps or expands beyond years 0–9999', () => {
    const viaDate = (day: number): string => {
      const iso = new Date(Math.max(-1e8, Math.min(1e8, day)) * 86_400_000).toISOString();
      return iso.slice(0, iso.indexOf('T'));
    };
    const days: number[] = [];
    for (let d = toEpochDay('0000-01-01') - 40; d <= toEpochDay('9999-12-31') + 40; d += 61) days.push(d);
    for (const edge of ['0000-01-01', '0000-02-29', '0100-03-01', '1600-02-29', '1900-03-01', '1969-12-31', '1970-01-01', '2000-02-29', '9999-12-31'])
      for (let k = -3; k <= 3; k++) days.push(toEpochDay(edge) + k);
    for (const d of days) expect(fromEpochDay(d)).toBe(viaDate(d));
    expect(fromEpochDay(toEpochDay('9999-12-31') + 1)).toBe('+010000-01-01');
    expect(fromEpochDay(toEpochDay('0000-01-01') - 1)).toBe('-000001-12-31');
    expect(fromEpochDay(2.5)).toBe('1970-01-03');
    expect(fromEpochDay(Number.NaN)).toBe('1970-01-01');
    expect(fromEpochDay(1e12)).toBe(viaDate(1e8));
  });
  it('answers repeated date questions the same as a day-by-day count, also once its store of dates is full', () => {
    const start = toEpochDay('2027-01-04');
    const works = (d: number) => isoWeekday(d) <= 5 && d !== toEpochDay('2027-01-07') && d !== toEpochDay('2027-01-09');
    // Working day k by walking the days: k ≥ 1 counts forward from the start, k ≤ 0 backwards before it.
    const walk = (k: number): string => {
      let d = k >= 1 ? start - 1 : start;
      for (let left = k >= 1 ? k : 1 - k; left > 0; ) {
        d += k >= 1 ? 1 : -1;
        if (works(d)) left--;
      }
      return fromEpochDay(d);
    };
    for (let round = 0; round < 2; round++)
      for (let k = -30; k <= 60; k++) {
        expect(cal.workingDay(k)).toBe(walk(k));
        expect(cal.startDate(k)).toBe(walk(k + 1));
        expect(cal.finishDate(k, 2)).toBe(walk(k));
        expect(cal.finishDate(k, 0)).toBe(walk(k + 1));
      }
    const fresh = createCalendar('2027-01-04', { workingDays: [1, 2, 3, 4, 5], holidays: ['2027-01-07', '2027-01-09'] });
    for (let k = 0; k < 70_000; k += 1) fresh?.workingDay(k * 13);
    for (let k = -30; k <= 60; k++) expect(fresh?.workingDay(k)).toBe(walk(k));
  });
  it('rejects a calendar without working days', () => {
    expect(createCalendar('2027-01-04', { workingDays: [] })).toBeUndefined();
  });
});
