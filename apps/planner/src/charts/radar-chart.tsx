import { useI18n } from '../i18n/i18n-context.js';
import { wrapLabel } from './bar-chart.js';
import { seriesColour } from './palette.js';

export interface RadarSeries {
  key: string;
  label: string;
  /** One value per axis, on the 0–max scale; null leaves the vertex at the centre and is listed in the table. */
  values: readonly (number | null)[];
}

/** Radar (spider) chart of scores on a common 0–max scale. */
export function RadarChart({
  axes,
  series,
  label,
  max = 100,
  size = 460,
}: {
  axes: readonly string[];
  series: readonly RadarSeries[];
  label: string;
  max?: number;
  size?: number;
}) {
  const { fmt } = useI18n();
  const r = size / 2 - 70;
  const cx = 200 + r * 1.14;
  const cy = size / 2;
  const width = cx + r * 1.14 + 380;
  const angle = (i: number) => (Math.PI * 2 * i) / axes.length - Math.PI / 2;
  const pt = (i: number, v: number) => [cx + Math.cos(angle(i)) * r * (v / max), cy + Math.sin(angle(i)) * r * (v / max)];
  const rings = [0.25, 0.5, 0.75, 1];
  return (
    <svg className="chart" width={width} height={size} viewBox={`0 0 ${width} ${size}`} role="img" aria-label={label}>
      <g className="axis" aria-hidden="true">
        {rings.map((k) => (
          <polygon
            key={k}
            className="gridline"
            fill="none"
            stroke="#e8edf1"
            points={axes.map((_, i) => pt(i, max * k).join(',')).join(' ')}
          />
        ))}
        {rings.map((k) => (
          <text key={`t${k}`} x={cx + 4} y={cy - r * k} fontSize="10">
            {fmt.number(max * k, 0)}
          </text>
        ))}
        {axes.map((a, i) => {
          const [x2, y2] = pt(i, max);
          const [lx, ly] = pt(i, max * 1.14);
          const anchor = Math.abs(Math.cos(angle(i))) < 0.2 ? 'middle' : Math.cos(angle(i)) > 0 ? 'start' : 'end';
          return (
            <g key={a}>
              <line x1={cx} y1={cy} x2={x2} y2={y2} stroke="#d5dce3" />
              <text x={lx} y={ly} textAnchor={anchor}>
                {wrapLabel(a, 24).map((line, k, all) => (
                  <tspan key={k} x={lx} dy={k === 0 ? `${0.35 - ((all.length - 1) * 1.15) / 2}em` : '1.15em'}>
                    {line}
                  </tspan>
                ))}
              </text>
            </g>
          );
        })}
      </g>
      {series.map((s, si) => (
        <polygon
          key={s.key}
          points={s.values.map((v, i) => pt(i, v ?? 0).join(',')).join(' ')}
          fill={seriesColour(si)}
          fillOpacity="0.12"
          stroke={seriesColour(si)}
          strokeWidth="2"
        />
      ))}
      <g aria-hidden="true">
        {series.map((s, si) => (
          <g key={s.key} transform={`translate(${width - 180},${20 + si * 20})`}>
            <rect width="12" height="12" fill={seriesColour(si)} />
            <text x="18" y="10">
              {s.label}
            </text>
          </g>
        ))}
      </g>
    </svg>
  );
}
