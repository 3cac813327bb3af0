import { scaleBand, scaleLinear } from 'd3-scale';
import { useI18n } from '../i18n/i18n-context.js';
import { seriesColour } from './palette.js';

/** Splits a label into lines of at most `max` characters at spaces (at most three lines). */
export function wrapLabel(label: string, max: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of label.split(' ')) {
    if (line && (line + ' ' + word).length > max) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  if (out.length > 3) return [...out.slice(0, 2), `${out.slice(2).join(' ').slice(0, max - 1)}…`];
  return out;
}

export interface BarSeries {
  key: string;
  label: string;
}
export interface BarRow {
  key: string;
  label: string;
  /** One value per series (same order); null draws nothing and says "no data". */
  values: readonly (number | null)[];
  emphasis?: boolean;
}

/** Horizontal (grouped) bar chart in SVG. Values share one axis, from 0 (or the minimum if negative) to `max`. */
export function BarChart({
  rows,
  series,
  label,
  max,
  width = 760,
}: {
  rows: readonly BarRow[];
  series: readonly BarSeries[];
  label: string;
  max?: number;
  width?: number;
}) {
  const { fmt, t } = useI18n();
  const lines = rows.map((r) => wrapLabel(r.label, 28));
  const longest = Math.max(...lines.flat().map((l) => l.length));
  const labelW = Math.min(220, Math.max(100, longest * 6.8 + 14));
  const groupH = Math.max(24, series.length * 16 + 10, Math.max(...lines.map((l) => l.length)) * 14 + 8);
  const top = series.length > 1 ? 30 : 8;
  const height = top + rows.length * groupH + 28;
  const values = rows.flatMap((r) => r.values).filter((v): v is number => v !== null);
  const hi = max ?? Math.max(1, ...values);
  const lo = Math.min(0, ...values);
  const x = scaleLinear().domain([lo, hi]).nice().range([labelW, width - 56]);
  const y = scaleBand<string>().domain(rows.map((r) => r.key)).range([top, height - 28]).paddingInner(0.2);
  const inner = scaleBand<number>()
    .domain(series.map((_, i) => i))
    .range([0, y.bandwidth()])
    .paddingInner(0.1);
  return (
    <svg className="chart" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      {series.length > 1 && (
        <g aria-hidden="true">
          {series.map((s, i) => (
            <g key={s.key} transform={`translate(${labelW + i * 240},8)`}>
              <rect width="12" height="12" fill={seriesColour(i)} />
              <text x="16" y="10">
                {s.label.length > 34 ? `${s.label.slice(0, 33)}…` : s.label}
              </text>
            </g>
          ))}
        </g>
      )}
      <g className="axis" aria-hidden="true">
        {x.ticks(5).map((tick) => (
          <g key={tick} transform={`translate(${x(tick)},0)`}>
            <line className="gridline" y1={top} y2={height - 28} />
            <text y={height - 10} textAnchor="middle">
              {fmt.number(tick, 0)}
            </text>
          </g>
        ))}
      </g>
      {rows.map((r, ri) => (
        <g key={r.key} transform={`translate(0,${y(r.key) ?? 0})`}>
          <text x={labelW - 8} y={y.bandwidth() / 2} textAnchor="end" fontWeight={r.emphasis ? 700 : 400}>
            {(lines[ri] ?? [r.label]).map((l, k, all) => (
              <tspan key={k} x={labelW - 8} dy={k === 0 ? `${0.35 - ((all.length - 1) * 1.15) / 2}em` : '1.15em'}>
                {l}
              </tspan>
            ))}
          </text>
          {r.values.map((v, i) => {
            const yy = inner(i) ?? 0;
            const h = inner.bandwidth();
            if (v === null)
              return (
                <text key={i} x={x(0) + 4} y={yy + h / 2} dy="0.35em" fontStyle="italic">
                  {t('planner.state.noData')}
                </text>
              );
            const x0 = x(Math.min(0, v));
            const w = Math.abs(x(v) - x(0));
            return (
              <g key={i}>
                <rect x={x0} y={yy} width={Math.max(1, w)} height={h} fill={seriesColour(i)} rx="2" />
                <text x={x(Math.max(0, v)) + 4} y={yy + h / 2} dy="0.35em">
                  {fmt.number(v, 1)}
                </text>
              </g>
            );
          })}
        </g>
      ))}
    </svg>
  );
}
