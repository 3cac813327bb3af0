import type { Calendar } from '@dsc/domain';
import { fromEpochDay, isoWeekday, toEpochDay } from '../calendar.js';
import type { Node } from './mspdi-xml.js';
import { dateOf, list, text } from './mspdi-xml.js';

/**
 * Reads an MSPDI base calendar into a plan calendar: the working week (MSPDI day types 1 Sunday … 7 Saturday),
 * non-working exception days written the old way (`WeekDay` with `DayType` 0 and a `TimePeriod`) and the new
 * way (`Exceptions`), including recurring exceptions (daily, weekly on given days, monthly on a day of the month,
 * yearly on a date or a position) expanded over their range or their number of occurrences. Days an exception makes working are
 * left out: the plan calendar holds a working week and holidays only. At most 5,000 holidays are read.
 */

const MAX_HOLIDAYS = 5000;
/**
 * MSPDI exception types: 1 daily (every `Period` days; a plain date range), 2 yearly on a day of a month, 3 yearly
 * on a position (e.g. the fourth Thursday of November), 4 monthly on a day, 5 monthly on a position, 6 weekly on
 * `DaysOfWeek` (bits 1 Sunday … 64 Saturday). Positions of "day", "weekday" and "weekend day" are not read.
 */
const DAYS_OF_WEEK_BITS = [1, 2, 4, 8, 16, 32, 64]; // Sunday … Saturday

type Holiday = { date: string; name: string };

/** Days looked at per calendar: a hostile file cannot make the reader walk millions of days. */
const MAX_DAYS_WALKED = 400_000;

function expandException(x: Node, out: Holiday[], budget: { days: number }): void {
  const tp = x['TimePeriod'] as Node | undefined;
  const from = dateOf(text(tp, 'FromDate'));
  const to = dateOf(text(tp, 'ToDate')) ?? from;
  if (from === undefined || to === undefined) return;
  const name = text(x, 'Name') || 'Non-working day';
  const type = text(x, 'Type') ?? '1';
  const period = Math.max(1, Number(text(x, 'Period') ?? '1') || 1);
  const occurrences = Number(text(x, 'Occurrences') ?? '0') || 0;
  const a = toEpochDay(from);
  const b = toEpochDay(to);
  const daysBits = Number(text(x, 'DaysOfWeek') ?? '0') || 0;
  const monthDay = Number(text(x, 'MonthDay') ?? '0') || 0;
  const month = text(x, 'Month');
  let taken = 0;
  const take = (day: number): boolean => {
    if (out.length >= MAX_HOLIDAYS) return false;
    out.push({ date: fromEpochDay(day), name });
    taken++;
    return occurrences <= 0 || taken < occurrences;
  };
  // A range given by its number of occurrences runs until they are all taken (at most 100 years).
  const last = Math.min(text(x, 'EnteredByOccurrences') === '1' && occurrences > 0 ? a + 36_525 : b, a + budget.days);
  const position = Number(text(x, 'MonthPosition') ?? '0') || 0; // 0 first … 3 fourth, 4 last
  const item = Number(text(x, 'MonthItem') ?? '-1'); // 3 Sunday … 9 Saturday (0–2: day, weekday, weekend day)
  const onPosition = (d: number): boolean => {
    if (item < 3 || item > 9 || isoWeekday(d) % 7 !== item - 3) return false;
    const dom = Number(fromEpochDay(d).slice(8, 10));
    return position === 4 ? fromEpochDay(d + 7).slice(5, 7) !== fromEpochDay(d).slice(5, 7) : Math.floor((dom - 1) / 7) === position;
  };
  for (let d = a, k = 0; d <= last; d++, k++) {
    budget.days--;
    const iso = fromEpochDay(d);
    const wd = isoWeekday(d) % 7; // 0 Sunday … 6 Saturday
    let hit: boolean;
    if (type === '1') hit = k % period === 0;
    else if (type === '6') hit = (daysBits & (DAYS_OF_WEEK_BITS[wd] as number)) !== 0 && Math.floor(k / 7) % period === 0;
    else if (type === '4') hit = Number(iso.slice(8, 10)) === monthDay;
    else if (type === '2') hit = Number(iso.slice(8, 10)) === monthDay && (month === undefined || Number(iso.slice(5, 7)) === Number(month) + 1);
    else if (type === '5') hit = onPosition(d);
    else if (type === '3') hit = onPosition(d) && (month === undefined || Number(iso.slice(5, 7)) === Number(month) + 1);
    else hit = true;
    if (hit && !take(d)) return;
  }
}

export function readCalendar(cal: Node, id: string): Calendar | undefined {
  const workingDays: number[] = [];
  const holidays: Holiday[] = [];
  for (const w of list((cal['WeekDays'] as Node | undefined)?.['WeekDay'])) {
    const type = text(w, 'DayType');
    const working = text(w, 'DayWorking') === '1';
    if (type === '0') {
      const tp = w['TimePeriod'] as Node | undefined;
      const from = dateOf(text(tp, 'FromDate'));
      const to = dateOf(text(tp, 'ToDate')) ?? from;
      if (!working && from !== undefined && to !== undefined)
        for (let d = toEpochDay(from); d <= toEpochDay(to) && holidays.length < MAX_HOLIDAYS; d++) holidays.push({ date: fromEpochDay(d), name: 'Non-working day' });
    } else if (type !== undefined && working) workingDays.push(type === '1' ? 7 : Number(type) - 1);
  }
  const budget = { days: MAX_DAYS_WALKED };
  for (const x of list((cal['Exceptions'] as Node | undefined)?.['Exception'])) if (text(x, 'DayWorking') !== '1' && budget.days > 0) expandException(x, holidays, budget);
  if (workingDays.length === 0) return undefined;
  holidays.sort((p, q) => (p.date < q.date ? -1 : p.date > q.date ? 1 : 0));
  return { id, name: text(cal, 'Name') || id, workingDays: workingDays.sort((p, q) => p - q), holidays };
}

/** Minutes of work in a working day of the calendar (the first working weekday's times), when it gives them. */
export function minutesOfDay(cal: Node | undefined): number | undefined {
  for (const w of list((cal?.['WeekDays'] as Node | undefined)?.['WeekDay'])) {
    if (text(w, 'DayType') === '0' || text(w, 'DayWorking') !== '1') continue;
    let total = 0;
    for (const t of list((w['WorkingTimes'] as Node | undefined)?.['WorkingTime'])) {
      const f = /^(\d{2}):(\d{2})/.exec(text(t, 'FromTime') ?? '');
      const e = /^(\d{2}):(\d{2})/.exec(text(t, 'ToTime') ?? '');
      if (!f || !e) continue;
      const to = Number(e[1]) * 60 + Number(e[2]);
      total += (to === 0 ? 1440 : to) - (Number(f[1]) * 60 + Number(f[2]));
    }
    if (total > 0) return total;
  }
  return undefined;
}
