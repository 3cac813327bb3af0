import type { Zoom } from '../common/search.js';

export const ROW_HEIGHT = 34;
export const HEADER_HEIGHT = 48;

/** Pixels per calendar day at each zoom level. */
export const PX_PER_DAY: Record<Zoom, number> = { week: 22, month: 5, quarter: 1.8, year: 0.55 };
/** Days one keyboard or drag step moves a bar at each zoom level. */
export const SNAP_DAYS: Record<Zoom, number> = { week: 1, month: 7, quarter: 7, year: 30 };

export interface Span {
  start: string;
  finish: string;
}

export interface Tick {
  day: number;
  label: string;
  major: boolean;
}

export const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function ticks(
  from: number,
  to: number,
  zoom: Zoom,
  monthName: (m: number) => string,
): { minor: Tick[]; major: Tick[] } {
  const minor: Tick[] = [];
  const major: Tick[] = [];
  const d0 = new Date(from * 86_400_000);
  const y0 = d0.getUTCFullYear();
  const day = (y: number, m: number, d = 1) => Math.floor(Date.UTC(y, m, d) / 86_400_000);
  for (let y = y0; day(y, 0) <= to; y++) {
    if (zoom === 'year') {
      minor.push({ day: day(y, 0), label: String(y), major: true });
      continue;
    }
    major.push({ day: day(y, 0), label: String(y), major: true });
    for (let m = 0; m < 12; m++) {
      const d = day(y, m);
      if (d > to) break;
      if (zoom === 'quarter' && m % 3 === 0) minor.push({ day: d, label: `Q${m / 3 + 1}`, major: m === 0 });
      if (zoom === 'month' || zoom === 'week') minor.push({ day: d, label: monthName(m), major: m === 0 });
    }
  }
  if (zoom === 'week') {
    major.splice(
      0,
      major.length,
      ...minor.map((t) => ({ ...t, label: `${t.label} ${new Date(t.day * 86_400_000).getUTCFullYear()}` })),
    );
    minor.length = 0;
    // Mondays: epoch day 4 was a Monday.
    for (let d = from - ((((from - 4) % 7) + 7) % 7); d <= to; d += 7)
      minor.push({ day: d, label: String(new Date(d * 86_400_000).getUTCDate()), major: false });
  }
  return { minor: minor.filter((t) => t.day >= from - 400), major };
}

export const spanOf = (a: Span | undefined, b: Span): Span =>
  a ? { start: a.start < b.start ? a.start : b.start, finish: a.finish > b.finish ? a.finish : b.finish } : b;
