import type { Baseline, Dependency } from '@dsc/domain';
import type { DatedActivity } from '@dsc/roadmap';
import { toEpochDay } from '@dsc/roadmap';
import { memo, useRef, useState } from 'react';
import type { PointerEvent as ReactPointerEvent, RefObject } from 'react';
import { useI18n } from '../../i18n/i18n-context.js';
import type { Zoom } from '../common/search.js';
import type { TreeRow } from './tree.js';
import { Bar } from './timeline-bar.js';
import type { BarHandlers } from './timeline-bar.js';
import { HEADER_HEIGHT, MONTHS_EN, PX_PER_DAY, ROW_HEIGHT, SNAP_DAYS, ticks } from './timeline-scale.js';
import type { Span, Tick } from './timeline-scale.js';

export interface TimelineProps {
  rows: readonly TreeRow[];
  dated: ReadonlyMap<string, DatedActivity>;
  spans: ReadonlyMap<string, Span>;
  dependencies: readonly Dependency[];
  baseline: Baseline | undefined;
  zoom: Zoom;
  projectStart: string;
  projectFinish: string;
  focusKey: string | undefined;
  label: string;
  onMove: (id: string, days: number) => void;
  onLink: (from: string, to: string) => void;
  onFocusRow: (key: string) => void;
  /** Display names of activities (for the driving predecessor in bar labels). */
  names: ReadonlyMap<string, string>;
  /** Width available to the timeline; the scale extends to fill it. */
  minWidth?: number;
}

