/**
 * Working calendars: which days are worked (ISO weekdays 1 Monday … 7 Sunday, minus holidays), and the
 * mapping between calendar dates and the integer time offsets of the schedule (docs/scheduling.md#calendars).
 *
 * Offset `t` is the boundary after `t` working days counted from the project start: offset 0 is the morning of
 * the first working day on or after the start date. An activity with ES 0 and duration 2 occupies working days
 * 1–2, so its start day is working day `ES + 1` and its finish day is working day `EF`.
 */

const MS_PER_DAY = 86_400_000;

/** The days JavaScript dates can hold: ±10⁸ days around 1970-01-01. */
const DATE_LIMIT = 100_000_000;

/**
 * Days since 1970-01-01 of an ISO date `YYYY-MM-DD` (or an expanded year `±YYYYYY-MM-DD`, as written for dates
 * past 9999). Years 0–99 are years of the first century, not 1900–1999.
 */
export const toEpochDay = (iso: string): number => {
  const expanded = iso.startsWith('+') || iso.startsWith('-');
  const cut = expanded ? 7 : 4;
  const y = Number(iso.slice(0, cut));
  const m = Number(iso.slice(cut + 1, cut + 3));
  const d = Number(iso.slice(cut + 4, cut + 6));
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  return Math.floor(t.getTime() / MS_PER_DAY);
};

/** Days of 0000-01-01 and 9999-12-31: the years `toISOString` writes with four digits. */
const YEAR_0 = -719_528;
const YEAR_9999_END = 2_932_896;

const pad2 = (x: number): string => (x < 10 ? `0${x}` : String(x));

/**
 * `YYYY-MM-DD` of a day in years 0–9999 by arithmetic on the proleptic Gregorian calendar (H. Hinnant's
 * `civil_from_days`): the same text as `Date#toISOString`, without building a date object per call.
 */
function civilDate(day: number): string {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  const yyyy = y >= 1000 ? String(y) : String(y).padStart(4, '0');
  return `${yyyy}-${pad2(m)}-${pad2(d)}`;
}

/**
 * ISO date `YYYY-MM-DD` of a day number since 1970-01-01; past 9999 the year is expanded (`+010000-01-01`), and
 * days beyond what a JavaScript date holds are clamped to its limits instead of throwing.
 */
export const fromEpochDay = (day: number): string => {
  if (Number.isInteger(day) && day >= YEAR_0 && day <= YEAR_9999_END) return civilDate(day);
  const clamped = Number.isNaN(day) ? 0 : Math.max(-DATE_LIMIT, Math.min(DATE_LIMIT, day));
  const iso = new Date(clamped * MS_PER_DAY).toISOString();
  return iso.slice(0, iso.indexOf('T'));
};

/** Working-day dates a calendar keeps before it starts over. */
const DATE_CACHE = 1 << 16;

/** First and last day of the dates a plan can use: 0001-01-01 … 9999-12-31. */
const FIRST_DAY = toEpochDay('0001-01-01');
const LAST_DAY = toEpochDay('9999-12-31');

/** ISO weekday (1 Monday … 7 Sunday) of a day number. 1970-01-01 was a Thursday. */
export const isoWeekday = (day: number): number => ((((day + 3) % 7) + 7) % 7) + 1;

/** Adds calendar days to an ISO date. */
export const addDays = (iso: string, days: number): string => fromEpochDay(toEpochDay(iso) + days);

export type CalendarSpec = {
  /** ISO weekdays that are worked: 1 Monday … 7 Sunday. */
  readonly workingDays: readonly number[];
  /** ISO dates that are not worked. */
  readonly holidays?: readonly string[];
};

/** A working calendar anchored at the project start date. All functions are pure. */
export type WorkCalendar = {
  readonly start: string;
  /** Whether a date is a working day. */
  readonly isWorkingDay: (iso: string) => boolean;
  /** Working days in `[start, date)`; negative for dates before the start. This is the offset of a start date. */
  readonly offsetOf: (iso: string) => number;
  /** Offset of the end of a finish day: the working days in `[start, date]`. */
  readonly finishOffsetOf: (iso: string) => number;
  /** Date of working day `k` (1-based; `k ≤ 0` counts backwards before the start). */
  readonly workingDay: (k: number) => string;
  /** Start date of an activity with early/late start `t`: working day `t + 1`. */
  readonly startDate: (t: number) => string;
  /** Finish date of an activity with finish offset `t` and duration `d` (a milestone falls on its start date). */
  readonly finishDate: (t: number, d: number) => string;
  /**
   * The offset reached `days` calendar days after offset `t` (elapsed lag): counted from the end of working
   * day `t`, rounded up to the next working day.
   */
  readonly shiftElapsed: (t: number, days: number) => number;
  /** The largest offset `t` with `shiftElapsed(t, days) ≤ s`: the inverse used by the backward pass. */
  readonly unshiftElapsed: (s: number, days: number) => number;
  /**
   * Offsets whose dates lie in 0001-01-01 … 9999-12-31: an activity starting or finishing at an offset in
   * `[min, max]` has its start and finish days (and a milestone its day) within those years.
   */
  readonly range: { readonly min: number; readonly max: number };
};

