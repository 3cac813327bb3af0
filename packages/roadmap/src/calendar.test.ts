import { describe, expect, it } from 'vitest';
import { createCalendar, isoWeekday, toEpochDay } from './calendar.js';

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
  it('rejects a calendar without working days', () => {
    expect(createCalendar('2027-01-04', { workingDays: [] })).toBeUndefined();
  });
});
