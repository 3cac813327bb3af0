import { memo } from 'react';
import type { PointerEvent as ReactPointerEvent, RefObject } from 'react';
import { ROW_HEIGHT } from './timeline-scale.js';

export interface BarHandlers {
  startDrag: (e: ReactPointerEvent<Element>, key: string, id: string) => void;
  startLink: (e: ReactPointerEvent<Element>, id: string) => void;
}

interface BarProps {
  rowKey: string;
  id: string;
  y: number;
  x1: number;
  x2: number;
  floatEnd: number | undefined;
  critical: boolean;
  milestone: boolean;
  gate: string | undefined;
  baseX: number | undefined;
  baseW: number | undefined;
  baseTitle: string | undefined;
  /** % complete at the status date, when the plan records progress. */
  progress: number | undefined;
  title: string;
  handlers: RefObject<BarHandlers>;
}

/** One activity bar; re-renders only when its own geometry or label changes. */
export const Bar = memo(function Bar(p: BarProps) {
  const h = p.handlers;
  const y = p.y;
  return (
    <g className={p.critical ? 'tl-bar tl-bar--critical' : 'tl-bar'} data-activity={p.id}>
      {p.baseX !== undefined && p.baseW !== undefined && (
        <rect className="tl-baseline" x={p.baseX} y={y + ROW_HEIGHT - 9} width={p.baseW} height={5}>
          <title>{p.baseTitle}</title>
        </rect>
      )}
      {p.milestone ? (
        <g onPointerDown={(e) => h.current.startDrag(e, p.rowKey, p.id)}>
          <path className="tl-milestone" d={`M${p.x1},${y + 7} l9,9 l-9,9 l-9,-9 z`} />
          {p.gate !== undefined && (
            <text x={p.x1 + 13} y={y + 21} className="tl-gate">
              {p.gate}
            </text>
          )}
        </g>
      ) : (
        <>
          {p.floatEnd !== undefined && (
            <rect
              className="tl-float"
              x={p.x2}
              y={y + 15}
              width={Math.max(0, p.floatEnd - p.x2)}
              height={4}
            />
          )}
          <rect
            className="tl-bar__body"
            x={p.x1}
            y={y + 8}
            width={Math.max(3, p.x2 - p.x1)}
            height={ROW_HEIGHT - 16}
            rx={3}
            onPointerDown={(e) => h.current.startDrag(e, p.rowKey, p.id)}
          />
          {p.progress !== undefined && p.progress > 0 && (
            <rect
              className="tl-bar__progress"
              x={p.x1}
              y={y + ROW_HEIGHT / 2 - 2}
              width={(Math.max(3, p.x2 - p.x1) * Math.min(100, p.progress)) / 100}
              height={4}
            />
          )}
          <circle
            className="tl-handle"
            cx={p.x2 + 5}
            cy={y + ROW_HEIGHT / 2}
            r={4.5}
            onPointerDown={(e) => h.current.startLink(e, p.id)}
          />
        </>
      )}
      <title>{p.title}</title>
    </g>
  );
});