/**
 * Builds a calendar. Returns `undefined` when no weekday is worked (such a calendar has no working time).
 *
 * @example
 * const cal = createCalendar('2027-01-04', { workingDays: [1, 2, 3, 4, 5], holidays: ['2027-01-07'] });
 * cal?.startDate(3); // '2027-01-08' (Mon 4, Tue 5, Wed 6 worked; Thu 7 is a holiday)
 */
export function createCalendar(start: string, spec: CalendarSpec): WorkCalendar | undefined {
  const works = new Array<boolean>(8).fill(false);
  for (const d of spec.workingDays) if (d >= 1 && d <= 7) works[d] = true;
  const perWeek = works.filter(Boolean).length;
  if (perWeek === 0) return undefined;
  const s0 = toEpochDay(start);
  const holidays = [...new Set((spec.holidays ?? []).map(toEpochDay))]
    .filter((h) => works[isoWeekday(h)] === true)
    .sort((a, b) => a - b);

  /** Index of the first holiday ≥ day. */
  const lowerBound = (day: number): number => {
    let lo = 0;
    let hi = holidays.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((holidays[mid] ?? 0) < day) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  /** Working days in [a, b) for a ≤ b. */
  const countRange = (a: number, b: number): number => {
    const n = b - a;
    const weeks = Math.floor(n / 7);
    let count = weeks * perWeek;
    for (let day = a + weeks * 7; day < b; day++) if (works[isoWeekday(day)] === true) count++;
    return count - (lowerBound(b) - lowerBound(a));
  };
  const count = (x: number): number => (x >= s0 ? countRange(s0, x) : -countRange(x, s0));
  const isWorking = (day: number): boolean => works[isoWeekday(day)] === true && !holidaySet.has(day);
  const holidaySet = new Set(holidays);

  /** Day number of working day k: the working day X with count(X) = k − 1. */
  const dayOf = (k: number): number => {
    const target = k - 1;
    // count() is non-decreasing; find the smallest X with count(X + 1) > target, i.e. count(X+1) ≥ k.
    const span = Math.ceil(((Math.abs(target) + holidays.length + 1) / perWeek) * 7) + 14;
    let lo = s0 - span;
    let hi = s0 + span;
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      if (count(mid + 1) >= k) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  /**
   * ISO date of working day k. Schedules ask for the same few thousand days again and again (every activity's
   * early, late and scheduled dates), so answers are kept; the store is emptied when it fills, which bounds it.
   */
  const known = new Map<number, string>();
  const dateOf = (k: number): string => {
    let iso = known.get(k);
    if (iso === undefined) {
      if (known.size >= DATE_CACHE) known.clear();
      iso = fromEpochDay(dayOf(k));
      known.set(k, iso);
    }
    return iso;
  };
  /** The day after the t-th working day: where time stands once `t` working days are done. */
  const boundary = (t: number): number => dayOf(t) + 1;

  return {
    start,
    isWorkingDay: (iso) => isWorking(toEpochDay(iso)),
    offsetOf: (iso) => count(toEpochDay(iso)),
    finishOffsetOf: (iso) => count(toEpochDay(iso) + 1),
    workingDay: dateOf,
    startDate: (t) => dateOf(t + 1),
    finishDate: (t, d) => dateOf(d > 0 ? t : t + 1),
    shiftElapsed: (t, days) => count(boundary(t) + days),
    unshiftElapsed: (s, days) => count(dayOf(s + 1) - days),
    // min: working day `min` is the first on or after 0001-01-01; max: working day `max + 1` is the last by 9999-12-31.
    range: { min: count(FIRST_DAY) + 1, max: count(LAST_DAY + 1) - 1 },
  };
}

/** The calendar of a plan without one: every day is worked. */
export const everyDayCalendar = (start: string): WorkCalendar =>
  createCalendar(start, { workingDays: [1, 2, 3, 4, 5, 6, 7] }) as WorkCalendar;
