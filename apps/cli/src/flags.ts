import type { Translator } from '@dsc/i18n';
import { CliError } from './cli-error.js';

// Option values as cac hands them over (strings, or numbers when they look like one) turned into checked values.
// A value that does not fit is a usage error (exit 2) naming the option, with a hint in the user's language.

type T = Translator['t'];

/** True when `value` is one of `choices` (narrowing it to their type). */
export const isOneOf = <C extends string>(value: unknown, choices: readonly C[]): value is C =>
  typeof value === 'string' && (choices as readonly string[]).includes(value);

/** The usage error for an option value outside its choices: `unknown --format "xml"`, hint `Use one of: …`. */
export const unknownValue = (t: T, option: string, value: string, choices: readonly string[]): CliError =>
  new CliError('usage', t('cli.error.unknownValue', { option, value }), t('cli.error.oneOf', { choices: choices.join(', ') }));

/** A calendar date written `YYYY-MM-DD`. */
export const isIsoDate = (value: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));

/** The value of a date option (`--start 2027-01-04`), or a usage error naming the option. */
export function dateFlag(t: T, option: string, value: string | number): string {
  const s = String(value);
  if (!isIsoDate(s)) throw new CliError('usage', t('cli.schedule.error.notDate', { option, value: s }), t('cli.schedule.error.dateHint'));
  return s;
}

/** `--holidays 2027-01-01,2027-03-08` → the dates; a usage error names the first one that is not a date. */
export function datesFlag(t: T, value: string | number | undefined): string[] {
  if (value === undefined) return [];
  const dates = String(value)
    .split(',')
    .map((d) => d.trim())
    .filter(Boolean);
  const bad = dates.find((d) => !isIsoDate(d));
  if (bad !== undefined) throw new CliError('usage', t('cli.schedule.error.notDate', { option: '--holidays:', value: bad }), t('cli.schedule.error.holidaysHint'));
  return dates;
}

/** `1-5` or `1,2,3,4,6` → sorted ISO weekdays (1 = Monday); undefined when malformed. */
export function parseWeekdays(spec: string): number[] | undefined {
  const out = new Set<number>();
  for (const part of spec.split(',')) {
    const m = /^\s*([1-7])\s*(?:-\s*([1-7])\s*)?$/.exec(part);
    if (!m) return undefined;
    const a = Number(m[1]);
    const b = m[2] === undefined ? a : Number(m[2]);
    if (b < a) return undefined;
    for (let d = a; d <= b; d++) out.add(d);
  }
  return [...out].sort((x, y) => x - y);
}

/** The value of `--working-days`, or a usage error with an example. */
export function weekdaysFlag(t: T, value: string | number): number[] {
  const days = parseWeekdays(String(value));
  if (!days) throw new CliError('usage', t('cli.schedule.error.workingDays', { value: String(value) }), t('cli.schedule.error.workingDaysHint'));
  return days;
}