/** The SVG timeline: a projection of the tree-grid rows (same order, same row height). */
export const Timeline = memo(function Timeline(props: TimelineProps) {
  const { t, text: _text } = useI18n();
  const { rows, dated, spans, dependencies, baseline, zoom, focusKey } = props;
  const px = PX_PER_DAY[zoom];
  const from = toEpochDay(props.projectStart) - Math.ceil(40 / px) - 3;
  const to = Math.max(
    toEpochDay(props.projectFinish) + Math.ceil(120 / px) + 3,
    from + Math.ceil((props.minWidth ?? 0) / px),
  );
  const width = Math.max(400, Math.round((to - from) * px));
  const height = HEADER_HEIGHT + rows.length * ROW_HEIGHT + 4;
  const x = (day: number) => (day - from) * px;
  const xs = (iso: string) => x(toEpochDay(iso));
  const xe = (iso: string) => x(toEpochDay(iso) + 1);
  const rowIndex = new Map<string, number>();
  rows.forEach((r, i) => {
    if (r.kind === 'activity') rowIndex.set(r.id, i);
  });
  const cy = (i: number) => HEADER_HEIGHT + i * ROW_HEIGHT + ROW_HEIGHT / 2;
  const tk = ticks(from, to, zoom, (m) => t(`plan.month.${m + 1}` as 'plan.month.1') || (MONTHS_EN[m] ?? ''));
  const todayDay = Math.floor(Date.now() / 86_400_000);
  const baseIndex = new Map(baseline?.activities.map((a) => [a.id, a]) ?? []);

  // Drag state: move a bar, or draw a link from a bar's end handle.
  const svgRef = useRef<SVGSVGElement>(null);
  const [drag, setDrag] = useState<
    | { kind: 'move'; id: string; x0: number; dx: number }
    | { kind: 'link'; id: string; x0: number; y0: number; x1: number; y1: number }
    | undefined
  >(undefined);
  const local = (e: ReactPointerEvent) => {
    const r = svgRef.current?.getBoundingClientRect();
    return { x: e.clientX - (r?.left ?? 0), y: e.clientY - (r?.top ?? 0) };
  };
  const onPointerMove = (e: ReactPointerEvent) => {
    if (!drag) return;
    const p = local(e);
    if (drag.kind === 'move') setDrag({ ...drag, dx: p.x - drag.x0 });
    else setDrag({ ...drag, x1: p.x, y1: p.y });
  };
  const onPointerUp = (e: ReactPointerEvent) => {
    if (!drag) return;
    const p = local(e);
    if (drag.kind === 'move') {
      const snap = SNAP_DAYS[zoom];
      const days = Math.round((p.x - drag.x0) / px / snap) * snap;
      if (days !== 0) props.onMove(drag.id, days);
    } else {
      const i = Math.floor((p.y - HEADER_HEIGHT) / ROW_HEIGHT);
      const target = rows[i];
      if (target?.kind === 'activity' && target.id !== drag.id) props.onLink(drag.id, target.id);
    }
    setDrag(undefined);
  };

  const handlersRef = useRef<BarHandlers | undefined>(undefined);
  handlersRef.current = {
    startDrag: (e, key, id) => {
      e.currentTarget.setPointerCapture?.(e.pointerId);
      props.onFocusRow(key);
      setDrag({ kind: 'move', id, x0: local(e).x, dx: 0 });
    },
    startLink: (e, id) => {
      e.stopPropagation();
      const p = local(e);
      setDrag({ kind: 'link', id, x0: p.x, y0: p.y, x1: p.x, y1: p.y });
    },
  };
  const handlers = handlersRef as RefObject<BarHandlers>;

  const arrows = dependencies.flatMap((d) => {
    const i = rowIndex.get(d.from);
    const j = rowIndex.get(d.to);
    const a = dated.get(d.from);
    const b = dated.get(d.to);
    if (i === undefined || j === undefined || !a || !b) return [];
    const fromEnd = d.type === 'FS' || d.type === 'FF';
    const toEnd = d.type === 'FF' || d.type === 'SF';
    const x1 = fromEnd ? (a.duration === 0 ? xs(a.start) + 6 : xe(a.finish)) : xs(a.start);
    const x2 = toEnd
      ? b.duration === 0
        ? xs(b.start) + 6
        : xe(b.finish)
      : xs(b.start) - (b.duration === 0 ? 6 : 0);
    const y1 = cy(i);
    const y2 = cy(j);
    const out = fromEnd ? x1 + 8 : x1 - 8;
    const inn = toEnd ? x2 + 8 : x2 - 8;
    const midY = y2 > y1 ? y2 - ROW_HEIGHT / 2 + 2 : y2 + ROW_HEIGHT / 2 - 2;
    const path =
      (fromEnd && !toEnd && inn >= out) || (!fromEnd && toEnd && inn <= out)
        ? `M${x1},${y1} H${inn} V${y2} H${x2}`
        : `M${x1},${y1} H${out} V${midY} H${inn} V${y2} H${x2}`;
    const critical = a.critical && b.critical;
    const lag = d.lag.value;
    return [
      <g key={`${d.from}>${d.to}`} className={critical ? 'tl-link tl-link--critical' : 'tl-link'}>
        <path d={path} markerEnd={`url(#${critical ? 'tl-arrow-c' : 'tl-arrow'})`} />
        {(d.type !== 'FS' || lag !== 0) && (
          <text
            x={out + (fromEnd ? 2 : -2)}
            y={y1 - 4}
            textAnchor={fromEnd ? 'start' : 'end'}
            className="tl-link__label"
          >
            {`${d.type}${lag === 0 ? '' : `${lag > 0 ? '+' : ''}${lag}${d.lag.unit === 'elapsed' ? 'ed' : 'd'}`}`}
          </text>
        )}
      </g>,
    ];
  });

  return (
    <svg
      ref={svgRef}
      className="timeline"
      width={width}
      height={height}
      role="img"
      aria-label={props.label}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerLeave={() => setDrag(undefined)}
    >
      <defs>
        <pattern
          id="tl-hatch"
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="6" height="6" fill="#b3261e" />
          <line x1="0" y1="0" x2="0" y2="6" stroke="#7a1912" strokeWidth="2.5" />
        </pattern>
        <marker
          id="tl-arrow"
          viewBox="0 0 8 8"
          refX="7"
          refY="4"
          markerWidth="7"
          markerHeight="7"
          orient="auto"
        >
          <path d="M0,0 L8,4 L0,8 z" fill="#5d6975" />
        </marker>
        <marker
          id="tl-arrow-c"
          viewBox="0 0 8 8"
          refX="7"
          refY="4"
          markerWidth="7"
          markerHeight="7"
          orient="auto"
        >
          <path d="M0,0 L8,4 L0,8 z" fill="#b3261e" />
        </marker>
      </defs>
      <g className="tl-grid">
        {rows.map((r, i) =>
          r.key === focusKey ? (
            <rect
              key={r.key}
              x={0}
              y={HEADER_HEIGHT + i * ROW_HEIGHT}
              width={width}
              height={ROW_HEIGHT}
              className="tl-row--focus"
            />
          ) : i % 2 === 1 ? (
            <rect
              key={r.key}
              x={0}
              y={HEADER_HEIGHT + i * ROW_HEIGHT}
              width={width}
              height={ROW_HEIGHT}
              className="tl-row--alt"
            />
          ) : null,
        )}
        {tk.minor.map((tick) => (
          <line
            key={`g${tick.day}`}
            x1={x(tick.day)}
            x2={x(tick.day)}
            y1={HEADER_HEIGHT}
            y2={height}
            className={tick.major ? 'tl-gridline tl-gridline--major' : 'tl-gridline'}
          />
        ))}
      </g>
      <g className="tl-header">
        <rect x={0} y={0} width={width} height={HEADER_HEIGHT} />
        {tk.major
          .filter(
            (tick, i, all) =>
              x(tick.day) >= 0 || (all[i + 1] !== undefined && x((all[i + 1] as Tick).day) > 60),
          )
          .map((tick) => (
            <text key={`M${tick.day}`} x={Math.max(x(tick.day), 0) + 4} y={18}>
              {tick.label}
            </text>
          ))}
        {tk.minor.map((tick) => (
          <text key={`m${tick.day}`} x={x(tick.day) + 3} y={HEADER_HEIGHT - 8} className="tl-header__minor">
            {tick.label}
          </text>
        ))}
      </g>
      {todayDay >= from && todayDay <= to && (
        <line x1={x(todayDay)} x2={x(todayDay)} y1={HEADER_HEIGHT} y2={height} className="tl-today">
          <title>{t('plan.timeline.today')}</title>
        </line>
      )}
      <g className="tl-links" aria-hidden="true">
        {arrows}
      </g>
      <g className="tl-bars">
        {rows.map((r, i) => {
          const y = HEADER_HEIGHT + i * ROW_HEIGHT;
          const span = spans.get(r.key);
          if (r.kind !== 'activity' || !r.activity || r.hasChildren) {
            if (!span) return null;
            const x1 = xs(span.start);
            const x2 = xe(span.finish);
            return (
              <g key={r.key} className={`tl-summary tl-summary--${r.kind}`}>
                <path d={`M${x1},${y + 20} V${y + 11} H${x2} V${y + 20} L${x2 - 5},${y + 15} H${x1 + 5} Z`} />
              </g>
            );
          }
          const a = dated.get(r.id);
          if (!a) return null;
          const name = props.names.get(r.id) ?? r.activity.name.en;
          const base = baseIndex.get(r.id);
          const moving = drag?.kind === 'move' && drag.id === r.id ? drag.dx : 0;
          const x1 = xs(a.start) + moving;
          const x2 = xe(a.finish) + moving;
          return (
            <Bar
              key={r.key}
              rowKey={r.key}
              id={r.id}
              y={y}
              x1={x1}
              x2={x2}
              floatEnd={a.totalFloat > 0 && !a.critical ? xe(a.lateFinish) + moving : undefined}
              critical={a.critical}
              milestone={a.duration === 0}
              gate={r.activity.gate}
              baseX={base ? xs(base.start) : undefined}
              baseW={base ? Math.max(2, xe(base.finish) - xs(base.start)) : undefined}
              baseTitle={
                base ? t('plan.timeline.baselineBar', { start: base.start, finish: base.finish }) : undefined
              }
              progress={a.progress?.percentComplete}
              title={`${t('plan.timeline.bar', {
                name,
                start: a.start,
                finish: a.finish,
                float: a.totalFloat,
                critical: a.critical ? 'yes' : 'no',
              })}${
                a.drivingPredecessor !== undefined && props.names.has(a.drivingPredecessor)
                  ? ` · ${t('plan.timeline.driver', { name: props.names.get(a.drivingPredecessor) ?? '' })}`
                  : ''
              }${a.progress && a.progress.status !== 'not_started' ? ` · ${t('roadmap.progress.percent', { percent: a.progress.percentComplete })}` : ''}`}
              handlers={handlers}
            />
          );
        })}
      </g>
      {drag?.kind === 'link' && (
        <line className="tl-drawlink" x1={drag.x0} y1={drag.y0} x2={drag.x1} y2={drag.y1} />
      )}
    </svg>
  );
});
