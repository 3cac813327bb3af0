import '../common/plan.css';
import { schedulePlan } from '@dsc/roadmap';
import { Link, useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { Suspense, lazy, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ChangeEvent } from 'react';
import { useStore } from 'zustand';
import { useI18n } from '../../i18n/i18n-context.js';
import { saveText } from '../../lib/download.js';
import { importPlanFile } from '../io/import-plan-file.js';
import { FileError } from '../io/file-error.js';
import { getPlan } from '../store/plan-db.js';
import type { PlanFileError } from '../io/plan-json.js';
import { planFileName, writePlanFile } from '../io/plan-json.js';
import { openPlan, redo, startAutosave, undo, usePlanStore } from '../store/plan-store.js';
import { runCommand } from '../store/run-command.js';
import { ScheduleOptions } from './schedule-options.js';
import type { PlanSearch, PlanView, Zoom } from '../common/search.js';
import { planViews } from '../common/search.js';
import { action, actionForKey } from '../schedule/actions.js';
import { ScheduleView } from '../schedule/schedule-view.js';

const LogframeView = lazy(() => import('../logframe/logframe-view.js').then((m) => ({ default: m.LogframeView })));
const KpiView = lazy(() => import('../kpi/kpi-view.js').then((m) => ({ default: m.KpiView })));
const AlignmentView = lazy(() => import('../logframe/alignment-view.js').then((m) => ({ default: m.AlignmentView })));
const BudgetView = lazy(() => import('../budget/budget-view.js').then((m) => ({ default: m.BudgetView })));
const ScenarioView = lazy(() => import('../scenarios/scenario-view.js').then((m) => ({ default: m.ScenarioView })));
const ProposalView = lazy(() => import('../proposal/proposal-view.js').then((m) => ({ default: m.ProposalView })));

const history = { undo, redo };
const undoAction = action('undo');
const redoAction = action('redo');

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
      const a = actionForKey(e, 'history');
      if (!a) return;
      e.preventDefault();
      a.perform(history);
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

  const onImport = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const r = await importPlanFile(file, current);
    if (!r.ok) {
      setFileError(r.error);
      return;
    }
    setFileError(undefined);
    // One undo step: the imported plan or the merged activities replace the plan.
    runCommand(t('plan.cmd.import'), () => ({ ok: true, value: r.value }));
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
            onClick={() => undoAction.perform(history)}
            disabled={past === 0}
            title={past > 0 && undoLabel ? `${t(undoAction.label)}: ${undoLabel}` : undefined}
            aria-keyshortcuts={undoAction.shortcut}
          >
            {t(undoAction.label)}
          </button>
          <button
            type="button"
            className="button button--small"
            onClick={() => redoAction.perform(history)}
            disabled={future === 0}
            title={future > 0 && redoLabel ? `${t(redoAction.label)}: ${redoLabel}` : undefined}
            aria-keyshortcuts={redoAction.shortcut}
          >
            {t(redoAction.label)}
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
        <ScheduleOptions plan={current} zoom={zoom} scenario={scenario} baseline={search.baseline} onSearch={setSearch} />
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
