import type { Plan } from '@dsc/domain';
import type { PlanSchedule } from '@dsc/roadmap';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent, RefObject } from 'react';
import { useI18n } from '../../i18n/i18n-context.js';
import type { CommandResult, Run } from '../common/command.js';
import { setText } from '../common/command.js';
import { useCommandError } from '../common/command-error.js';
import type { Zoom } from '../common/search.js';
import { action, actionForKey } from './actions.js';
import type { ActionContext, ActionResult, PlanAction } from './actions.js';
import { ActivityDetails } from './activity-details.js';
import { BaselineVariance } from './baseline-variance.js';
import {
  addLink,
  formatPredecessors,
  moveActivity,
  renameActivity,
  setDuration,
  setPredecessors,
  setStatusDate,
} from './commands.js';
import type { Anchor } from './commands.js';
import { COLS, EDITABLE, gridMove } from './grid-keys.js';
import type { Col, GridMove } from './grid-keys.js';
import { GridRow } from './grid-row.js';
import type { RowHandlers } from './grid-row.js';
import { ScheduleFooter } from './schedule-footer.js';
import { ScheduleToolbar } from './schedule-toolbar.js';
import { Timeline } from './timeline.js';
import { HEADER_HEIGHT, SNAP_DAYS } from './timeline-scale.js';
import type { TreeRow } from './tree.js';
import { useBarInView } from './use-bar-in-view.js';
import { useScheduleModel } from './use-schedule-model.js';

export interface ScheduleViewProps {
  plan: Plan;
  schedule: PlanSchedule | undefined;
  zoom: Zoom;
  baselineId: string | undefined;
  focus: string | undefined;
  onFocusChange: (id: string | undefined) => void;
  run: Run;
}

const anchorOf = (r: TreeRow | undefined): Anchor => {
  if (!r) return { kind: 'end' };
  if (r.kind === 'activity') return { kind: 'activity', id: r.id };
  if (r.kind === 'phase') return { kind: 'phase', id: r.id };
  const phaseKey = r.parentKey?.startsWith('p:') ? r.parentKey.slice(2) : undefined;
  return { kind: 'output', id: r.id, phase: phaseKey };
};

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
  const { rows, wbs, preds, names, dated, spans } = useScheduleModel(plan, schedule, collapsed);
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
  useBarInView(panesRef, gridRef, current?.kind === 'activity' ? current.id : undefined, zoom);
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

  /** Runs a command on the plan shown: its result is announced when refused, committed as one undo step when not. */
  const exec = <R extends CommandResult>(label: string, f: (p: Plan) => R): R => {
    const r = f(plan);
    report(r.ok ? undefined : r.error);
    if (r.ok) run(label, (p) => (p === plan ? r : f(p)));
    return r;
  };

  const activityId = current?.kind === 'activity' ? current.id : undefined;
  const context = (newName: string): ActionContext => ({
    activity: activityId,
    anchor: anchorOf(current),
    start: activityId === undefined ? undefined : dated.get(activityId)?.start,
    step: SNAP_DAYS[zoom],
    newName: setText({ en: newName }, base, newName),
  });

  /** Performs an action of the registry, then moves the cursor where the action leaves it. */
  const perform = (a: PlanAction): ActionResult | undefined => {
    const newName = t('plan.editor.newActivity');
    const ctx = context(newName);
    if (!a.enabled(ctx)) return undefined;
    const next = a.id === 'delete' ? (rows[rowPos + 1] ?? rows[rowPos - 1]) : undefined;
    const r = exec(t(a.label), (p) => a.perform(p, ctx));
    focusPending.current = true;
    if (!r.ok) return r;
    if (r.select) {
      const key = `a:${r.select.id}`;
      setCursor({ key, col: 'name' });
      if (r.select.edit) setEditing({ key, col: 'name', value: newName });
      onFocusChange(r.select.id);
    } else if (next) moveTo(next.key);
    return r;
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

  const applyMove = (m: GridMove, row: TreeRow) => {
    if (m.kind === 'cursor') moveTo(m.key, m.col);
    else if (m.kind === 'expand') setCollapsed((s) => new Set([...s].filter((k) => k !== m.key)));
    else if (m.kind === 'collapse') setCollapsed((s) => new Set([...s, m.key]));
    else startEdit(row, cursor.col);
  };

  /** The grid's keys: an action of the registry, else a navigation key. */
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (editing) return;
    const a = actionForKey(e, 'plan');
    if (a && (current || a.id === 'add')) {
      e.preventDefault();
      perform(a);
      return;
    }
    if (!current) return;
    const nav = gridMove(e, { rows, pos: rowPos, current, col: cursor.col, collapsed });
    if (!nav.handled) return;
    e.preventDefault();
    if (nav.move) applyMove(nav.move, current);
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
      <ScheduleToolbar
        plan={plan}
        schedule={schedule}
        paneRef={paneRef}
        onAdd={() => perform(action('add'))}
        onStatusDate={(v) => exec(t('roadmap.progress.setStatusDate'), (p) => setStatusDate(p, v))}
      />
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
          run={(label, f) => exec(label, f).ok}
          step={SNAP_DAYS[zoom]}
        />
      )}
      {baseline && <BaselineVariance plan={plan} baselineId={baseline.id} />}
    </div>
  );
}
