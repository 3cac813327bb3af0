import type { Plan } from '@dsc/domain';
import { xmlEscape } from './xml.js';

/**
 * The MSPDI text writer: elements go straight into string chunks (one chunk per task or calendar), formatted one
 * element per line with two spaces per level, as `toXml` formats. No node objects are built; text is escaped by
 * `xmlEscape` (one precompiled character-class test when nothing needs escaping), and numbers and dates, which
 * never need it, are written as they are.
 */

export type Tally = { count: number };

const PADS: string[] = [''];
/** Indentation of nesting `depth`. */
export const pad = (depth: number): string => {
  for (let d = PADS.length; d <= depth; d++) PADS.push('  '.repeat(d));
  return PADS[depth] as string;
};

/** One element holding text (escaped; an empty text writes `<name/>`). */
export const leaf = (depth: number, name: string, value: string, tally: Tally): string =>
  value === '' ? `${pad(depth)}<${name}/>` : `${pad(depth)}<${name}>${xmlEscape(value, tally)}</${name}>`;

/** One element holding a number, a date or a code, which need no escaping. */
export const raw = (depth: number, name: string, value: string | number): string => `${pad(depth)}<${name}>${value}</${name}>`;

export const open = (depth: number, name: string): string => `${pad(depth)}<${name}>`;
export const close = (depth: number, name: string): string => `${pad(depth)}</${name}>`;

/** The working times of a working day: 08:00–12:00 and 13:00–17:00 (480 minutes). */
const workingTimes = (depth: number): string =>
  [
    open(depth, 'WorkingTimes'),
    open(depth + 1, 'WorkingTime'),
    raw(depth + 2, 'FromTime', '08:00:00'),
    raw(depth + 2, 'ToTime', '12:00:00'),
    close(depth + 1, 'WorkingTime'),
    open(depth + 1, 'WorkingTime'),
    raw(depth + 2, 'FromTime', '13:00:00'),
    raw(depth + 2, 'ToTime', '17:00:00'),
    close(depth + 1, 'WorkingTime'),
    close(depth, 'WorkingTimes'),
  ].join('\n');

/**
 * A base calendar at nesting `depth`: its working week (MSPDI day types 1 Sunday … 7 Saturday) and each holiday
 * as a non-working exception day.
 */
export function calendarXml(depth: number, uid: string, spec: Plan['calendars'][number] | undefined, tally: Tally): string {
  const days = spec?.workingDays ?? [1, 2, 3, 4, 5, 6, 7];
  const lines = [open(depth, 'Calendar'), raw(depth + 1, 'UID', uid), leaf(depth + 1, 'Name', spec?.name ?? 'Standard', tally), raw(depth + 1, 'IsBaseCalendar', '1'), open(depth + 1, 'WeekDays')];
  const d = depth + 2;
  for (let dayType = 1; dayType <= 7; dayType++) {
    const works = days.includes(dayType === 1 ? 7 : dayType - 1);
    lines.push(open(d, 'WeekDay'), raw(d + 1, 'DayType', dayType), raw(d + 1, 'DayWorking', works ? '1' : '0'));
    if (works) lines.push(workingTimes(d + 1));
    lines.push(close(d, 'WeekDay'));
  }
  for (const h of spec?.holidays ?? [])
    lines.push(
      open(d, 'WeekDay'),
      raw(d + 1, 'DayType', '0'),
      raw(d + 1, 'DayWorking', '0'),
      open(d + 1, 'TimePeriod'),
      raw(d + 2, 'FromDate', `${h.date}T00:00:00`),
      raw(d + 2, 'ToDate', `${h.date}T23:59:00`),
      close(d + 1, 'TimePeriod'),
      close(d, 'WeekDay'),
    );
  lines.push(close(depth + 1, 'WeekDays'), close(depth, 'Calendar'));
  return lines.join('\n');
}
