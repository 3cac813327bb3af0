import '../shared/plan.css';
import type { Plan } from '@dsc/domain';
import { captureBaseline, schedulePlan } from '@dsc/roadmap';
import { Link, useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { Suspense, lazy, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ChangeEvent } from 'react';
import { useStore } from 'zustand';
import { useI18n } from '../../i18n/i18n-context.js';
import { saveText } from '../../lib/download.js';
import type { CommandResult } from '../shared/command.js';
import { FileError } from '../io/file-error.js';
import { getPlan } from '../store/plan-db.js';
import type { PlanFileError } from '../io/plan-json.js';
import type { CsvImportResult } from '../io/csv-import.js';
import { planFileName, readPlanFile, writePlanFile } from '../io/plan-json.js';
import { openPlan, redo, startAutosave, undo, usePlanStore } from '../store/plan-store.js';
import type { PlanSearch, PlanView, Zoom } from '../shared/search.js';
import { planViews, zooms } from '../shared/search.js';
import { ScheduleView } from '../schedule/schedule-view.js';

const LogframeView = lazy(() => import('../logframe/logframe-view.js').then((m) => ({ default: m.LogframeView })));
const KpiView = lazy(() => import('../kpi/kpi-view.js').then((m) => ({ default: m.KpiView })));
const AlignmentView = lazy(() => import('../logframe/alignment-view.js').then((m) => ({ default: m.AlignmentView })));
const BudgetView = lazy(() => import('../budget/budget-view.js').then((m) => ({ default: m.BudgetView })));
const ScenarioView = lazy(() => import('../scenarios/scenario-view.js').then((m) => ({ default: m.ScenarioView })));
const ProposalView = lazy(() => import('../proposal/proposal-view.js').then((m) => ({ default: m.ProposalView })));

/** Runs one command on the open plan: one undo step when it changes the plan. */
export function runCommand(label: string, f: (p: Plan) => CommandResult): boolean {
  const plan = usePlanStore.getState().plan;
  if (!plan) return false;
  const r = f(plan);
  if (!r.ok) return false;
  if (r.plan !== plan) usePlanStore.getState().commit(label, r.plan);
  return true;
}

export function PlanPage() {
  const { planId } = useParams({ from: '/plan/$planId' });
  const search = useSearch({ from: '/plan/$planId' });
  const navigate = useNavigate();
  const { t, text } = useI18n();
  const plan = useStore(usePlanStore, (s) => s.plan);
  const status = useStore(usePlanStore, (s) => s.status);
  const past = useStore(usePlanStore.temporal, (s) => s.pastStates.length);
  const future = useStore(usePlanStore.temporal, (s) => s.futureStates.length);
  const redoLabel = useStore(
    usePlanStore.temporal,
    (s) => s.futureStates[s.futureStates.length - 1]?.lastCommand ?? '',
  );
  const undoLabel = useStore(usePlanStore, (s) => s.lastCommand);
  const [missing, setMissing] = useState(false);
  const [fileError, setFileError] = useState<PlanFileError | undefined>(undefined);
  const importId = useId();
  const remoteLabel = useRef('');
  remoteLabel.current = t('plan.cmd.remote');

  useEffect(() => {
    let live = true;
    setMissing(false);
    void getPlan(planId).then((row) => {
      if (!live) return;
      if (row) openPlan(row.plan);
      else setMissing(true);
    });
    const stop = startAutosave(() => remoteLabel.current);
    return () => {
      live = false;
      stop();
    };
  }, [planId]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const el = e.target as HTMLElement | null;
      if (el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT')) return;
      if (!(e.ctrlKey || e.metaKey)) return;
      const k = e.key.toLowerCase();
      if (k === 'z' && !e.shiftKey) {
        e.preventDefault();
        undo();
      } else if ((k === 'z' && e.shiftKey) || k === 'y') {
        e.preventDefault();
        redo();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const view: PlanView = search.view ?? 'schedule';
  const zoom: Zoom = search.zoom ?? 'month';
  const current = plan && plan.id === planId ? plan : undefined;
  const scenario =
    search.scenario !== undefined && current?.scenarios.some((s) => s.id === search.scenario)
      ? search.scenario
      : undefined;
  const scheduled = useMemo(
    () => (current ? schedulePlan(current, scenario !== undefined ? { scenario } : {}) : undefined),
    [current, scenario],
  );
  const schedule = scheduled?.ok ? scheduled.value : undefined;

  const setSearch = useCallback(
    (patch: Partial<PlanSearch>) =>
      void navigate({
        to: '.',
        search: (prev: Record<string, unknown>) => ({ ...prev, ...patch }),
        replace: true,
      } as never),
    [navigate],
  );

  if (missing)
    return (
      <section>
        <h1>{t('plan.editor.notFound')}</h1>
        <p>
          <Link to="/plans" search={{ lang: search.lang as never }}>
            {t('plan.editor.backToList')}
          </Link>
        </p>
      </section>
    );
  if (!current) return <p className="muted">{t('plan.state.loading')}</p>;

  /** Applies merged activities as one undo step, or shows where the table is wrong. */
  const applyActivities = (m: CsvImportResult) => {
    if (!m.ok) {
      setFileError(m.error);
      return;
    }
    setFileError(undefined);
    runCommand(t('plan.cmd.import'), () => ({ ok: true, plan: m.plan }));
  };
  const onImport = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
      // A plan workbook from the XLSX export (it has a Plan sheet) replaces the plan in one undo step, with the
      // edits made to its sheets; any other workbook's "Schedule" sheet or first sheet is an activity table.
      const workbook = await (await import('../io/heavy-exports.js')).planFromWorkbook(bytes);
      if (workbook.ok) {
        setFileError(undefined);
        runCommand(t('plan.cmd.import'), () => ({ ok: true, plan: { ...workbook.plan, id: current.id } }));
        return;
      }
      if (workbook.error.code !== 'xlsx_unreadable' && !(workbook.error.code === 'xlsx_missing_sheet' && workbook.error.sheet === 'Plan')) {
        setFileError({ code: 'invalid_plan_xlsx', file: file.name, error: workbook.error });
        return;
      }
      const { xlsxSheetToCsv } = await import('@dsc/validation');
      const named = xlsxSheetToCsv(bytes, { sheetName: 'Schedule' });
      const sheet = named.ok ? named : xlsxSheetToCsv(bytes);
      if (!sheet.ok) {
        setFileError({ code: 'invalid_xlsx', file: file.name, message: sheet.message });
        return;
      }
      const { mergeActivitiesSheet } = await import('../io/csv-import.js');
      applyActivities(mergeActivitiesSheet(current, sheet.csv, `${file.name} (${sheet.sheet})`));
      return;
    }
    const text = new TextDecoder().decode(bytes);
    if (!/^\uFEFF?\s*[<{[]/.test(text)) {
      // A spreadsheet table of activities (CSV, or tab-separated as copied from Excel).
      const { mergeActivitiesCsv } = await import('../io/csv-import.js');
      applyActivities(mergeActivitiesCsv(current, text, file.name));
      return;
    }
    const r = /^\uFEFF?\s*</.test(text)
      ? (await import('../io/mspdi-import.js')).readMspdiFile(text, file.name, current.id)
      : readPlanFile(text, file.name);
    if (!r.ok) {
      setFileError(r.error);
      return;
    }
    setFileError(undefined);
    // One undo step: the whole imported document replaces the plan (its id stays).
    runCommand(t('plan.cmd.import'), () => ({ ok: true, plan: { ...r.plan, id: current.id } }));
  };

  const saveBaseline = () => {
    const n = current.baselines.length + 1;
    const today = new Date().toISOString().slice(0, 10);
    const b = captureBaseline(current, {
      id: `bl-${n}-${today}`,
      name: t('plan.editor.baselineName', { n, date: today }),
      capturedAt: today,
    });
    if (b.ok) {
      runCommand(t('plan.cmd.baseline'), (p) => ({
        ok: true,
        plan: { ...p, baselines: [...p.baselines, b.value] },
      }));
      setSearch({ baseline: b.value.id });
    }
  };

  const viewLabel: Record<PlanView, string> = {
    schedule: t('plan.view.schedule'),
    logframe: t('plan.view.logframe'),
    kpis: t('plan.view.kpis'),
    alignment: t('plan.view.alignment'),
    budget: t('plan.view.budget'),
    scenarios: t('plan.view.scenarios'),
    proposal: t('plan.view.proposal'),
  };
  const statusText =
    status === 'saving'
      ? t('plan.save.saving')
      : status === 'error'
        ? t('plan.save.error')
        : t('plan.save.saved');

  return (
    <section className="plan-editor">
      <div className="page-head plan-head">
        <p className="plan-head__crumbs no-print">
          <Link to="/plans" search={{ lang: search.lang as never }}>
            {t('plan.list.title')}
          </Link>
        </p>
        <h1>
          {text(current.title)}{' '}
          {current.illustrative && <span className="badge badge--warn">{t('plan.list.illustrative')}</span>}
        </h1>
        <div className="plan-head__actions toolbar no-print">
          <span role="status" className={`save-state save-state--${status}`} data-testid="save-state">
            {statusText}
          </span>
          <button
            type="button"
            className="button button--small"
            onClick={undo}
            disabled={past === 0}
            title={past > 0 && undoLabel ? `${t('plan.editor.undo')}: ${undoLabel}` : undefined}
            aria-keyshortcuts="Control+Z"
          >
            {t('plan.editor.undo')}
          </button>
          <button
            type="button"
            className="button button--small"
            onClick={redo}
            disabled={future === 0}
            title={future > 0 && redoLabel ? `${t('plan.editor.redo')}: ${redoLabel}` : undefined}
            aria-keyshortcuts="Control+Shift+Z Control+Y"
          >
            {t('plan.editor.redo')}
          </button>
          <span className="visually-hidden" aria-live="polite">
            {undoLabel}
          </span>
          <button
            type="button"
            className="button button--small"
            onClick={() => saveText(writePlanFile(current), planFileName(current), 'application/json')}
          >
            {t('plan.editor.exportJson')}
          </button>
          <label className="button button--small" htmlFor={importId}>
            {t('plan.editor.importJson')}
          </label>
          <input
            id={importId}
            type="file"
            accept=".json,.xml,.csv,.tsv,.txt,.xlsx,application/json,application/xml,text/xml,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className="visually-hidden"
            onChange={(e) => void onImport(e)}
          />
        </div>
      </div>
      {fileError && <FileError error={fileError} />}
      <nav className="plan-tabs no-print" aria-label={t('plan.view.label')}>
        {planViews.map((v) => (
          <Link
            key={v}
            to="."
            search={(prev: Record<string, unknown>) => ({ ...prev, view: v === 'schedule' ? undefined : v })}
            aria-current={v === view ? 'page' : undefined}
          >
            {viewLabel[v]}
          </Link>
        ))}
      </nav>
      {view === 'schedule' && (
        <div className="toolbar plan-options no-print">
          <label className="field">
            <span>{t('plan.editor.zoom')}</span>
            <select
              value={zoom}
              onChange={(e) =>
                setSearch({ zoom: e.target.value === 'month' ? undefined : (e.target.value as Zoom) })
              }
            >
              {zooms.map((z) => (
                <option key={z} value={z}>
                  {t(`plan.zoom.${z}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('plan.editor.scenario')}</span>
            <select
              value={scenario ?? ''}
              onChange={(e) => setSearch({ scenario: e.target.value || undefined })}
            >
              <option value="">{t('plan.scenario.base')}</option>
              {current.scenarios.map((s) => (
                <option key={s.id} value={s.id}>
                  {text(s.name)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('plan.editor.baseline')}</span>
            <select
              value={search.baseline ?? ''}
              onChange={(e) => setSearch({ baseline: e.target.value || undefined })}
            >
              <option value="">{t('plan.editor.noBaseline')}</option>
              {current.baselines.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.name}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="button button--small" onClick={saveBaseline}>
            {t('plan.editor.saveBaseline')}
          </button>
        </div>
      )}
      {scheduled && !scheduled.ok && (
        <p className="notice notice--error" role="alert">
          {t('plan.error.schedule', { code: scheduled.error.code })}
        </p>
      )}
      <Suspense fallback={<p className="muted">{t('plan.state.loading')}</p>}>
        {view === 'schedule' && (
          <ScheduleView
            plan={current}
            schedule={schedule}
            zoom={zoom}
            baselineId={search.baseline}
            focus={search.focus}
            onFocusChange={() => undefined}
            run={runCommand}
          />
        )}
        {view === 'logframe' && <LogframeView plan={current} run={runCommand} />}
        {view === 'kpis' && <KpiView plan={current} run={runCommand} />}
        {view === 'alignment' && <AlignmentView plan={current} />}
        {view === 'budget' && (
          <BudgetView
            plan={current}
            schedule={schedule}
            by={search.by ?? 'phase'}
            onBy={(by) => setSearch({ by: by === 'phase' ? undefined : by })}
            run={runCommand}
          />
        )}
        {view === 'scenarios' && <ScenarioView plan={current} run={runCommand} />}
        {view === 'proposal' && (
          <ProposalView
            plan={current}
            schedule={schedule}
            language={search.plang}
            onLanguage={(plang) => setSearch({ plang })}
          />
        )}
      </Suspense>
    </section>
  );
}
