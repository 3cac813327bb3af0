import type { Plan } from '@dsc/domain';
import type { DatedActivity, PlanSchedule } from '@dsc/roadmap';
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent, RefObject } from 'react';
import { useI18n } from '../../i18n/i18n-context.js';
import type { CommandResult, Run } from '../shared/command.js';
import {
  addActivity,
  addLink,
  deleteActivity,
  formatPredecessors,
  indent,
  moveActivity,
  outdent,
  predecessorFields,
  renameActivity,
  setDuration,
  setPredecessors,
} from './commands.js';
import { setText } from '../shared/command.js';
import type { Anchor } from './commands.js';
import { ActivityDetails } from './activity-details.js';
import { exportTimeline } from './timeline-export.js';
import { BaselineVariance } from './baseline-variance.js';
import { useCommandError } from '../shared/command-error.js';
import type { Zoom } from '../shared/search.js';
import { SNAP_DAYS, ROW_HEIGHT, HEADER_HEIGHT, Timeline, spanOf } from './timeline.js';
import type { Span } from './timeline.js';
import { buildTree, flattenTree, wbsCodes } from './tree.js';
import type { TreeRow } from './tree.js';

type Col = 'wbs' | 'name' | 'duration' | 'start' | 'finish' | 'float' | 'pred';
const COLS: readonly Col[] = ['wbs', 'name', 'duration', 'start', 'finish', 'float', 'pred'];
const EDITABLE: ReadonlySet<Col> = new Set(['name', 'duration', 'pred']);

export interface ScheduleViewProps {
  plan: Plan;
  schedule: PlanSchedule | undefined;
  zoom: Zoom;
  baselineId: string | undefined;
  focus: string | undefined;
  onFocusChange: (id: string | undefined) => void;
  run: Run;
}

