import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { useI18n } from '../i18n/i18n-context.js';
import { seriesColour } from './palette.js';

export interface LinePoint {
  year: number;
  value: number | null;
  /** SDMX status other than A is marked with a hollow point. */
  flagged?: boolean;
}
export interface LineSeries {
  key: string;
  label: string;
  points: readonly LinePoint[];
}

/** Time series in SVG: one line per series, missing years break the line (a gap, never an interpolation). */
export function LineChart({
  series,
  years,
  label,
  width = 960,
  height = 400,
}: {
  series: readonly LineSeries[];
  years: readonly [number, number];
  label: string;
  width?: number;
  height?: number;
}) {
  const { fmt } = useI18n();
  const margin = { top: 12, right: 210, bottom: 30, left: 56 };
  const values = series.flatMap((s) => s.points.map((p) => p.value)).filter((v): v is number => v !== null);
  const lo = Math.min(0, ...values);
  const hi = Math.max(1, ...values);
  const x = scaleLinear().domain([years[0], Math.max(years[1], years[0] + 1)]).range([margin.left, width - margin.right]);
  const y = scaleLinear().domain([lo, hi]).nice().range([height - margin.bottom, margin.top]);
  const tickYears = x.ticks(Math.min(10, years[1] - years[0] + 1)).filter((v) => Number.isInteger(v));
  // Fill the year grid so that a missing year becomes an explicit gap.
  const grid = (s: LineSeries): LinePoint[] => {
    const byYear = new Map(s.points.map((p) => [p.year, p]));
    const out: LinePoint[] = [];
    for (let yr = years[0]; yr <= years[1]; yr++) out.push(byYear.get(yr) ?? { year: yr, value: null });
    return out;
  };
  const path = line<LinePoint>()
    .defined((p) => p.value !== null)
    .x((p) => x(p.year))
    .y((p) => y(p.value ?? 0));
  // Label positions at the last value, nudged apart.
  const ends = series
    .map((s, i) => {
      const last = [...s.points].reverse().find((p) => p.value !== null && p.year <= years[1] && p.year >= years[0]);
      return last ? { i, s, y: y(last.value ?? 0) } : undefined;
    })
    .filter((e) => e !== undefined)
    .sort((a, b) => a.y - b.y);
  for (let k = 1; k < ends.length; k++) {
    const prev = ends[k - 1];
    const cur = ends[k];
    if (prev && cur && cur.y - prev.y < 14) cur.y = prev.y + 14;
  }
  return (
    <svg className="chart" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      <g className="axis" aria-hidden="true">
        {y.ticks(5).map((tick) => (
          <g key={tick} transform={`translate(0,${y(tick)})`}>
            <line className="gridline" x1={margin.left} x2={width - margin.right} />
            <text x={margin.left - 6} dy="0.35em" textAnchor="end">
              {fmt.number(tick, 1)}
            </text>
          </g>
        ))}
        {tickYears.map((yr) => (
          <text key={yr} x={x(yr)} y={height - 10} textAnchor="middle">
            {yr}
          </text>
        ))}
      </g>
      {series.map((s, i) => {
        const pts = grid(s);
        const observed = pts.filter((p) => p.value !== null);
        return (
          <g key={s.key}>
            {/* Years without a value: a thin dashed bridge between the observed points, never a drawn value. */}
            <path d={path(observed) ?? ''} fill="none" stroke={seriesColour(i)} strokeWidth="1" strokeDasharray="3 4" opacity="0.6" />
            <path d={path(pts) ?? ''} fill="none" stroke={seriesColour(i)} strokeWidth="2.25" />
            {pts
              .filter((p) => p.value !== null)
              .map((p) => (
                <circle
                  key={p.year}
                  cx={x(p.year)}
                  cy={y(p.value ?? 0)}
                  r={p.flagged ? 3.5 : 2.75}
                  fill={p.flagged ? '#fff' : seriesColour(i)}
                  stroke={seriesColour(i)}
                  strokeWidth="1.5"
                />
              ))}
          </g>
        );
      })}
      {ends.map((e) => (
        <text key={e.s.key} x={width - margin.right + 8} y={e.y} dy="0.35em" fill={seriesColour(e.i)} fontWeight={600}>
          {e.s.label.length > 30 ? `${e.s.label.slice(0, 29)}…` : e.s.label}
        </text>
      ))}
    </svg>
  );
}
