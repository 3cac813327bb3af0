import { memo } from 'react';
import type { RefObject } from 'react';
import { useI18n } from '../../i18n/i18n-context.js';
import { COLS, EDITABLE } from './grid-keys.js';
import type { Col } from './grid-keys.js';
import { ROW_HEIGHT } from './timeline-scale.js';
import type { TreeRow } from './tree.js';

export interface RowHandlers {
  click: (key: string, col: Col) => void;
  doubleClick: (key: string, col: Col) => void;
  change: (value: string) => void;
  commit: () => void;
  cancel: () => void;
}

interface GridRowProps {
  index: number;
  rowKey: string;
  kind: TreeRow['kind'];
  id: string;
  level: number;
  posinset: number;
  setsize: number;
  expanded: boolean | undefined;
  wbs: string;
  name: string;
  gate: string | undefined;
  /** Working days; -1 for a milestone; undefined for phase and output rows. */
  duration: number | undefined;
  start: string;
  finish: string;
  float: number | undefined;
  critical: boolean;
  pred: string;
  cursorCol: Col | undefined;
  editCol: Col | undefined;
  editValue: string | undefined;
  headers: Record<Col, string>;
  handlers: RefObject<RowHandlers>;
}

/** One tree-grid row; re-renders only when its own values change (a 1,000-row plan stays responsive). */
export const GridRow = memo(function GridRow(p: GridRowProps) {
  const { t, fmt } = useI18n();
  const h = p.handlers;
  const values: Record<Col, string> = {
    wbs: p.wbs,
    name: p.name,
    duration:
      p.duration === undefined
        ? ''
        : p.duration < 0
          ? t('plan.editor.milestone')
          : t('plan.editor.days', { count: p.duration }),
    start: p.start,
    finish: p.finish,
    float: p.float === undefined ? '' : String(p.float),
    pred: p.pred,
  };
  return (
    <div
      role="row"
      aria-rowindex={p.index + 2}
      aria-level={p.level}
      aria-posinset={p.posinset}
      aria-setsize={p.setsize}
      aria-expanded={p.expanded}
      aria-selected={p.cursorCol !== undefined}
      className={`treegrid__row treegrid__row--${p.kind}${p.critical ? ' is-critical' : ''}${p.cursorCol !== undefined ? ' is-current' : ''}`}
      style={{ height: ROW_HEIGHT }}
      data-activity={p.kind === 'activity' ? p.id : undefined}
    >
      {COLS.map((c) => {
        const isCursor = p.cursorCol === c;
        const editing = p.editCol === c && p.editValue !== undefined;
        return (
          <div
            key={c}
            role="gridcell"
            tabIndex={isCursor ? 0 : -1}
            data-cursor={isCursor ? 'true' : undefined}
            data-col={c}
            aria-readonly={EDITABLE.has(c) && p.kind === 'activity' ? undefined : true}
            className={`treegrid__cell treegrid__cell--${c}`}
            title={c === 'name' && !editing ? values.name : undefined}
            style={c === 'name' ? { paddingInlineStart: `${0.4 + (p.level - 1) * 1.1}rem` } : undefined}
            onClick={() => h.current.click(p.rowKey, c)}
            onDoubleClick={() => h.current.doubleClick(p.rowKey, c)}
          >
            {editing ? (
              <input
                autoFocus
                aria-label={`${p.headers[c]}: ${values.name}`}
                className="treegrid__input"
                value={p.editValue}
                onChange={(e) => h.current.change(e.target.value)}
                onFocus={(e) => e.currentTarget.select()}
                onBlur={() => h.current.commit()}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') {
                    e.preventDefault();
                    e.stopPropagation();
                    h.current.commit();
                  } else if (e.key === 'Escape') {
                    e.preventDefault();
                    e.stopPropagation();
                    h.current.cancel();
                  }
                }}
              />
            ) : c === 'wbs' && p.expanded !== undefined ? (
              <>
                <span aria-hidden="true" className="treegrid__twisty">
                  {p.expanded ? '▾' : '▸'}
                </span>
                {values.wbs}
              </>
            ) : c === 'float' && p.float !== undefined ? (
              <>
                {p.critical && (
                  <span className="crit-mark" aria-hidden="true">
                    ◆
                  </span>
                )}
                {fmt.integer(p.float)}
                {p.critical && <span className="visually-hidden"> {t('plan.editor.critical')}</span>}
              </>
            ) : c === 'name' && p.gate !== undefined ? (
              <>
                {values.name} <span className="badge">{p.gate}</span>
              </>
            ) : (
              values[c]
            )}
          </div>
        );
      })}
    </div>
  );
});
