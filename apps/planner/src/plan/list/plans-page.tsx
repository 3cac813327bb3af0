import '../common/plan.css';
import type { Plan } from '@dsc/domain';
import { Link, useNavigate } from '@tanstack/react-router';
import { useEffect, useId, useState } from 'react';
import type { ChangeEvent, FormEvent } from 'react';
import { useI18n } from '../../i18n/i18n-context.js';
import { saveText } from '../../lib/download.js';
import { emptyPlan } from '../common/empty-plan.js';
import { FileError } from '../io/file-error.js';
import { PlansCompare } from './plans-compare.js';
import type { StoredPlan } from '../store/plan-db.js';
import { deletePlan, getPlan, listPlans, putPlan } from '../store/plan-db.js';
import type { PlanFileError } from '../io/plan-json.js';
import { planFileName, readPlanFile, writePlanFile } from '../io/plan-json.js';

const today = (): string => new Date().toISOString().slice(0, 10);

/** A free id for a new or imported plan. */
async function freeId(base: string): Promise<string> {
  const slugged =
    base
      .toLowerCase()
      .replace(/[^a-z0-9._:-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'plan';
  let id = slugged;
  for (let n = 2; await getPlan(id); n++) id = `${slugged}-${n}`;
  return id;
}

export function PlansPage() {
  const { t, text, locale } = useI18n();
  const navigate = useNavigate();
  const [plans, setPlans] = useState<StoredPlan[] | undefined>(undefined);
  const [error, setError] = useState<PlanFileError | undefined>(undefined);
  const [message, setMessage] = useState('');
  const [title, setTitle] = useState('');
  const [start, setStart] = useState(today());
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const fileId = useId();
  const lang = locale === 'en' ? undefined : locale;

  const refresh = () => void listPlans().then(setPlans, () => setPlans([]));
  useEffect(refresh, []);

  const open = (id: string) =>
    void navigate({ to: '/plan/$planId', params: { planId: id }, search: { lang } });

  const openSample = async () => {
    const { samplePlan } = await import('@dsc/datasets');
    const sample = await samplePlan();
    if (!(await getPlan(sample.id))) await putPlan(sample);
    open(sample.id);
  };

  const create = async (e: FormEvent) => {
    e.preventDefault();
    const name = title.trim() || t('plan.list.untitled');
    const id = await freeId(name);
    await putPlan(emptyPlan(id, name, /^\d{4}-\d{2}-\d{2}$/.test(start) ? start : today()));
    open(id);
  };

  const onImport = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setError(undefined);
    const r = readPlanFile(await file.text(), file.name);
    if (!r.ok) {
      setError(r.error);
      return;
    }
    let plan: Plan = r.value;
    if (await getPlan(plan.id)) plan = { ...plan, id: await freeId(plan.id) };
    await putPlan(plan);
    setMessage(t('plan.list.imported', { title: text(plan.title) }));
    refresh();
  };

  const remove = async (p: StoredPlan) => {
    if (!window.confirm(t('plan.list.confirmDelete', { title: text(p.plan.title) }))) return;
    await deletePlan(p.id);
    setMessage(t('plan.list.deleted', { title: text(p.plan.title) }));
    refresh();
  };

  return (
    <section className="plan-list">
      <div className="page-head">
        <h1>{t('plan.list.title')}</h1>
        <p className="lead">{t('plan.list.lead')}</p>
      </div>
      <div className="grid grid--2">
        <form className="card" onSubmit={(e) => void create(e)} aria-labelledby="new-plan-h">
          <h2 id="new-plan-h">{t('plan.list.new')}</h2>
          <div className="toolbar">
            <label className="field">
              <span>{t('plan.list.planTitle')}</span>
              <input value={title} onChange={(e) => setTitle(e.target.value)} name="title" />
            </label>
            <label className="field">
              <span>{t('plan.list.start')}</span>
              <input
                type="date"
                value={start}
                onChange={(e) => setStart(e.target.value)}
                name="start"
                required
              />
            </label>
            <button type="submit" className="button button--primary">
              {t('plan.list.create')}
            </button>
          </div>
        </form>
        <div className="card">
          <h2>{t('plan.list.openOrImport')}</h2>
          <div className="toolbar">
            <button type="button" className="button" onClick={() => void openSample()}>
              {t('plan.list.openSample')}
            </button>
            <label className="button" htmlFor={fileId}>
              {t('plan.list.import')}
            </label>
            <input
              id={fileId}
              className="visually-hidden"
              type="file"
              accept=".json,application/json"
              onChange={(e) => void onImport(e)}
            />
          </div>
          <p className="muted">{t('plan.list.importHint')}</p>
        </div>
      </div>
      {error && <FileError error={error} />}
      <p role="status" className="muted">
        {message}
      </p>
      <div className="card">
        <h2>{t('plan.list.stored')}</h2>
        {plans === undefined ? (
          <p className="muted">{t('plan.state.loading')}</p>
        ) : plans.length === 0 ? (
          <p className="muted">{t('plan.list.empty')}</p>
        ) : (
          <div className="table-wrap" tabIndex={0}>
            <table>
              <caption className="visually-hidden">{t('plan.list.stored')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('plan.list.planTitle')}</th>
                  <th scope="col">{t('plan.list.start')}</th>
                  <th scope="col" className="num">
                    {t('plan.list.activities')}
                  </th>
                  <th scope="col">{t('plan.list.updated')}</th>
                  <th scope="col">{t('plan.list.actions')}</th>
                  <th scope="col">{t('plan.list.compareCol')}</th>
                </tr>
              </thead>
              <tbody>
                {plans.map((p) => (
                  <tr key={p.id}>
                    <th scope="row">
                      <Link to="/plan/$planId" params={{ planId: p.id }} search={{ lang }}>
                        {text(p.plan.title)}
                      </Link>
                      {p.plan.illustrative && (
                        <span className="badge badge--warn">{t('plan.list.illustrative')}</span>
                      )}
                    </th>
                    <td>{p.plan.start}</td>
                    <td className="num">{p.plan.activities.length}</td>
                    <td>{p.updatedAt.slice(0, 16).replace('T', ' ')}</td>
                    <td className="plan-list__actions">
                      <button
                        type="button"
                        className="button button--small"
                        onClick={() =>
                          saveText(writePlanFile(p.plan), planFileName(p.plan), 'application/json')
                        }
                        aria-label={t('plan.list.exportOne', { title: text(p.plan.title) })}
                      >
                        {t('plan.list.export')}
                      </button>
                      <button
                        type="button"
                        className="button button--small"
                        onClick={() => void remove(p)}
                        aria-label={t('plan.list.deleteOne', { title: text(p.plan.title) })}
                      >
                        {t('plan.list.delete')}
                      </button>
                    </td>
                    <td>
                      <input
                        type="checkbox"
                        checked={picked.has(p.id)}
                        aria-label={t('plan.list.compareOne', { title: text(p.plan.title) })}
                        onChange={(e) => {
                          const on = e.target.checked;
                          setPicked((prev) => {
                            const next = new Set(prev);
                            if (on) next.add(p.id);
                            else next.delete(p.id);
                            return next;
                          });
                        }}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
      {plans && plans.length > 1 && (
        <div className="card">
          <h2>{t('plan.list.compare')}</h2>
          <PlansCompare plans={plans.filter((p) => picked.has(p.id)).map((p) => p.plan)} />
        </div>
      )}
    </section>
  );
}