export function ScheduleView({
  plan,
  schedule,
  zoom,
  baselineId,
  run,
  onFocusChange,
  focus,
}: ScheduleViewProps) {
  const { t, text, base } = useI18n();
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const tree = useMemo(() => buildTree(plan), [plan]);
  const rows = useMemo(() => flattenTree(tree, collapsed), [tree, collapsed]);
  const wbs = useMemo(() => wbsCodes(plan), [plan]);
  const preds = useMemo(() => predecessorFields(plan, wbs), [plan, wbs]);
  const names = useMemo(() => new Map(plan.activities.map((a) => [a.id, text(a.name)])), [plan, text]);
  const dated = useMemo(
    () => new Map<string, DatedActivity>(schedule?.activities.map((a) => [a.id, a]) ?? []),
    [schedule],
  );
  const spans = useMemo(() => {
    const m = new Map<string, Span>();
    const all = flattenTree(tree, new Set());
    // Roll activity dates up to every ancestor row.
    const parentOf = new Map(all.map((r) => [r.key, r.parentKey]));
    for (const r of all) {
      if (r.kind !== 'activity') continue;
      const a = dated.get(r.id);
      if (!a) continue;
      const s = { start: a.start, finish: a.finish };
      for (let k: string | undefined = r.key; k !== undefined; k = parentOf.get(k))
        m.set(k, spanOf(m.get(k), s));
    }
    return m;
  }, [tree, dated]);
  const [cursor, setCursor] = useState<{ key: string; col: Col }>({ key: rows[0]?.key ?? '', col: 'name' });
  const [editing, setEditing] = useState<{ key: string; col: Col; value: string } | undefined>(undefined);
  const { report, message } = useCommandError();
  const gridRef = useRef<HTMLDivElement>(null);
  const paneRef = useRef<HTMLDivElement>(null);
  const panesRef = useRef<HTMLDivElement>(null);
  const [paneWidth, setPaneWidth] = useState(0);
  useEffect(() => {
    const el = paneRef.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(() => setPaneWidth(el.clientWidth));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  const focusPending = useRef(false);

  // Keep the cursor on an existing row.
  const rowPos = rows.findIndex((r) => r.key === cursor.key);
  const current = rows[rowPos] ?? rows[0];
  useEffect(() => {
    if (!focusPending.current || editing) return;
    focusPending.current = false;
    const cell = gridRef.current?.querySelector<HTMLElement>('[data-cursor="true"]');
    cell?.focus();
  });
  // Keep the focused activity's bar in view: scroll the timeline sideways when it is outside.
  const focusedKey = current?.kind === 'activity' ? current.id : undefined;
  useEffect(() => {
    const panes = panesRef.current;
    const gridEl = gridRef.current;
    if (!panes || !gridEl || focusedKey === undefined) return;
    const bar = panes.querySelector<SVGGraphicsElement>(
      `.tl-bar[data-activity="${CSS.escape(focusedKey)}"] :is(.tl-bar__body, .tl-milestone)`,
    );
    if (!bar) return;
    const pr = panes.getBoundingClientRect();
    const br = bar.getBoundingClientRect();
    const left = pr.left + gridEl.offsetWidth;
    if (br.left < left + 8 || br.left > pr.right - 40) panes.scrollLeft += br.left - left - 48;
  }, [focusedKey, zoom]);
  useEffect(() => {
    if (focus && rows.some((r) => r.key === `a:${focus}`) && cursor.key !== `a:${focus}`)
      setCursor((c) => ({ ...c, key: `a:${focus}` }));
  }, [focus]);

  const moveTo = (key: string, col: Col = cursor.col) => {
    focusPending.current = true;
    setCursor({ key, col });
    const r = rows.find((x) => x.key === key);
    onFocusChange(r?.kind === 'activity' ? r.id : undefined);
  };

  const exec = (label: string, f: (p: Plan) => CommandResult): boolean => {
    let failed: CommandResult | undefined;
    const okRun = run(label, (p) => {
      const r = f(p);
      if (!r.ok) failed = r;
      return r;
    });
    if (failed && !failed.ok) report(failed.error);
    else report(undefined);
    return okRun;
  };

  const anchorOf = (r: TreeRow | undefined): Anchor => {
    if (!r) return { kind: 'end' };
    if (r.kind === 'activity') return { kind: 'activity', id: r.id };
    if (r.kind === 'phase') return { kind: 'phase', id: r.id };
    const phaseKey = r.parentKey?.startsWith('p:') ? r.parentKey.slice(2) : undefined;
    return { kind: 'output', id: r.id, phase: phaseKey };
  };

  const add = () => {
    const name = t('plan.editor.newActivity');
    let newId = '';
    const ok = exec(t('plan.cmd.add'), (p) => {
      const r = addActivity(p, anchorOf(current), setText({ en: name }, base, name));
      newId = r.id;
      return { ok: true, plan: r.plan };
    });
    if (ok) {
      focusPending.current = true;
      setCursor({ key: `a:${newId}`, col: 'name' });
      setEditing({ key: `a:${newId}`, col: 'name', value: name });
      onFocusChange(newId);
    }
  };

  const startEdit = (r: TreeRow, col: Col) => {
    if (r.kind !== 'activity' || !r.activity || !EDITABLE.has(col)) return;
    const value =
      col === 'name'
        ? text(r.activity.name)
        : col === 'duration'
          ? String(r.activity.duration)
          : formatPredecessors(plan, r.id, wbs);
    setEditing({ key: r.key, col, value });
  };

  const commitEdit = () => {
    if (!editing) return;
    const r = rows.find((x) => x.key === editing.key);
    setEditing(undefined);
    focusPending.current = true;
    if (!r || r.kind !== 'activity') return;
    const id = r.id;
    const v = editing.value;
    if (editing.col === 'name') {
      if (r.activity && v.trim() === text(r.activity.name)) return;
      exec(t('plan.cmd.rename'), (p) => renameActivity(p, id, base, v));
    } else if (editing.col === 'duration') {
      if (r.activity && v.trim() === String(r.activity.duration)) return;
      exec(t('plan.cmd.duration'), (p) => setDuration(p, id, v));
    } else if (editing.col === 'pred') {
      if (v.trim() === formatPredecessors(plan, id, wbs)) return;
      exec(t('plan.cmd.link'), (p) => setPredecessors(p, id, v));
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (editing) return;
    if (!current) {
      if (e.key === 'Insert' || (e.key === 'Enter' && (e.ctrlKey || e.metaKey))) {
        e.preventDefault();
        add();
      }
      return;
    }
    const ci = COLS.indexOf(cursor.col);
    const act = current.kind === 'activity' ? current.id : undefined;
    const key = e.key;
    if (e.altKey && e.shiftKey && (key === 'ArrowRight' || key === 'ArrowLeft')) {
      e.preventDefault();
      if (act)
        exec(key === 'ArrowRight' ? t('plan.cmd.indent') : t('plan.cmd.outdent'), (p) =>
          key === 'ArrowRight' ? indent(p, act) : outdent(p, act),
        );
      focusPending.current = true;
      return;
    }
    if (e.altKey && (key === 'ArrowRight' || key === 'ArrowLeft')) {
      e.preventDefault();
      const a = act ? dated.get(act) : undefined;
      if (act && a) {
        const step = SNAP_DAYS[zoom] * (key === 'ArrowRight' ? 1 : -1);
        exec(t('plan.cmd.move'), (p) => moveActivity(p, act, a.start, step));
      }
      focusPending.current = true;
      return;
    }
    switch (key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        e.preventDefault();
        const next = rows[Math.min(rows.length - 1, Math.max(0, rowPos + (key === 'ArrowDown' ? 1 : -1)))];
        if (next) moveTo(next.key);
        return;
      }
      case 'ArrowRight':
        e.preventDefault();
        if (ci === 0 && current.hasChildren && collapsed.has(current.key)) {
          setCollapsed((s) => new Set([...s].filter((k) => k !== current.key)));
        } else moveTo(current.key, COLS[Math.min(COLS.length - 1, ci + 1)]);
        return;
      case 'ArrowLeft':
        e.preventDefault();
        if (ci === 0 && current.hasChildren && !collapsed.has(current.key))
          setCollapsed((s) => new Set([...s, current.key]));
        else if (ci === 0 && current.parentKey) moveTo(current.parentKey);
        else moveTo(current.key, COLS[Math.max(0, ci - 1)]);
        return;
      case 'Home':
        e.preventDefault();
        if (e.ctrlKey && rows[0]) moveTo(rows[0].key, cursor.col);
        else moveTo(current.key, 'wbs');
        return;
      case 'End': {
        e.preventDefault();
        const last = rows[rows.length - 1];
        if (e.ctrlKey && last) moveTo(last.key, cursor.col);
        else moveTo(current.key, 'pred');
        return;
      }
      case 'Enter':
      case 'F2':
        e.preventDefault();
        if (key === 'Enter' && (e.ctrlKey || e.metaKey)) add();
        else startEdit(current, cursor.col);
        return;
      case 'Insert':
        e.preventDefault();
        add();
        return;
      case 'Delete':
        if (act) {
          e.preventDefault();
          const next = rows[rowPos + 1] ?? rows[rowPos - 1];
          if (exec(t('plan.cmd.delete'), (p) => deleteActivity(p, act)) && next) moveTo(next.key);
        }
        return;
      default:
    }
  };

  const baseline = plan.baselines.find((b) => b.id === baselineId);
  const summary = schedule
    ? t('plan.timeline.label', {
        start: schedule.projectStart,
        finish: schedule.projectFinish,
        count: plan.activities.length,
        critical: schedule.criticalPath.length,
      })
    : t('plan.timeline.empty');

  const cellLabel = (r: TreeRow): string => {
    if (r.kind === 'phase') return text(plan.phases.find((p) => p.id === r.id)?.name);
    if (r.kind === 'output') {
      const res = plan.results.find((x) => x.id === r.id);
      return res ? `${res.code ? `${res.code} ` : ''}${text(res.title)}` : r.id;
    }
    return r.activity ? text(r.activity.name) : r.id;
  };

  const exportSvg = (format: 'svg' | 'png') => {
    const svg = paneRef.current?.querySelector<SVGSVGElement>('svg.timeline');
    if (!svg || !schedule) return;
    void exportTimeline(
      svg,
      {
        title: text(plan.title),
        subtitle: t('plan.timeline.label', {
          start: schedule.projectStart,
          finish: schedule.projectFinish,
          count: plan.activities.length,
          critical: schedule.criticalPath.length,
        }),
        source: t('plan.export.timelineSource'),
      },
      format,
    );
  };
  const handlersRef = useRef<RowHandlers | undefined>(undefined);
  handlersRef.current = {
    click: (key, c) => moveTo(key, c),
    doubleClick: (key, c) => {
      const r = rows.find((x) => x.key === key);
      if (r) startEdit(r, c);
    },
    change: (value) => setEditing((e) => (e ? { ...e, value } : e)),
    commit: commitEdit,
    cancel: () => {
      setEditing(undefined);
      focusPending.current = true;
    },
  };
  const handlers = handlersRef as RefObject<RowHandlers>;

  const headers = useMemo<Record<Col, string>>(
    () => ({
      wbs: t('plan.col.wbs'),
      name: t('plan.col.name'),
      duration: t('plan.col.duration'),
      start: t('plan.col.start'),
      finish: t('plan.col.finish'),
      float: t('plan.col.float'),
      pred: t('plan.col.predecessors'),
    }),
    [t],
  );

  return (
    <div className="schedule">
      <div className="schedule__bar toolbar">
        <button type="button" className="button button--small" onClick={add}>
          {t('plan.editor.add')}
        </button>
        <button
          type="button"
          className="button button--small"
          onClick={() => exportSvg('svg')}
          disabled={!schedule}
        >
          {t('plan.export.timelineSvg')}
        </button>
        <button
          type="button"
          className="button button--small"
          onClick={() => exportSvg('png')}
          disabled={!schedule}
        >
          {t('plan.export.timelinePng')}
        </button>
        <p className="muted schedule__keys" id="plan-keys">
          {t('plan.editor.keys')}
        </p>
      </div>
      {message}
      <div className="schedule__panes" ref={panesRef}>
        <div
          ref={gridRef}
          role="treegrid"
          aria-label={t('plan.editor.gridLabel', { title: text(plan.title) })}
          aria-describedby="plan-keys"
          aria-rowcount={rows.length + 1}
          className="treegrid"
          onKeyDown={onKeyDown}
          tabIndex={rows.length === 0 ? 0 : -1}
        >
          <div
            role="row"
            className="treegrid__row treegrid__head"
            aria-rowindex={1}
            style={{ height: HEADER_HEIGHT }}
          >
            {COLS.map((c) => (
              <div key={c} role="columnheader" className={`treegrid__cell treegrid__cell--${c}`}>
                {headers[c]}
              </div>
            ))}
          </div>
          {rows.length === 0 && (
            <p className="treegrid__empty" role="note">
              {t('plan.editor.emptyHint')}
            </p>
          )}
          {rows.map((r, i) => {
            const a = r.kind === 'activity' ? dated.get(r.id) : undefined;
            const span = spans.get(r.key);
            const isCur = current?.key === r.key;
            return (
              <GridRow
                key={r.key}
                index={i}
                rowKey={r.key}
                kind={r.kind}
                id={r.id}
                level={r.level}
                posinset={r.posinset}
                setsize={r.setsize}
                expanded={r.hasChildren ? !collapsed.has(r.key) : undefined}
                wbs={r.wbs}
                name={cellLabel(r)}
                gate={r.activity?.gate}
                duration={r.activity ? (r.activity.milestone ? -1 : r.activity.duration) : undefined}
                start={a?.start ?? span?.start ?? ''}
                finish={a?.finish ?? span?.finish ?? ''}
                float={a?.totalFloat}
                critical={a?.critical === true}
                pred={r.kind === 'activity' ? (preds.get(r.id) ?? '') : ''}
                cursorCol={isCur ? cursor.col : undefined}
                editCol={editing && editing.key === r.key ? editing.col : undefined}
                editValue={editing && editing.key === r.key ? editing.value : undefined}
                headers={headers}
                handlers={handlers}
              />
            );
          })}
        </div>
        <div className="schedule__timeline" ref={paneRef}>
          {schedule && (
            <Timeline
              rows={rows}
              dated={dated}
              spans={spans}
              dependencies={plan.dependencies}
              baseline={baseline}
              zoom={zoom}
              projectStart={schedule.projectStart}
              projectFinish={schedule.projectFinish}
              focusKey={current?.key}
              minWidth={paneWidth}
              names={names}
              label={summary}
              onFocusRow={(k) => moveTo(k)}
              onMove={(id, days) => {
                const a = dated.get(id);
                if (a) exec(t('plan.cmd.move'), (p) => moveActivity(p, id, a.start, days));
              }}
              onLink={(from, to) => exec(t('plan.cmd.link'), (p) => addLink(p, from, to, 'FS'))}
            />
          )}
        </div>
      </div>
      <ScheduleFooter schedule={schedule} plan={plan} />
      {current?.kind === 'activity' && current.activity && (
        <ActivityDetails
          plan={plan}
          activity={current.activity}
          dated={dated.get(current.id)}
          run={(label, f) => exec(label, f)}
          step={SNAP_DAYS[zoom]}
        />
      )}
      {baseline && <BaselineVariance plan={plan} baselineId={baseline.id} />}
    </div>
  );
}

function ScheduleFooter({ schedule, plan }: { schedule: PlanSchedule | undefined; plan: Plan }) {
  const { t, text } = useI18n();
  if (!schedule) return null;
  const names = new Map(plan.activities.map((a) => [a.id, text(a.name)]));
  return (
    <div className="schedule__footer" aria-live="polite" data-testid="schedule-summary">
      <p>{t('plan.editor.finish', { finish: schedule.projectFinish, duration: schedule.projectDuration })}</p>
      <p>
        <span className="crit-mark" aria-hidden="true">
          ◆
        </span>{' '}
        {t('plan.editor.criticalPath')}:{' '}
        <span data-testid="critical-path">
          {schedule.criticalPath.map((id) => names.get(id) ?? id).join(' → ') || '—'}
        </span>
      </p>
    </div>
  );
}

interface RowHandlers {
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
const GridRow = memo(function GridRow(p: GridRowProps) {
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
