import type { Plan } from '@dsc/domain';
import { addDays } from '../calendar.js';
import type { PlanSchedule } from '../plan-schedule.js';

/** UTF-8 length of one code point. */
const utf8Length = (cp: number): number => (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4);

/**
 * Folds a content line at 75 octets (RFC 5545 §3.1): continuation lines start with a space, and a line never
 * splits a character. One pass over the code points, so a megabyte-long name folds in linear time and memory.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let start = 0;
  let octets = 0;
  let i = 0;
  while (i < line.length) {
    const cp = line.codePointAt(i) as number;
    const len = utf8Length(cp);
    const units = cp > 0xffff ? 2 : 1;
    // Continuation lines carry a leading space, so they hold 74 octets of content.
    if (octets + len > (parts.length === 0 ? 75 : 74)) {
      parts.push(line.slice(start, i));
      start = i;
      octets = 0;
    }
    octets += len;
    i += units;
  }
  parts.push(line.slice(start));
  return parts.join('\r\n ');
}

/** iCalendar (RFC 5545) of the plan's milestones and governance gates, as all-day events. */
export function milestonesToIcal(
  plan: Plan,
  sched: PlanSchedule,
  options: { readonly stamp: string },
): string {
  const esc = (s: string): string =>
    s.replaceAll('\\', '\\\\').replaceAll(';', '\\;').replaceAll(',', '\\,').replace(/\r?\n/g, '\\n');

  const stamp = options.stamp.replace(/[-:]/g, '').replace(/\.\d+/, '');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//DSC Toolkit//roadmap//EN',
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${esc(plan.title.en)}`,
  ];
  const dated = new Map(sched.activities.map((a) => [a.id, a]));
  for (const a of plan.activities) {
    if (!a.milestone && a.gate === undefined) continue;
    const d = dated.get(a.id);
    if (!d) continue;
    const day = d.start.replaceAll('-', '');
    // An all-day event without DTEND lasts one day (RFC 5545 §3.6.1): used on 9999-12-31, whose next day has no
    // four-digit year.
    const next = d.start < '9999-12-31' ? addDays(d.start, 1).replaceAll('-', '') : undefined;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${esc(`${plan.id}-${a.id}`)}@dsc-toolkit`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${day}`,
      ...(next !== undefined ? [`DTEND;VALUE=DATE:${next}`] : []),
      `SUMMARY:${esc(a.gate !== undefined ? `${a.gate}: ${a.name.en}` : a.name.en)}`,
      ...(a.notes !== undefined ? [`DESCRIPTION:${esc(a.notes)}`] : []),
      `CATEGORIES:${a.gate !== undefined ? 'GATE' : 'MILESTONE'}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
